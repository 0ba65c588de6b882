/**
 * Blank characters, as regex source: what `\s` matches (spaces, tabs, NBSP, U+3000, BOM) plus
 * the zero-width characters (U+200B–U+200D, U+2060) that web pages and Word leave in text.
 * They separate markers and indent paragraphs like spaces do, though nothing shows them.
 */
export const BLANK = '[\\s\\u200b-\\u200d\\u2060]';

/** Any character but a blank one, as regex source. */
export const NOT_BLANK = '[^\\s\\u200b-\\u200d\\u2060]';

const EDGES = new RegExp(`^${BLANK}+|${BLANK}+$`, 'gu');
const END = new RegExp(`${BLANK}+$`, 'u');

/** The text without blank characters at either end; unlike `trim()`, zero-width ones go too. */
export function trimBlank(text: string): string {
  return text.replace(EDGES, '');
}

/** The text without blank characters at its end. */
export function trimBlankEnd(text: string): string {
  return text.replace(END, '');
}
