import { advance } from '../model/advance.js';
import type { Block, Point } from '../model/index.js';

/** The text of one paragraph and where it stands in the source. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * Turns paragraphs found in `source` into blocks, giving the characters between them to their
 * neighbours so that joining `lead + source slice + trail` of all blocks gives back `source`.
 * @param source the decoded file
 * @param pieces the paragraphs, in order, not overlapping
 * Note: whitespace between two paragraphs is cut after its first line break: the part before
 * is the trail of the first, the rest (blank lines, indentation) the lead of the second.
 */
export function blocksFromPieces(source: string, pieces: Piece[]): Block[] {
  const blocks: Block[] = [];
  let previousEnd = 0;
  let point: Point = { line: 1, column: 1, offset: 0 };
  for (const piece of pieces) {
    const gap = source.slice(previousEnd, piece.start);
    const last = blocks.at(-1);
    const cut = last ? firstBreakEnd(gap) : 0;
    if (last) last.trail += gap.slice(0, cut);
    const start = advance(point, gap);
    const end = advance(start, source.slice(piece.start, piece.end));
    blocks.push({ role: 'paragraph', text: piece.text, lead: gap.slice(cut), trail: '', position: { start, end } });
    previousEnd = piece.end;
    point = end;
  }
  const rest = source.slice(previousEnd);
  const last = blocks.at(-1);
  if (last) last.trail += rest;
  else if (rest) blocks.push({ role: 'paragraph', text: '', lead: rest, trail: '', position: { start: advance(point, rest), end: advance(point, rest) } });
  return blocks;
}

function firstBreakEnd(gap: string): number {
  const match = /\r\n|\r|\n/.exec(gap);
  return match ? match.index + match[0].length : gap.length;
}
