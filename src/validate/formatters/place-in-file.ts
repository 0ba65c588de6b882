import type { Position } from '../../model/index.js';
import type { Language } from '../../i18n/language.js';
import { translate } from '../../i18n/translate.js';

/** A place in a file a reader can go to: 1-based line and column, and the end when it is known. */
export interface FilePoint {
  start: { line: number; column: number };
  end: { line: number; column: number } | null;
}

/**
 * The line and column of a finding in its file, for reports that point into files (GitHub
 * annotations, SARIF regions): those of the text for a text file, those of the page's source for
 * a web page; null when there is no position, or when lines mean nothing in the file (Word, PDF,
 * OFD: `placeInWords` says where instead).
 * @param position the finding's position
 */
export function pointInFile(position: Position | null | undefined): FilePoint | null {
  if (!position) return null;
  const { origin } = position;
  if (!origin) return { start: position.start, end: position.end };
  // A web page: where the text starts in the page's source; where it ends there is not kept.
  if ('line' in origin) return { start: { line: origin.line, column: origin.column }, end: null };
  return null;
}

/**
 * Where a finding stands in a file whose lines mean nothing, as a person says it: `page 3` for
 * PDF and OFD, `paragraph 12` (and `table 1, row 2, column 3` for a table cell) for Word; null
 * for text and web pages, which `pointInFile` locates.
 * @param position the finding's position
 * @param lang the language (English by default)
 */
export function placeInWords(position: Position | null | undefined, lang?: Language): string | null {
  const origin = position?.origin;
  if (!origin) return null;
  if ('page' in origin) return translate(lang, 'place.page', { page: origin.page });
  if ('paragraph' in origin) {
    const { cell } = origin;
    return translate(lang, 'place.paragraph', { paragraph: origin.paragraph, cell: cell ?? null });
  }
  return null;
}
