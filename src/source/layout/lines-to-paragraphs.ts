import { joinLine } from './join-line.js';
import { mostCommon } from './most-common.js';
import type { PageLine, PageLines } from './positioned-text.js';

/** A line that starts further right than the margin by more than this share of its em is indented (a first-line indent is two ems). */
const INDENT = 0.5;
/** A centred line's room on its left and on its right differ by less than this many ems. */
const CENTRED = 1;
/** A centred line has more room than this many ems on each side: a first-line indent is two ems, a full line has none on its right. */
const CENTRED_ROOM = 2;
/** A line whose font size differs from the line before by more than this share starts a paragraph (a heading in another size). */
const SIZE_CHANGE = 0.15;
/** A gap between baselines wider than this multiple of the page's usual line spacing is space between paragraphs. */
const PARAGRAPH_GAP = 1.5;
/** Slack, as a share of the em, when asking whether a line's first piece would have fitted at the end of the line before. */
const FIT_SLACK = 0.1;
/** A side of pages (odd or even) with fewer lines than this takes the margins of the whole document instead. */
const MIN_LINES = 8;

/** One paragraph rebuilt from lines, with the first line it came from. */
export interface LaidParagraph {
  text: string;
  first: PageLine;
  /** Whether its first line is indented from the margin (a first-line indent). */
  indented: boolean;
  /** Whether it is a table row (its text has tab-separated cells). */
  row: boolean;
  /** The lines joined into it, in order, so that a later rule may break it again at a line's end. */
  lines: LaidLine[];
}

/** A page line, or a table row made of lines (see findTableRows). */
export type LaidLine = PageLine & { row?: boolean };

interface Margins {
  left: number;
  right: number;
  /** Where indented first lines usually start. */
  indent: number;
}

/**
 * Paragraphs rebuilt from the lines of all pages: a line starts a paragraph when it is indented,
 * centred, in another font size, after space between paragraphs, or after a line that ended
 * short (the next line's first piece would have fitted on it); otherwise it continues the
 * paragraph before, also across a page break.
 * @param pages the pages' lines, running headers and footers left out, table rows marked
 */
export function linesToParagraphs(pages: Array<Omit<PageLines, 'lines'> & { lines: LaidLine[] }>): LaidParagraph[] {
  const margins = marginsOf(pages);
  const spacing = new Map(pages.map((page) => [page.page, lineSpacing(page.lines)]));
  const paragraphs: LaidParagraph[] = [];
  let previous: LaidLine | undefined;
  let current: LaidParagraph | undefined;
  for (const page of pages) {
    const margin = margins(page.page);
    for (const line of page.lines) {
      const centred = isCentred(line, margin);
      const indented = !centred && line.box[0] > margin.left + INDENT * line.size;
      if (!previous || !current || line.row || current.row || startsParagraph(previous, line, { margin, marginBefore: margins(previous.page), centred, indented, spacing: spacing.get(page.page)!, current })) {
        current = { text: line.text, first: line, indented, row: line.row === true, lines: [line] };
        paragraphs.push(current);
      } else {
        current.text = joinLine(current.text, line.text);
        current.lines.push(line);
      }
      previous = line;
    }
  }
  return paragraphs;
}

interface Context {
  margin: Margins;
  marginBefore: Margins;
  centred: boolean;
  indented: boolean;
  spacing: number;
  current: LaidParagraph;
}

function startsParagraph(previous: LaidLine, line: LaidLine, context: Context): boolean {
  const { margin, marginBefore, centred, indented, spacing, current } = context;
  if (Math.abs(line.size - previous.size) > SIZE_CHANGE * Math.max(line.size, previous.size)) return true;
  if (line.page === previous.page && line.y - previous.y > PARAGRAPH_GAP * spacing) return true;
  const previousCentred = isCentred(previous, marginBefore);
  // A title centred over two lines: the first line is about as wide as the text block.
  if (centred && previousCentred) return previous.box[2] - previous.box[0] < margin.right - margin.left - 2 * line.size * CENTRED;
  if (centred || previousCentred) return true;
  // A block indented as a whole (every line, not just the first) goes on at the same indent.
  const sameBlockIndent = current.first !== previous && Math.abs(line.box[0] - previous.box[0]) < INDENT * line.size;
  if (indented && !sameBlockIndent) return true;
  // The next line's first piece would have fitted on the line before: that line ended early.
  if (line.lead <= marginBefore.right - previous.box[2] + FIT_SLACK * line.size) return true;
  if (SENTENCE_END.test(previous.text) && MARKER.test(line.text)) return true;
  return current.first === previous && previous.text.endsWith('：');
}

/** The end of a sentence or clause, after which a numbered paragraph may begin. */
const SENTENCE_END = /[。！？；：]$/u;
/** A paragraph's marker of the numbering ladder: 一、 （一） 1. （1） ① 第一条. */
const MARKER = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[)）]|\d{1,3}[.．、]|[（(]\d{1,3}[)）]|[\u2460-\u2473]|第[一二三四五六七八九十百]+[章节条])/u;

/**
 * A line with as much room on its left as on its right, and more than a first-line indent's room
 * on both sides; a line that starts at the paragraphs' usual indent is not centred, however short.
 */
function isCentred(line: PageLine, margin: Margins): boolean {
  const left = line.box[0] - margin.left;
  const right = margin.right - line.box[2];
  const em = line.size;
  return left > CENTRED_ROOM * em && right > CENTRED_ROOM * em && Math.abs(left - right) < CENTRED * em && Math.abs(line.box[0] - margin.indent) > INDENT * em;
}

/**
 * The text block's left and right edges for a page: the most common start of lines and the
 * most common end of the lines that end in the right half of the block, apart for odd and even
 * pages (mirrored margins), from the whole document where a side has too few lines.
 */
function marginsOf(pages: Array<{ page: number; lines: LaidLine[] }>): (page: number) => Margins {
  const text = (side: number | null) => pages.filter((page) => side === null || page.page % 2 === side).flatMap((page) => page.lines.filter((line) => !line.row));
  const measure = (lines: LaidLine[]): Margins => {
    const left = mostCommon(lines.map((line) => line.box[0]));
    const indented = lines.filter((line) => line.box[0] > left + INDENT * line.size);
    // Full lines end at the right edge, short ones anywhere: where short lines are the most (a table
    // set one cell per line), their ends must not outvote it, so only the lines that end in the
    // right half of the text block count.
    const far = lines.reduce((end, line) => Math.max(end, line.box[2]), left);
    const long = lines.filter((line) => line.box[2] > (left + far) / 2);
    return { left, right: mostCommon(long.map((line) => line.box[2])), indent: indented.length > 0 ? mostCommon(indented.map((line) => line.box[0])) : left };
  };
  const whole = measure(text(null));
  const sides = [0, 1].map((side) => {
    const lines = text(side);
    return lines.length < MIN_LINES ? whole : measure(lines);
  });
  return (page) => sides[page % 2]!;
}

/** The usual distance between baselines of a page (the most common one), or a line's height where there is none. */
function lineSpacing(lines: LaidLine[]): number {
  const steps = lines.slice(1).map((line, index) => line.y - lines[index]!.y).filter((step) => step > 0);
  return steps.length > 0 ? mostCommon(steps) : Math.max(1, ...lines.map((line) => line.size * 1.5));
}
