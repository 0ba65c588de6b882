import type { TermCount } from '../model/index.js';
import { scanBrackets } from '../text/brackets.js';
import { countCharacters } from '../text/count-characters.js';
import { wordSegmenter } from '../text/word-segmenter.js';

/**
 * Words (not named terms) must occur this often in the edition that has them to be reported as
 * appearing or vanishing: once or twice is wording (MIIT 2019 brings 15 such words used twice),
 * three times is a theme (涉外 in the seed's 2023 fixture, 7 times).
 */
export const TERM_MIN_COUNT = 3;
/** A shift in emphasis: a word used at least this often in one edition… */
export const SHIFT_MIN_COUNT = 5;
/** …and at least this many times as often as in the other. */
export const SHIFT_RATIO = 2;
/** At most this many terms per list, the most frequent first. */
export const TERM_LIST_LENGTH = 20;

/** Congress and plenum names: `十九大`, `二十大`, `十九届六中全会`, `十九届历次全会`, `省第十一次党代会`. */
const CONGRESS = /党的[一二三四五六七八九十]{2,3}大|[一二三四五六七八九十]{2,3}大(?=精神|报告|以来|召开|胜利|代表|部署|和|及|、|，|。)|[一二三四五六七八九十]{2,3}届(?:[一二三四五六七八九]中|历次)全会|[省市区县]?第[一二三四五六七八九十]+次党代会/gu;

/** Words that are only a Chinese numeral (`十九`, `二十`): halves of names the segmenter cuts, not terms. */
const NUMERAL = /^[零〇一二两三四五六七八九十百千万亿]+$/u;

/** Where a text is cut before segmenting: after each sentence-ending mark or line break (kept with the sentence). */
const SENTENCE_END = /(?<=[。！？；!?;\n])/u;

/** How often each term occurs, and which terms are named (quoted phrases, congress names) rather than plain words. */
interface TermTable {
  counts: Map<string, number>;
  named: Set<string>;
}

/**
 * The terms two editions use differently: those that appear (a new congress name, a new slogan
 * in quotes, a word used at least `TERM_MIN_COUNT` times that the old edition never used), those that vanish, and
 * words whose use shifted by at least `SHIFT_RATIO` times.
 * @param before the paragraphs of the old edition
 * @param after the paragraphs of the new edition
 */
export function termChanges(before: string[], after: string[]): { added: TermCount[]; removed: TermCount[]; shifted: TermCount[] } {
  // A text both editions have (most of them) is read once.
  const read = new Map<string, Array<[string, boolean]>>();
  const old = termTable(before, read);
  const next = termTable(after, read);
  const count = (term: string): TermCount => ({ term, old: old.counts.get(term) ?? 0, new: next.counts.get(term) ?? 0 });
  const onlyIn = (mine: TermTable, theirs: TermTable) =>
    [...mine.counts]
      .filter(([term, n]) => !theirs.counts.has(term) && (mine.named.has(term) || n >= TERM_MIN_COUNT))
      .sort((a, b) => Number(mine.named.has(b[0])) - Number(mine.named.has(a[0])) || b[1] - a[1])
      .slice(0, TERM_LIST_LENGTH)
      .map(([term]) => count(term));
  const shifted = [...next.counts.keys()]
    .filter((term) => old.counts.has(term) && !next.named.has(term))
    .map(count)
    .filter((t) => Math.max(t.old, t.new) >= SHIFT_MIN_COUNT && Math.max(t.old, t.new) >= SHIFT_RATIO * Math.min(t.old, t.new))
    .sort((a, b) => Math.abs(b.new - b.old) - Math.abs(a.new - a.old) || a.term.localeCompare(b.term))
    .slice(0, TERM_LIST_LENGTH);
  return { added: onlyIn(next, old), removed: onlyIn(old, next), shifted };
}

/**
 * Counts the words (two or more characters with a Han one among them), quoted phrases and congress names of some paragraphs.
 * @param texts the paragraphs
 * @param read the terms of each text already read (segmenting is the slow part), filled in
 */
function termTable(texts: string[], read: Map<string, Array<[string, boolean]>>): TermTable {
  const counts = new Map<string, number>();
  const named = new Set<string>();
  for (const text of texts) {
    let terms = read.get(text);
    if (!terms) read.set(text, (terms = termsOf(text)));
    for (const [term, isNamed] of terms) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      if (isNamed) named.add(term);
    }
  }
  return { counts, named };
}

/** The terms of one text, each with whether it is named, in the order found. */
function termsOf(text: string): Array<[string, boolean]> {
  const segmenter = wordSegmenter();
  const terms: Array<[string, boolean]> = [];
  const add = (term: string, isNamed: boolean) => terms.push([term, isNamed]);
  // Sentence by sentence: no word spans a sentence end, and the segmenter takes time that grows
  // faster than the text (a paragraph of 1,000 sentences took 7× as long whole as in sentences).
  for (const sentence of text.split(SENTENCE_END)) {
    for (const { segment, isWordLike } of segmenter.segment(sentence)) {
      if (isWordLike && countCharacters(segment) >= 2 && /\p{Script=Han}/u.test(segment) && !NUMERAL.test(segment)) add(segment, false);
    }
  }
  for (const { open, close } of scanBrackets(text).pairs) {
    if (!'“‘"'.includes(text[open]!)) continue;
    const phrase = text.slice(open + 1, close).trim();
    const length = countCharacters(phrase);
    if (length >= 2 && length <= 20 && !/[，。；：]/u.test(phrase)) add(phrase, true);
  }
  for (const match of text.matchAll(CONGRESS)) add(match[0].replace(/^党的/u, ''), true);
  return terms;
}
