import { joinLine } from './join-line.js';
import type { LaidParagraph } from './lines-to-paragraphs.js';
import { mostCommon } from './most-common.js';

/** A row number of a table flattened one cell per paragraph: a paragraph that is only a number (序号 1, 2, 3 …). */
const ROW_NUMBER = /^\d{1,3}$/u;
/**
 * A flattened table has at least this many numbered rows, and this many rows of its usual cell
 * count, before its rows are trusted: fewer give no usual count and no usual cell lengths.
 */
const MIN_ROWS = 3;
/**
 * Row numbers further apart than this many paragraphs are not one table's: a task table's row
 * has a handful of cells (序号, task, content, lead, partners, deadline, a group heading).
 */
const MAX_ROW_PARAGRAPHS = 12;

/**
 * The paragraphs with the cells of a flattened table set apart again where a cell filled its
 * last line to the margin and so was joined to the next cell.
 *
 * Some plans lay a table out as one paragraph per cell (序号, then each cell of the row, then the
 * next 序号), with no indent: a paragraph's end shows only as a line ending short, so a cell whose
 * last line is full reads as the start of the next cell. The table's rows are found from its row
 * numbers (paragraphs that are only an increasing number); most rows have the same number of
 * cells, and a row with one cell fewer holds two cells in one paragraph. That paragraph is broken
 * at the line end that makes the row's cells most like the same columns of the other rows in
 * length (the least sum of the logarithms' distances to each column's median length).
 * @param paragraphs the paragraphs of the document, in reading order
 */
export function splitFlattenedRows(paragraphs: LaidParagraph[]): LaidParagraph[] {
  const numbers = paragraphs.flatMap((paragraph, index) => (!paragraph.row && ROW_NUMBER.test(paragraph.text.trim()) ? [index] : []));
  const splits = new Map<number, LaidParagraph[]>();
  for (const chain of chainsOf(numbers, paragraphs)) {
    const rows = chain.slice(1).map((end, index) => ({ start: chain[index]! + 1, end }));
    const usual = mostCommon(rows.map((row) => row.end - row.start));
    const full = rows.filter((row) => row.end - row.start === usual);
    if (usual < 2 || full.length < MIN_ROWS) continue;
    const medians = Array.from({ length: usual }, (_, column) => median(full.map((row) => lengthOf(paragraphs[row.start + column]!.text))));
    for (const row of rows.filter((row) => row.end - row.start === usual - 1)) {
      const best = bestSplit(paragraphs.slice(row.start, row.end), medians);
      if (best) splits.set(row.start + best.cell, best.parts);
    }
  }
  if (splits.size === 0) return paragraphs;
  return paragraphs.flatMap((paragraph, index) => splits.get(index) ?? [paragraph]);
}

/** The runs of row numbers that rise, each number within MAX_ROW_PARAGRAPHS of the one before, of MIN_ROWS numbers at least. */
function chainsOf(numbers: number[], paragraphs: LaidParagraph[]): number[][] {
  const valueOf = (index: number) => Number(paragraphs[index]!.text.trim());
  const chains: number[][] = [];
  let chain: number[] = [];
  for (const index of numbers) {
    const last = chain.at(-1);
    if (last !== undefined && (index - last > MAX_ROW_PARAGRAPHS || valueOf(index) <= valueOf(last))) {
      chains.push(chain);
      chain = [];
    }
    chain.push(index);
  }
  chains.push(chain);
  return chains.filter((found) => found.length >= MIN_ROWS);
}

/** The break of one cell of the row, at one of its line ends, that fits the columns' lengths best; none when no cell has two lines. */
function bestSplit(cells: LaidParagraph[], medians: number[]): { cell: number; parts: [LaidParagraph, LaidParagraph] } | null {
  let best: { cell: number; parts: [LaidParagraph, LaidParagraph]; misfit: number } | null = null;
  cells.forEach((cell, index) => {
    for (let at = 1; at < cell.lines.length; at++) {
      const parts: [LaidParagraph, LaidParagraph] = [partOf(cell, cell.lines.slice(0, at)), partOf(cell, cell.lines.slice(at))];
      const lengths = [...cells.slice(0, index), ...parts, ...cells.slice(index + 1)].map((part) => lengthOf(part.text));
      const misfit = lengths.reduce((sum, length, column) => sum + Math.abs(Math.log(length / medians[column]!)), 0);
      if (!best || misfit < best.misfit) best = { cell: index, parts, misfit };
    }
  });
  return best;
}

/** A paragraph made of some of a paragraph's lines. */
function partOf(paragraph: LaidParagraph, lines: LaidParagraph['lines']): LaidParagraph {
  const first = lines[0]!;
  return { ...paragraph, first, lines, text: lines.slice(1).reduce((text, line) => joinLine(text, line.text), first.text), indented: first === paragraph.first && paragraph.indented };
}

/** A cell's length in characters, blanks left out; at least one, so that its logarithm is finite. */
function lengthOf(text: string): number {
  return Math.max(1, [...text.replace(/\s+/gu, '')].length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
