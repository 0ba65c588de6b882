import { BLANK } from '../../text/blank.js';

/**
 * The opening of a numbered paragraph of a plan, at its commonest levels: `一、`, `（一）`, `1.`,
 * `第一章`/`第一条`. Rougher than the parser's ladder (src/parse/match-marker.ts), which the
 * reader may not use: it only tells a page that holds a plan's text from a page that holds a
 * notice about a plan published as a file.
 */
const NUMBERED = new RegExp(`^${BLANK}*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|[0-9０-９]{1,3}[.．、]|第[一二三四五六七八九十百]+[章条])`, 'u');

/**
 * Whether some paragraphs hold numbered text, as a plan does.
 * @param paragraphs the paragraphs' texts
 */
export function holdsNumberedText(paragraphs: string[]): boolean {
  return paragraphs.some((text) => NUMBERED.test(text));
}
