import type { Block } from '../model/index.js';
import { countCharacters } from '../text/count-characters.js';
import { endsWithGenre, isDate, isLinkLine, isPageNumber, isRegisterNumber } from './line-patterns.js';
import { matchMarker, type Marker } from './match-marker.js';

/** Columns a line may fall short of the wrap width and still count as filled up to it. */
const SLACK = 4;
/** Fewest filled lines without a sentence end, and their least share of the long lines, that say a text is hard-wrapped. */
const MIN_WRAPPED_LINES = 3;
const MIN_WRAPPED_SHARE = 0.3;
/** Narrowest wrap width: a page of a PDF holds 25 to 40 Chinese characters a line; table cells and titles are shorter. */
const MIN_WRAP_COLUMNS = 40;

/** The trail of a line followed by the next on the very next line: blanks, then one line break. */
export const ONE_LINE_BREAK = /^[^\S\r\n]*(?:\r\n|\r|\n)$/u;

/**
 * Joins the lines of paragraphs that a PDF conversion (`pdftotext -layout`) or a fixed-width
 * editor broke at the page width. A text counts as hard-wrapped when many lines run to the same
 * width (in display columns or in characters) without ending a sentence. Then a line that runs to
 * that width goes on onto the next one, unless the next starts a numbered paragraph, is a page
 * number or a date; a line that opens with a number after a line ending mid-sentence starts
 * nothing when the number is a decimal (`2.5%以上`) or does not follow its style's or its kind's
 * last number (`（十二）项规定`, `2）。对已经…`). Where paragraphs open with an indent (`　　`),
 * the next line must have none, and a stop at the wrap no longer ends the paragraph; without indents, a stop ends it only when
 * the line falls short of the exact wrap length. The joined block's text keeps the line
 * breaks and indentation between its lines, so the tree stays lossless.
 * @param blocks one block per line, from `splitText`
 */
export function joinWrappedLines(blocks: Block[]): Block[] {
  // The wrap width is what the widest few lines reach, so that one line running past the
  // margin (a long title, a table row) does not set it.
  const width = kthLargest(blocks.map((block) => columns(lastLine(block))), MIN_WRAPPED_LINES);
  const length = kthLargest(blocks.map((block) => countCharacters(lastLine(block))), MIN_WRAPPED_LINES);
  const full = (block: Block) => columns(lastLine(block)) >= width - SLACK || countCharacters(lastLine(block)) >= length - SLACK / 2;
  // A colon at the wrap is mid-sentence (`（牵头单位：` / `市水利局）`); a stop may end the paragraph.
  // A line with a tab is a table's row, which the readers give one line per row: it never wraps.
  const open = (block: Block) => full(block) && !/[。！？；!?;]$/u.test(block.text) && !block.text.includes('\t');
  const long = blocks.filter((block) => columns(lastLine(block)) >= width / 2);
  const wrapped = blocks.filter(open).length;
  if (width < MIN_WRAP_COLUMNS || wrapped < MIN_WRAPPED_LINES || wrapped < MIN_WRAPPED_SHARE * long.length) return blocks;

  // Where paragraphs carry no indent, a line that ends a sentence exactly at the wrap still goes
  // on: a sentence ends at the wrap far more often than a paragraph's last line fills it exactly.
  const wrapLength = mostCommon(blocks.filter(open).map((block) => countCharacters(lastLine(block))));
  const atWrap = (block: Block) => countCharacters(lastLine(block)) === wrapLength;
  const indents = blocks.filter(hasIndent).length;
  const indented = indents >= MIN_WRAPPED_LINES && indents <= blocks.length / 2;
  const joined: Block[] = [];
  // The last paragraph's text is gathered in pieces and its ends are read from its last line, so
  // that joining stays linear: tests on the growing text itself would reread it at every line.
  let pieces: string[] = [];
  let tail: Block | null = null;
  const finish = () => {
    if (pieces.length > 1) joined[joined.length - 1] = { ...joined.at(-1)!, text: pieces.join('') };
  };
  // Whether each line opens a paragraph, worked out once: the page-break test looks one line ahead.
  const markers = blocks.map((block) => matchMarker(block.text));
  const opensAnyway = blocks.map((block) => isPage(block) || isDate(block.text) || isRegisterNumber(block.text) || isLinkLine(block.text) || (indented && hasIndent(block)) || block.text.includes('\t'));
  const opens = blocks.map((_, i) => markers[i] !== null || opensAnyway[i]!);
  const goesOn = (line: Block) => (indented ? full(line) && !line.text.includes('\t') : open(line) || atWrap(line));
  // The last number of each marker style and kind, to tell a marker from a number the wrap put
  // at the start of a line (`…比重达到` / `2.5%以上`, `…依照第` / `（十二）项规定`).
  const lastValue = new Map<string, number>();
  const fits = (marker: Marker) => marker.value === 1 || lastValue.get(marker.style) === marker.value - 1 || lastValue.get(marker.kind) === marker.value - 1;
  // A line ending in a closing bracket or quote may end its paragraph (`…（市商务局负责）`).
  const madeByBreak = (marker: Marker, line: Block) => !/[。！？；：:!?;）)”’」』】]$/u.test(line.text) && (marker.decimalLike || !fits(marker));
  // Across a page break, blank lines and a form feed may stand between the two halves of a paragraph.
  let acrossPage = false;
  for (const [i, block] of blocks.entries()) {
    const last = joined.at(-1);
    const onNextLine = last !== undefined && (acrossPage || (ONE_LINE_BREAK.test(last.trail) && !/[\r\n]/u.test(block.lead)));
    // A page number between a line that goes on and one that does not open a paragraph is
    // inside the paragraph; reading it as one line leaves it out (`joinLines`).
    const pageBreak = i + 1 < blocks.length && !opens[i + 1] && isPage(block);
    // `tail` is the paragraph's last line, which decides as the whole paragraph would.
    const marker = markers[i] ?? null;
    const opensHere = opensAnyway[i] || (marker !== null && !(tail && madeByBreak(marker, tail)));
    // A title on a line of its own (`…行动计划（2021-2023年）`) may come close to the wrap and
    // still end there; prose broken by the wrap fills the line exactly.
    const title = pieces.length === 1 && tail !== null && !atWrap(tail) && endsWithGenre(tail.text) && !/[，,。；;！？：:、]/u.test(tail.text);
    if (last && tail && (pageBreak || (onNextLine && !opensHere)) && goesOn(tail) && !title) {
      pieces.push(last.trail, block.lead, block.text);
      joined[joined.length - 1] = { ...last, trail: block.trail, position: { start: last.position.start, end: block.position.end } };
      acrossPage = pageBreak;
      if (!pageBreak) tail = block;
    } else {
      finish();
      if (marker) lastValue.set(marker.style, marker.value).set(marker.kind, marker.value);
      joined.push(block);
      pieces = [block.text];
      acrossPage = false;
      tail = block;
    }
  }
  finish();
  return joined;
}

/** A page number: `— 3 —`, or a bare number `markPageNumbers` found to be one. */
function isPage(block: Block): boolean {
  return block.role === 'page-number' || isPageNumber(block.text);
}

/** The k-th largest of the values (the smallest when there are fewer), or 0 for none. */
function kthLargest(values: number[], k: number): number {
  // A partial selection, not a sort of every line: only the k largest are kept.
  const top: number[] = [];
  for (const value of values) {
    if (top.length < k) top.push(value);
    else if (value > top[k - 1]!) top[k - 1] = value;
    else continue;
    top.sort((a, b) => b - a);
  }
  return top.at(-1) ?? 0;
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
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    n += isWide(c) ? 2 : 1;
  }
  return n;
}

/** Full-width code points, by range: compared as numbers, as every line of a text is measured twice. */
function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    // Quotes, dashes, the ellipsis and the middle dot take a full column pair in Chinese type.
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0x00b7 ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}
