import type { Block } from '../model/index.js';
import { BLANK } from '../text/blank.js';
import { blocksFromPieces, type Piece } from './blocks-from-pieces.js';

/** One blank character; all of them are in the BMP, so a test per UTF-16 unit is exact. */
const BLANK_CHARACTER = new RegExp(`^${BLANK}$`, 'u');

/**
 * Splits plain text into paragraphs, one per non-blank line, losslessly: joining
 * `lead + text + trail` of every block gives back `text`. A paragraph runs from its first visible
 * character to its last one on the same line.
 * @param text the decoded file
 * Note: a loop over lines and characters rather than one regular expression: on a line of tens
 * of megabytes, the expression's backtracking overflowed the stack.
 */
export function splitText(text: string): Block[] {
  const pieces: Piece[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const lineEnd = nextLineBreak(text, lineStart);
    let start = lineStart;
    while (start < lineEnd && isBlank(text.charCodeAt(start))) start++;
    if (start < lineEnd) {
      let end = lineEnd;
      while (isBlank(text.charCodeAt(end - 1))) end--;
      end = beforeCellBar(text, start, end);
      pieces.push({ text: text.slice(start, end), start, end });
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  return blocksFromPieces(text, pieces);
}

/**
 * Where a line's text ends before a bar closing it as a cell (`序号 |`, `县教育局 |`), as a web page
 * copied as text ends each cell of a table flattened one cell per line: the bar, after a blank, goes
 * to the line's trail. A line that opens with a bar (`| 序号 | 任务 |`) is a row of cells and keeps it;
 * so does a line that is only a bar.
 */
function beforeCellBar(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (last !== BAR && last !== FULL_WIDTH_BAR) return end;
  const first = text.charCodeAt(start);
  if (first === BAR || first === FULL_WIDTH_BAR || !isBlank(text.charCodeAt(end - 2))) return end;
  let cut = end - 1;
  while (cut > start && isBlank(text.charCodeAt(cut - 1))) cut--;
  return cut > start ? cut : end;
}

const BAR = 0x7c;
const FULL_WIDTH_BAR = 0xff5c;

/** Where the line that starts at `from` ends: at its `\r` or `\n` (a `\r\n` counts as an empty line between the two, which holds no paragraph), or at the end. */
function nextLineBreak(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return at;
  }
  return text.length;
}

/** Whether each UTF-16 unit is blank, decided once each (0: not yet, 1: blank, 2: not): a text's characters are few kinds, tested millions of times. */
const blankCodes = new Uint8Array(0x10000);

function isBlank(code: number): boolean {
  if (blankCodes[code] === 0) blankCodes[code] = BLANK_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return blankCodes[code] === 1;
}
