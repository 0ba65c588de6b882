import { wordSegmenter } from './word-segmenter.js';

/** Marks a stretch given to the segmenter may end after. */
const STRETCH_ENDS = new Set('，。；,;');
/** Longest stretch given to the segmenter at once: its time grows faster than the text on long runs. */
const SEGMENT_CHUNK = 200;

/** What is known of an offset: not yet asked, a word starts or ends there, or it falls inside a word. */
const UNKNOWN = 0;
const BOUND = 1;
const INSIDE = 2;

/**
 * Whether a word starts or ends at an offset of a text (`at` from 0 to the text's length), by
 * `Intl.Segmenter`; answers are remembered, so each is worked out once however often it is asked.
 */
export interface WordBounds {
  (at: number): boolean;
  /** The text the bounds are of. */
  readonly text: string;
}

/** The kinds of UTF-16 code units, as far as word bounds go: not yet looked at, Chinese, a separator, anything else. */
const UNSEEN = 0;
const HAN = 1;
const SEPARATOR = 2;
const OTHER = 3;
/**
 * Characters the segmenter always sets apart from a Chinese character beside them, on either side:
 * blanks, ASCII, Latin-1 signs (not the soft hyphen, which joins), general, CJK and full-width punctuation, numbers in circles and
 * Roman numerals, box drawing and dingbats. Not letters that combine or join (marks, zero-width
 * joiners, kana, which the dictionary may join to Chinese): those stay for the segmenter to judge.
 * test/word-bounds.test.ts checks every one of them against the segmenter.
 */
export const SEPARATORS = /[\t\n\r\x20-\x7e\xa0-\xac\xae-\xbf\xd7\xf7\u2010-\u2027\u2030-\u205e\u2160-\u2188\u2460-\u24ff\u2500-\u27bf\u3000-\u3004\u3008-\u3020\u3030\u303e\u303f\uff01-\uff64]/u;
const HAN_CHARACTER = /\p{Script=Han}/u;
/** Each code unit's kind, worked out the first time it is met (a table of the whole range would cost start-up time). */
const kinds = new Uint8Array(0x10000);

function kindOf(code: number): number {
  let kind = kinds[code]!;
  if (kind === UNSEEN) {
    const c = String.fromCharCode(code);
    kind = HAN_CHARACTER.test(c) ? HAN : SEPARATORS.test(c) ? SEPARATOR : OTHER;
    kinds[code] = kind;
  }
  return kind;
}

/**
 * Whether a word starts or ends at an offset of a text, by `Intl.Segmenter`. Between a Chinese
 * character and a separator beside it (`，`, `“`, a digit, a space) a word always ends, which needs
 * no segmenter. Elsewhere the text is cut into stretches that end after a comma or stop (which ends
 * a word anyway), at most `SEGMENT_CHUNK` long; a stretch is segmented when an
 * offset in it is first asked, and each word found is remembered, so a word is looked up once and
 * the words no one asks about cost no JavaScript objects. Nothing is allocated until an offset is
 * asked, and only the stretch asked last keeps its `Intl.Segments` (each holds a copy of ICU's
 * break iterator and of the stretch): offsets are asked in reading order, so a stretch left behind
 * is seldom asked again, and is then segmented anew.
 * @param text an obligation's text, or any other
 */
export function wordBounds(text: string): WordBounds {
  let known: Uint8Array | null = null;
  let ends: number[] | null = null;
  let stretch = 0;
  let segments: Intl.Segments | null = null;
  let segmentedStretch = -1;
  const bounds = (at: number): boolean => {
    if (known === null) {
      known = new Uint8Array(text.length + 1);
      known[0] = BOUND;
      known[text.length] = BOUND;
    }
    if (known[at] === UNKNOWN) {
      const before = kindOf(text.charCodeAt(at - 1));
      const after = kindOf(text.charCodeAt(at));
      if ((before === HAN && after === SEPARATOR) || (before === SEPARATOR && after === HAN)) {
        known[at] = BOUND;
        return true;
      }
      ends ??= stretchEnds(text);
      // Offsets are mostly asked in reading order: move to the stretch that holds `at`.
      while (stretch > 0 && ends[stretch - 1]! > at) stretch--;
      while (ends[stretch]! <= at) stretch++;
      const from = stretch === 0 ? 0 : ends[stretch - 1]!;
      if (segmentedStretch !== stretch || !segments) {
        segments = wordSegmenter().segment(text.slice(from, ends[stretch]));
        segmentedStretch = stretch;
      }
      const word = segments.containing(at - from)!;
      const start = from + word.index;
      const end = start + word.segment.length;
      known[start] = BOUND;
      known[end] = BOUND;
      known.fill(INSIDE, start + 1, end);
    }
    return known[at] === BOUND;
  };
  return Object.assign(bounds, { text });
}

/** Where the stretches of a text end: at most `SEGMENT_CHUNK` long, cut after a comma or stop where one is in reach. */
function stretchEnds(text: string): number[] {
  const ends: number[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + SEGMENT_CHUNK);
    if (to < text.length) {
      // Looked for within the stretch only: a search back to the text's start would make a long
      // run without a comma quadratic.
      let cut = to - 1;
      while (cut > from && !STRETCH_ENDS.has(text[cut]!)) cut--;
      if (cut > from) to = cut + 1;
    }
    ends.push(to);
    from = to;
  }
  return ends;
}
