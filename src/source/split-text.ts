import type { Block } from '../model/index.js';
import { blocksFromPieces, type Piece } from './blocks-from-pieces.js';

/**
 * Splits plain text into paragraphs, one per non-blank line, losslessly: joining
 * `lead + text + trail` of every block gives back `text`.
 * @param text the decoded file
 */
export function splitText(text: string): Block[] {
  const pieces: Piece[] = [];
  // A paragraph runs from its first non-space character to its last one on the same line.
  for (const match of text.matchAll(/\S(?:[^\r\n]*\S)?/gu)) {
    pieces.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return blocksFromPieces(text, pieces);
}
