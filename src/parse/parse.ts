import type { Block, Part } from '../model/index.js';
import { buildTree } from './build-tree.js';
import { clearAttachmentListMarkers } from './clear-attachment-list-markers.js';
import { confirmDecimalMarkers } from './confirm-decimal-markers.js';
import { confirmTableRows } from './confirm-table-rows.js';
import { finishNodes } from './finish-nodes.js';
import { joinBrokenSentences } from './join-broken-sentences.js';
import { joinWrappedLines } from './join-wrapped-lines.js';
import { markEnumeratedParagraphs } from './mark-enumerated-paragraphs.js';
import { markNoteLists } from './mark-note-lists.js';
import { markPageNumbers } from './mark-page-numbers.js';
import { matchMarker } from './match-marker.js';
import { readClosing } from './read-closing.js';
import { readArticleLadder } from './read-article-ladder.js';
import { readFront } from './read-front.js';
import { readFlatHeader, readTaskTables } from './read-task-tables.js';
import { returnTableCells } from './return-table-cells.js';
import { splitChapterLines } from './split-chapter-lines.js';
import { splitFlattenedLines } from './split-flattened-lines.js';
import { splitParts } from './split-parts.js';
import { takeTrailingClosing } from './take-trailing-closing.js';
import { titleCommaHeadings } from './title-comma-headings.js';
import { untitleLoneLeads } from './untitle-lone-leads.js';

/** The parts of a document that parsing finds; the main plan first, then attachments. */
export interface Parsed {
  title: string | null;
  front: Block[];
  preamble: Block[];
  body: Part['body'];
  closing: Block[];
  attachments: Part[];
}

/**
 * Turns the paragraphs of a file into the document tree: front, preamble, numbered nodes,
 * closing, and attachments. Obligations are left empty for `extract`.
 * @param given the paragraphs, from `splitText` (one per line) or `markdownBlocks`
 */
export function parse(given: Block[]): Parsed {
  const lines = splitFlattenedLines(given);
  const lineMarkers = lines.map((line) => matchMarker(line.text));
  const joined = splitChapterLines(joinBrokenSentences(joinWrappedLines(markPageNumbers(lines, lineMarkers, flatTableStarts(lines, lineMarkers)))));
  const found = joined.map((block) => (block.role === 'page-number' ? null : matchMarker(block.text)));
  readArticleLadder(found);
  confirmDecimalMarkers(found);
  markEnumeratedParagraphs(joined, found);
  confirmTableRows(found, flatTableStarts(joined, found));
  const { blocks, markers, rows, tables } = readTaskTables(joined, found);
  const listed = clearAttachmentListMarkers(blocks, markers);
  markNoteLists(blocks, markers);
  const parts = splitParts(blocks, markers).map((range, index): Part => {
    // A task table's header and cells are never the front or the closing, though a cell may read like a title or a date.
    const inPart = tables.filter((t) => t.start < range.end && t.end > range.start);
    const front = readFront(blocks, markers, listed, range.start, Math.min(range.end, ...inPart.map((t) => Math.max(t.start, range.start))));
    const tableEnd = Math.max(front.end, ...inPart.map((t) => t.end));
    const closing = readClosing(blocks, markers, Math.min(tableEnd, range.end), range.end);
    const { preamble, body } = buildTree(blocks, markers, front.end, closing.start, rows);
    // A task table's reader has already told its rows' cells from what follows the table.
    const ending = inPart.length ? closing.blocks : returnTableCells(body, closing.blocks);
    const trailing = takeTrailingClosing(body);
    titleCommaHeadings(body);
    untitleLoneLeads(body);
    finishNodes(body, index === 0 ? '' : `att_${index}__`);
    return { title: front.title, front: front.blocks, preamble, body, closing: [...trailing, ...ending] };
  });
  const [main, ...attachments] = parts;
  return { ...main!, attachments };
}

/**
 * Longest line that may open a flattened table's header: its first cell names the number column,
 * `序号` or `编号` (two characters), `序 号` as pages space it (three), `序　号` with an ideographic space.
 */
const HEADER_FIRST_CELL_MAX = 4;

/** The line after each header of a task table flattened one cell per line (`序号` / `民生实事` / …), where its first row starts. */
function flatTableStarts(blocks: Block[], markers: Array<ReturnType<typeof matchMarker>>): Set<number> {
  const starts = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    // A header's first cell is a short line: the check on its length skips the prose.
    if (blocks[i]!.text.length > HEADER_FIRST_CELL_MAX || markers[i]) continue;
    const header = readFlatHeader(blocks, markers, i);
    if (!header) continue;
    // Group rows (`一、…`) may stand between the header and the first row.
    let first = header.end;
    while (first < blocks.length && (markers[first]?.kind === 'section' || markers[first]?.kind === 'subsection')) first++;
    starts.add(first);
  }
  return starts;
}
