import type { Block } from '../model/index.js';
import { NOT_BLANK } from '../text/blank.js';
import { blocksFromPieces, type Piece } from './blocks-from-pieces.js';

/** A paragraph runs from its first visible character to its last one on the same line. */
const PARAGRAPH = new RegExp(`${NOT_BLANK}(?:[^\\r\\n]*${NOT_BLANK})?`, 'gu');

/**
 * Splits plain text into paragraphs, one per non-blank line, losslessly: joining
 * `lead + text + trail` of every block gives back `text`.
 * @param text the decoded file
 */
export function splitText(text: string): Block[] {
  const pieces: Piece[] = [];
  for (const match of text.matchAll(PARAGRAPH)) {
    pieces.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return blocksFromPieces(text, pieces);
}
