import type { PageLine, PageLines, PageRuns, TextRun } from './positioned-text.js';

/**
 * Runs whose baselines differ by less than this share of the smaller font size stand on one line:
 * a half em keeps a smaller page number (`— 1 —` in two sizes) on its line and keeps apart two
 * lines, which a PDF sets at least one em apart.
 */
const SAME_BASELINE = 0.5;
/**
 * A gap wider than this share of the font size between two Latin letters or digits is a space
 * (a word space is about a quarter em; glyphs of one word touch).
 */
const LATIN_SPACE = 0.15;
/**
 * Beside a Chinese character a gap is a space only when wider than this share of the em: word
 * processors add about a fifth of an em between Chinese and Latin text (autospace) that is no
 * character, and Chinese text is written without spaces.
 */
const CJK_SPACE = 0.6;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026]/u;
const OPENING = /[“‘（《〈「『【〔(\[{]/u;
const CLOSING = /[，。、；：？！”’）》〉」』】〕,.;:?!)\]}]/u;

/**
 * A page's runs as lines in reading order (top to bottom, then left to right): runs on one
 * baseline joined, with a space only where the gap between them is a space.
 * @param page a page's runs
 */
export function runsToLines(page: PageRuns): PageLines {
  const runs = page.runs.filter((run) => run.text.trim() !== '' && run.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const group = groups.find((line) => Math.abs(baseline(line) - run.y) < SAME_BASELINE * Math.min(run.size, sizeOf(line)));
    if (group) group.push(run);
    else groups.push([run]);
  }
  const lines = groups.map((group) => lineOf(page.page, group)).sort((a, b) => a.y - b.y || a.box[0] - b.box[0]);
  return { page: page.page, width: page.width, height: page.height, lines, rules: page.rules ?? [] };
}

function baseline(line: TextRun[]): number {
  return line[0]!.y;
}

function sizeOf(line: TextRun[]): number {
  return Math.max(...line.map((run) => run.size));
}

function lineOf(page: number, group: TextRun[]): PageLine {
  const runs = [...group].sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  for (const run of runs) {
    const piece = runText(run);
    if (text !== '' && right > -Infinity && isSpace(text, piece, run.x - right, run.size)) text += ' ';
    text += text === '' ? piece.trimStart() : piece;
    right = Math.max(right, run.x + run.width);
  }
  text = text.trimEnd();
  const size = sizeOf(runs);
  const y = Math.max(...runs.map((run) => run.y));
  const left = runs[0]!.x;
  return { page, text, box: [left, y - size, right, y + size * DESCENT], y, size, lead: leadWidth(runs), runs };
}

/** Spaces beside Chinese characters inside a run: word processors write the gap between Chinese and Latin text (autospace) as a space, which the plan's text does not have. */
const SPACE_BESIDE_CJK = new RegExp(`[ \\t\\u00a0]+(?=${CJK.source})|(?<=${CJK.source})[ \\t\\u00a0]+`, 'gu');

/**
 * A run's text with its blanks as single spaces and none beside a Chinese character.
 * @param run a run of text
 */
export function runText(run: TextRun): string {
  return run.text.replace(/[ \t\u00a0]+/gu, ' ').replace(SPACE_BESIDE_CJK, '');
}

/** How far below its baseline a line's box reaches, as a share of its font size (a typical descent). */
const DESCENT = 0.2;

function isSpace(before: string, after: string, gap: number, size: number): boolean {
  if (/\s$/u.test(before) || /^\s/u.test(after)) return false;
  const last = before.at(-1)!;
  const first = after[0]!;
  const share = CJK.test(last) || CJK.test(first) ? CJK_SPACE : LATIN_SPACE;
  return gap > share * size;
}

/**
 * Width of the line's first unbreakable piece: up to the first place where a line may break —
 * not inside a Latin word or number, not after opening punctuation, not before closing
 * punctuation (which may not start a line, so it moves down with the character before it).
 * Each character is measured with its run's average advance.
 */
function leadWidth(runs: TextRun[]): number {
  const characters = runs.flatMap((run) => {
    const glyphs = [...run.text.replace(/\s+/gu, ' ')];
    return glyphs.map((glyph) => ({ glyph, width: run.width / glyphs.length }));
  });
  let width = 0;
  for (let index = 0; index < characters.length; index++) {
    const { glyph, width: advance } = characters[index]!;
    if (index > 0 && breaksBefore(characters[index - 1]!.glyph, glyph)) break;
    width += advance;
  }
  return width;
}

const WORD = /[A-Za-z0-9.%\-]/u;

/**
 * Whether a line may break between two characters, after the rules of Unicode's line breaking
 * (UAX #14) that Chinese text meets: not before closing punctuation, not after opening
 * punctuation, not inside a Latin word or number, not between a word and the bracket that
 * follows it or the punctuation and the word after it (as LibreOffice keeps `5G、TSN（` together),
 * and not on either side of an ASCII quote (which may open or close).
 */
function breaksBefore(before: string, glyph: string): boolean {
  if (glyph === ' ') return true;
  if (QUOTE.test(glyph) || QUOTE.test(before)) return false;
  if (CLOSING.test(glyph) || OPENING.test(before)) return false;
  if ((WORD.test(before) && OPENING.test(glyph)) || (CLOSING.test(before) && WORD.test(glyph))) return false;
  return !(WORD.test(before) && WORD.test(glyph));
}

const QUOTE = /["']/u;
