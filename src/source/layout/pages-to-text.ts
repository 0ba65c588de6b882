import type { ExtractedText, Origin } from '../../model/origin.js';
import { dropRunningLines } from './drop-running-lines.js';
import { linesToParagraphs } from './lines-to-paragraphs.js';
import type { PageRuns } from './positioned-text.js';
import { runsToLines } from './runs-to-lines.js';
import { findTableRows } from './find-table-rows.js';
import { splitFlattenedRows } from './split-flattened-rows.js';

/** Boxes are given to a hundredth of a point: finer figures are noise of the arithmetic, and they would make output differ between machines. */
const BOX_PRECISION = 100;

/**
 * A laid-out document's text as its plain `.txt` copy reads: lines from the runs of each page,
 * running headers, footers and page numbers left out, table rows as tab-separated cells,
 * paragraphs rebuilt across lines and pages, one per line, and the cells of a table flattened one
 * cell per paragraph set apart where one ran into the next; each line's origin is the page and
 * box of the paragraph's first line. Shared by the PDF and OFD readers.
 * @param pages the runs of each page, in page order
 */
export function pagesToText(pages: PageRuns[]): ExtractedText {
  const lines = dropRunningLines(pages.map(runsToLines)).map(findTableRows);
  const paragraphs = splitFlattenedRows(linesToParagraphs(lines)).filter((paragraph) => paragraph.text.trim() !== '');
  return {
    text: paragraphs.map((paragraph) => paragraph.text).join('\n'),
    lines: paragraphs.map((paragraph): Origin => ({
      page: paragraph.first.page,
      box: paragraph.first.box.map((value) => Math.round(value * BOX_PRECISION) / BOX_PRECISION) as [number, number, number, number],
    })),
  };
}
