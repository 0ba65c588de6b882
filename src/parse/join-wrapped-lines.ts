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
 * editor broke at the page width. A text counts as hard-wrapped when many lines run to the
 * same width without ending a sentence; then a line that does so continues onto the next one,
 * unless the next starts a numbered paragraph, is a page number or a date. The joined block's
 * text keeps the line break and indentation between the lines, so the tree stays lossless.
 * @param blocks one block per line, from `splitText`
 */
export function joinWrappedLines(blocks: Block[]): Block[] {
  const width = Math.max(0, ...blocks.map((block) => columns(lastLine(block))));
  const filled = (block: Block) => columns(lastLine(block)) >= width - SLACK && !/[。！？；：:!?;]$/u.test(block.text);
  const long = blocks.filter((block) => columns(lastLine(block)) >= width / 2);
  const wrapped = blocks.filter(filled).length;
  if (width < MIN_WRAP_COLUMNS || wrapped < MIN_WRAPPED_LINES || wrapped < MIN_WRAPPED_SHARE * long.length) return blocks;
  const joined: Block[] = [];
  for (const block of blocks) {
    const last = joined.at(-1);
    const opensParagraph = matchMarker(block.text) !== null || isPageNumber(block.text) || isDate(block.text);
    if (last && filled(last) && /^[^\S\r\n]*(?:\r\n|\r|\n)$/u.test(last.trail) && !/[\r\n]/u.test(block.lead) && !opensParagraph) {
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
