import { scanBrackets } from '../text/brackets.js';

/**
 * The documents a text cites: every title in book-title marks `《…》` (nested ones too), without
 * the marks, in order of first appearance.
 * @param texts the paragraphs to read
 */
export function citedInText(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    const pairs = scanBrackets(text).pairs.filter(({ open }) => text[open] === '《').sort((a, b) => a.open - b.open);
    for (const { open, close } of pairs) {
      const name = normaliseTitle(text.slice(open + 1, close));
      if (name) found.add(name);
    }
  }
  return [...found];
}

/**
 * A cited title as it is compared: without book-title marks and spaces, in NFKC width, with
 * every kind of dash as `-`, so `《民法典》` from the text and `民法典` from an obligation's
 * `references` are one name, and `(2018—2022年)` is `(2018-2022年)`.
 * @param title a title as written or as extracted
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/^[《〈]+|[》〉]+$/gu, '')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D~～]/gu, '-')
    .replace(/\s+/gu, '');
}
