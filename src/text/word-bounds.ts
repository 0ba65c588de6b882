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
 * Whether a word starts or ends at an offset of a text, by `Intl.Segmenter`. The text is cut into
 * stretches that end after a comma or stop (which ends a word anyway); a stretch is segmented when
 * an offset in it is first asked, and each word found is remembered, so a word is looked up once
 * and the words no one asks about cost no JavaScript objects.
 */
export function wordBounds(text: string): (at: number) => boolean {
  const known = new Uint8Array(text.length + 1);
  known[0] = BOUND;
  known[text.length] = BOUND;
  const ends = stretchEnds(text);
  const segmented = new Map<number, Intl.Segments>();
  let stretch = 0;
  return (at) => {
    if (known[at] === UNKNOWN) {
      // Offsets are mostly asked in reading order: move to the stretch that holds `at`.
      while (stretch > 0 && ends[stretch - 1]! > at) stretch--;
      while (ends[stretch]! <= at) stretch++;
      const from = stretch === 0 ? 0 : ends[stretch - 1]!;
      let segments = segmented.get(from);
      if (!segments) {
        segments = wordSegmenter().segment(text.slice(from, ends[stretch]));
        segmented.set(from, segments);
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
