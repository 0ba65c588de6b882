import type { Block } from '../model/index.js';
import { isDate, isPageNumber } from './line-patterns.js';
import { matchMarker } from './match-marker.js';

/** Columns a line may fall short of the widest line and still count as filled up to the wrap. */
const SLACK = 4;
/** Fewest filled lines without a sentence end, and their least share of the long lines, that say a text is hard-wrapped. */
const MIN_WRAPPED_LINES = 3;
const MIN_WRAPPED_SHARE = 0.3;
/** Narrowest wrap width: a page of a PDF holds 25 to 40 Chinese characters a line; table cells and titles are shorter. */
const MIN_WRAP_COLUMNS = 40;

/**
 * Joins the lines of paragraphs that a PDF conversion (`pdftotext -layout`) or a fixed-width
 * editor broke at the page width. A text counts as hard-wrapped when many lines run to the same
 * width (in display columns or in characters) without ending a sentence. Then a line that runs to
 * that width goes on onto the next one, unless the next starts a numbered paragraph, is a page
 * number or a date. Where paragraphs open with an indent (`　　`), the next line must have none,
 * and a stop at the wrap no longer ends the paragraph; without indents, a stop ends it only when
 * the line falls short of the exact wrap length. The joined block's text keeps the line
 * breaks and indentation between its lines, so the tree stays lossless.
 * @param blocks one block per line, from `splitText`
 */
export function joinWrappedLines(blocks: Block[]): Block[] {
  // A loop, not Math.max(...all): a spread of a few hundred thousand lines overflows the stack.
  let width = 0;
  let length = 0;
  for (const block of blocks) {
    const line = lastLine(block);
    width = Math.max(width, columns(line));
    length = Math.max(length, [...line].length);
  }
  const full = (block: Block) => columns(lastLine(block)) >= width - SLACK || [...lastLine(block)].length >= length - SLACK / 2;
  // A colon at the wrap is mid-sentence (`（牵头单位：` / `市水利局）`); a stop may end the paragraph.
  const open = (block: Block) => full(block) && !/[。！？；!?;]$/u.test(block.text);
  const long = blocks.filter((block) => columns(lastLine(block)) >= width / 2);
  const wrapped = blocks.filter(open).length;
  if (width < MIN_WRAP_COLUMNS || wrapped < MIN_WRAPPED_LINES || wrapped < MIN_WRAPPED_SHARE * long.length) return blocks;

  // Where paragraphs carry no indent, a line that ends a sentence exactly at the wrap still goes
  // on: a sentence ends at the wrap far more often than a paragraph's last line fills it exactly.
  const wrapLength = mostCommon(blocks.filter(open).map((block) => [...lastLine(block)].length));
  const atWrap = (block: Block) => [...lastLine(block)].length === wrapLength;
  const indents = blocks.filter(hasIndent).length;
  const indented = indents >= MIN_WRAPPED_LINES && indents <= blocks.length / 2;
  const joined: Block[] = [];
  for (const block of blocks) {
    const last = joined.at(-1);
    const opensParagraph = matchMarker(block.text) !== null || isPageNumber(block.text) || isDate(block.text) || (indented && hasIndent(block));
    const onNextLine = last !== undefined && /^[^\S\r\n]*(?:\r\n|\r|\n)$/u.test(last.trail) && !/[\r\n]/u.test(block.lead);
    if (last && onNextLine && !opensParagraph && (indented ? full(last) : open(last) || atWrap(last))) {
      joined[joined.length - 1] = {
        ...last,
        text: last.text + last.trail + block.lead + block.text,
        trail: block.trail,
        position: { start: last.position.start, end: block.position.end },
      };
    } else joined.push(block);
  }
  return joined;
}

/** The value seen most often (the first of equals), or -1 for none. */
function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = -1;
  for (const [value, count] of counts) if (best === -1 || count > counts.get(best)!) best = value;
  return best;
}

/** Whether a line opens with spaces, as the first line of a paragraph does in many documents. */
function hasIndent(block: Block): boolean {
  return /[^\S\r\n]$/u.test(block.lead);
}

/** The last physical line of a block, with the indentation it starts with. */
function lastLine(block: Block): string {
  const text = block.lead + block.text;
  return text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
}

/** Display columns: two for Chinese and other full-width characters, one for the rest. */
function columns(text: string): number {
  let n = 0;
  for (const c of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(c) ? 2 : 1;
  return n;
}
