import type { ExtractedText } from '../../model/origin.js';
import { pagesToText } from '../layout/pages-to-text.js';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';
import { readOfdPages } from './read-ofd-pages.js';

/**
 * The plan's text in an OFD file (GB/T 33190), one paragraph per line, with where each line came
 * from: the text objects of each page and its templates laid out as lines, then the same rules
 * as for a PDF (running headers, footers and page numbers left out, paragraphs joined across
 * lines and pages, ruled tables as rows of tab-separated cells).
 * @param bytes the file
 * Note: throws ReadRefusal when the file cannot be read as a plan: a corrupt or oversized
 * archive, a zip that is no OFD document, or pages without text (a scan).
 */
export function ofdToText(bytes: Uint8Array): ExtractedText {
  const pages = readOfdPages(bytes);
  if (pages.every((page) => page.runs.length === 0)) {
    throw new ReadRefusal(localize('refusal.ofd-no-text'));
  }
  return pagesToText(pages);
}
