/**
 * Whether a UTF-16 code unit is one that `\s` matches (tabs, line breaks, spaces, NBSP, U+3000,
 * the BOM…), by a table look-up: a scan over every character of a text then makes no
 * one-character string per character, as `/\s/.test(text[i])` does.
 * @param code a code unit, from `charCodeAt`; NaN (an offset past the text) is no space
 */
export function isSpace(code: number): boolean {
  return SPACE[code] === 1;
}

/**
 * What `\s` matches: ECMAScript's white space (tab, vertical tab, form feed, the BOM and the
 * space separators of Unicode, Zs) and line terminators. Written out rather than worked out from
 * the regular expression over every code unit, which would cost start-up time; a test compares
 * the two.
 */
const SPACES: Array<[number, number]> = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const SPACE = new Uint8Array(0x10000);
for (const [from, to] of SPACES) SPACE.fill(1, from, to + 1);
