import { diffArrays } from 'diff';
import type { WordingPiece } from '../model/index.js';
import { countCharacters } from '../text/count-characters.js';

/**
 * Most words inserted plus deleted that a stretch is compared word by word for. Past it (two
 * long paragraphs rewritten from end to end) the comparison costs more than it shows, and the
 * stretch is shown replaced whole. An item of the seed reworded heavily needs about 150.
 */
export const MAX_WORD_EDITS = 600;

/**
 * Longest replaced run (in characters, after its shared ends) that is compared character by
 * character. Refining is for `第十一次` → `第十二次`; a longer run that shares half its characters
 * with its replacement in one or two places is rare, and comparing it costs more than it shows.
 */
export const MAX_CHARACTER_RUN = 40;

let words: Intl.Segmenter | undefined;
let graphemes: Intl.Segmenter | undefined;

/**
 * The wording changes between two texts, as runs to keep, insert and delete. Paragraphs are
 * compared first, then the words of those that changed. Words come from
 * `Intl.Segmenter` (Chinese has no spaces) and are compared by jsdiff's `diffArrays`; where a replaced run of words shares at least half its
 * characters with its replacement, or the shorter of the two is found whole in the longer, and the
 * characters changed stay in one or two places, the run is compared again character by character
 * (`第十一次` → `第十二次` shows one character changed, `十九大和十九届历次全会` → `二十大` stays whole).
 * Characters are grapheme clusters, so a character written with two UTF-16 units (`𠮷`) or with
 * a combining mark is never cut. Short runs kept between two larger changes are folded into them,
 * so a heavy rewording reads as a few replaced phrases rather than confetti.
 * @param before the old text
 * @param after the new text
 */
export function wording(before: string, after: string): WordingPiece[] {
  const a = paragraphs(before);
  const b = paragraphs(after);
  const pieces: WordingPiece[] = [];
  let deleted: string[] = [];
  let inserted: string[] = [];
  const flush = () => {
    // A run of replaced paragraphs: paragraph by paragraph when the counts agree, else as one text.
    if (deleted.length === inserted.length) deleted.forEach((text, i) => pieces.push(...wordPieces(text, inserted[i]!)));
    else pieces.push(...wordPieces(deleted.join(''), inserted.join('')));
    deleted = [];
    inserted = [];
  };
  for (const change of a.length > 1 || b.length > 1 ? diffArrays(a, b) : [{ added: true, removed: false, value: b }, { added: false, removed: true, value: a }]) {
    if (change.removed) deleted.push(...change.value);
    else if (change.added) inserted.push(...change.value);
    else {
      flush();
      pieces.push({ op: 'equal', text: change.value.join('') });
    }
  }
  flush();
  // Folding can join a phrase and a word Myers kept in the wrong place (`<del>《…学习问答》学习</del>
  // <ins>学习</ins>`); comparing each replacement once more by characters puts the kept word back.
  const folded = tidy(foldShortEquals(shiftEquals(tidy(pieces))));
  const out: WordingPiece[] = [];
  for (let i = 0; i < folded.length; i++) {
    const piece = folded[i]!;
    const next = folded[i + 1];
    if (piece.op === 'delete' && next?.op === 'insert') {
      out.push(...refine(piece.text, next.text));
      i++;
    } else out.push(piece);
  }
  return tidy(out);
}

/** The paragraphs of a text, each with its line break. */
function paragraphs(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Word-level pieces of one replaced stretch, or the whole stretch replaced when the words are too far apart to be worth comparing. */
function wordPieces(before: string, after: string): WordingPiece[] {
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const tokens = (text: string) => Array.from(words!.segment(text), (s) => s.segment);
  // Tokens are compared exactly (spaces and line breaks too), so each side can be rebuilt from the pieces.
  const changes = diffArrays(tokens(before), tokens(after), { maxEditLength: MAX_WORD_EDITS });
  if (!changes) return [...(before ? [{ op: 'delete' as const, text: before }] : []), ...(after ? [{ op: 'insert' as const, text: after }] : [])];
  const pieces: WordingPiece[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted || inserted) pieces.push(...refine(deleted, inserted));
    deleted = inserted = '';
  };
  for (const change of changes) {
    const text = change.value.join('');
    if (change.removed) deleted += text;
    else if (change.added) inserted += text;
    else {
      flush();
      pieces.push({ op: 'equal', text });
    }
  }
  flush();
  return pieces;
}

/**
 * The text of one side of a wording comparison.
 * @param pieces the comparison
 * @param side `old` keeps equal and deleted runs, `new` equal and inserted ones
 */
export function sideText(pieces: WordingPiece[], side: 'old' | 'new'): string {
  const drop = side === 'old' ? 'insert' : 'delete';
  return pieces
    .filter((piece) => piece.op !== drop)
    .map((piece) => piece.text)
    .join('');
}

/** A replaced run of words, compared by characters when they share enough of them. */
function refine(deleted: string, inserted: string): WordingPiece[] {
  const whole: WordingPiece[] = [];
  if (deleted) whole.push({ op: 'delete', text: deleted });
  if (inserted) whole.push({ op: 'insert', text: inserted });
  if (!deleted || !inserted) return whole;
  graphemes ??= new Intl.Segmenter('zh', { granularity: 'grapheme' });
  const split = (text: string) => Array.from(graphemes!.segment(text), (s) => s.segment);
  const a = split(deleted);
  const b = split(inserted);
  // Shared ends first, so a dropped phrase before a kept word reads as one deletion.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const [x, y] = [a.slice(head, a.length - tail), b.slice(head, b.length - tail)];
  // Characters are compared only in short runs; a long one is one replaced place between its shared ends.
  const middle =
    x.length && y.length && Math.max(x.length, y.length) <= MAX_CHARACTER_RUN
      ? diffArrays(x, y)
      : [...(x.length ? [{ added: false, removed: true, value: x }] : []), ...(y.length ? [{ added: true, removed: false, value: y }] : [])];
  const changes = [{ added: false, removed: false, value: a.slice(0, head) }, ...middle, { added: false, removed: false, value: a.slice(a.length - tail) }];
  const kept = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.value.length, 0);
  // Worth it when half the longer run is kept, or the shorter run is kept whole (a pure
  // insertion), and the changes stay in one or two places: `十九大和十九届历次` → `二十大和二十届二中`
  // shares half its characters but would read as confetti.
  const places = changes.filter((c, i) => (c.added || c.removed) && !(changes[i - 1]?.added || changes[i - 1]?.removed)).length;
  if ((2 * kept < Math.max(a.length, b.length) && kept < Math.min(a.length, b.length)) || places > 2) return whole;
  return changes.map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value.join('') }));
}

/** Runs in a canonical form: no empty runs, neighbours of one kind joined, deletions before insertions. */
function tidy(pieces: WordingPiece[]): WordingPiece[] {
  const out: WordingPiece[] = [];
  let i = 0;
  while (i < pieces.length) {
    if (pieces[i]!.op === 'equal') {
      let text = '';
      while (i < pieces.length && pieces[i]!.op === 'equal') text += pieces[i++]!.text;
      if (text) out.push({ op: 'equal', text });
      continue;
    }
    let deleted = '';
    let inserted = '';
    while (i < pieces.length && pieces[i]!.op !== 'equal') {
      if (pieces[i]!.op === 'delete') deleted += pieces[i]!.text;
      else inserted += pieces[i]!.text;
      i++;
    }
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
  }
  return out;
}

/**
 * Slides a kept run that sits between two deletions (or two insertions) to the end or start of
 * them when the text allows, so `<del>《</del>学习<del>问答》学习</del>` reads `<del>《学习问答》</del>学习`
 * (both say the same of both texts).
 */
function shiftEquals(pieces: WordingPiece[]): WordingPiece[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i + 1 < pieces.length; i++) {
      const [before, kept, after] = [pieces[i - 1]!, pieces[i]!, pieces[i + 1]!];
      if (kept.op !== 'equal' || before.op === 'equal' || before.op !== after.op) continue;
      const op = before.op;
      if (after.text.endsWith(kept.text)) {
        pieces.splice(i - 1, 3, { op, text: before.text + kept.text + after.text.slice(0, after.text.length - kept.text.length) }, kept);
      } else if (before.text.startsWith(kept.text)) {
        pieces.splice(i - 1, 3, kept, { op, text: before.text.slice(kept.text.length) + kept.text + after.text });
      } else continue;
      pieces = tidy(pieces);
      changed = true;
      break;
    }
  }
  return pieces;
}

/**
 * Folds a kept run into the changes around it when it is no longer than the change on either
 * side (as diff-match-patch's semantic cleanup does), so `删A留的删B` becomes one replacement.
 */
function foldShortEquals(pieces: WordingPiece[]): WordingPiece[] {
  let changed = true;
  while (changed) {
    changed = false;
    pieces = tidy(pieces);
    for (let i = 0; i < pieces.length; i++) {
      if (pieces[i]!.op !== 'equal') continue;
      const before = changeAround(pieces, i, -1);
      const after = changeAround(pieces, i, 1);
      if (before === 0 || after === 0) continue;
      const kept = countCharacters(pieces[i]!.text);
      if (kept > before || kept > after) continue;
      const text = pieces[i]!.text;
      pieces.splice(i, 1, { op: 'delete', text }, { op: 'insert', text });
      changed = true;
      break;
    }
  }
  return pieces;
}

/** The size of the change run next to piece `i` on one side: the larger of its deleted and inserted text. */
function changeAround(pieces: WordingPiece[], i: number, step: -1 | 1): number {
  let deleted = 0;
  let inserted = 0;
  for (let k = i + step; k >= 0 && k < pieces.length && pieces[k]!.op !== 'equal'; k += step) {
    if (pieces[k]!.op === 'delete') deleted += countCharacters(pieces[k]!.text);
    else inserted += countCharacters(pieces[k]!.text);
  }
  return Math.max(deleted, inserted);
}
