import { isPageNumber } from '../../text/page-number.js';
import type { PageLine, PageLines } from './positioned-text.js';

/** Headers and footers stand in this share of the page's height at its top or at its bottom. */
const BAND = 0.15;
/** Only this many lines at each end of a page are looked at: a header or footer is one or two lines. */
const EDGE_LINES = 2;
/**
 * A line is running when the same text (or the same text with other numbers: `第3页 共10页`,
 * a bare page number) stands at the same place on at least this share of the pages, and on
 * two pages at least; a share under a half keeps headers that alternate on odd and even pages.
 */
const RUNNING_SHARE = 0.4;
/** Two lines stand at the same place when their baselines differ by less than this share of the page's height. */
const SAME_PLACE = 0.02;

/**
 * The pages without their running headers, footers and page numbers: lines near the top or
 * bottom edge whose text, with its numbers taken as any number, recurs at the same height on
 * most pages, and lines there that read as a page number (`— 3 —`, `- 3 -`, `第3页 共10页`).
 * @param pages the pages' lines in reading order
 */
export function dropRunningLines(pages: PageLines[]): PageLines[] {
  const candidates = pages.map(edgeLines);
  const places = new Map<string, number[][]>();
  candidates.forEach((lines, index) => {
    for (const line of lines) {
      const key = keyOf(line);
      const seen = places.get(key) ?? [];
      seen.push([index, line.y / pages[index]!.height]);
      places.set(key, seen);
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  const isRunning = (line: PageLine, page: PageLines): boolean => {
    if (isPageNumber(line.text.replace(/\s+/gu, ''))) return true;
    const at = line.y / page.height;
    const seen = places.get(keyOf(line)) ?? [];
    const onPages = new Set(seen.filter(([, place]) => Math.abs(place! - at) < SAME_PLACE).map(([index]) => index));
    return onPages.size >= needed;
  };
  return pages.map((page, index) => {
    const edges = new Set(candidates[index]);
    return { ...page, lines: page.lines.filter((line) => !(edges.has(line) && isRunning(line, page))) };
  });
}

/** The lines of a page that could be a header or a footer: the first and last few, within the edge bands. */
function edgeLines(page: PageLines): PageLine[] {
  const top = page.lines.slice(0, EDGE_LINES).filter((line) => line.box[3] < page.height * BAND);
  const bottom = page.lines.slice(-EDGE_LINES).filter((line) => line.box[1] > page.height * (1 - BAND));
  return [...new Set([...top, ...bottom])];
}

/** A line's text with blanks left out and every number as `#`, so that page numbers of every page match. */
function keyOf(line: PageLine): string {
  return line.text.replace(/\s+/gu, '').replace(/\d+/gu, '#');
}
