import type { ExtractedText } from '../../model/origin.js';
import { pagesToText } from '../layout/pages-to-text.js';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';
import { readPdfPages } from './read-pdf-pages.js';

/**
 * The plan's text in a PDF file, one paragraph per line, with where each line came from: lines
 * from the glyphs' places, running headers, footers and page numbers left out, paragraphs joined
 * across lines and pages, tables as rows of tab-separated cells.
 * @param bytes the file
 * Note: rejects with ReadRefusal when the file cannot be read as a plan: encrypted, corrupt, or
 * a scan without a text layer.
 */
export async function pdfToText(bytes: Uint8Array): Promise<ExtractedText> {
  const { pages, images } = await readPdfPages(bytes);
  const extracted = pagesToText(pages);
  // A scan may carry a little text (a page number, a stamp) but no text layer for its words.
  if (extracted.text.replace(/\s+/gu, '').length < MIN_CHARACTERS_PER_PAGE * pages.length) {
    throw new ReadRefusal(
      images
        ? localize('refusal.pdf-scan')
        : localize('refusal.pdf-no-text'),
    );
  }
  return extracted;
}

/**
 * A PDF with fewer characters of text than this a page, once headers and page numbers are left
 * out, has no text layer for its words: a printed page of a plan holds some hundreds.
 */
const MIN_CHARACTERS_PER_PAGE = 10;
