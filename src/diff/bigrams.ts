/**
 * The character bigrams of a text, counted: the ids of its distinct bigrams in ascending order
 * and how often each occurs. Sorted ids let two profiles be compared by one merge pass.
 */
export interface Profile {
  ids: Int32Array;
  counts: Float64Array;
}

/** Numbers the bigrams seen so far, so that profiles of one comparison share their ids. */
export class Vocabulary {
  /** Ids by first code point, then second: small integer keys hash fast, where one key for the pair would not fit one. */
  private readonly known = new Map<number, Map<number, number>>();
  private count = 0;
  /** Scratch counts by id for `profile`, zero between calls. */
  scratch = new Int32Array(1024);
  /** Profiles made, by text: most of a yearly edition repeats the last one word for word. */
  readonly profiles = new Map<string, Profile>();

  /** The id of the bigram of two code points (`first` −1 for a lone character), given a new one the first time it is seen. */
  id(first: number, second: number): number {
    let row = this.known.get(first);
    if (!row) this.known.set(first, (row = new Map()));
    let id = row.get(second);
    if (id === undefined) {
      row.set(second, (id = this.count++));
      if (id >= this.scratch.length) {
        const grown = new Int32Array(this.scratch.length * 2);
        grown.set(this.scratch);
        this.scratch = grown;
      }
    }
    return id;
  }

  /** How many bigrams have ids. */
  get size(): number {
    return this.count;
  }
}

/**
 * The bigram profile of a text's letters and digits. Punctuation and spaces are left out, so
 * `（一）` against `1.` or a half- against a full-width comma costs nothing; a text of one
 * character is its own single gram. Characters are code points, so a character written with two
 * UTF-16 units is one character. A long edition has hundreds of thousands of bigrams, so they
 * are counted in the vocabulary's scratch array rather than in a map per text. A text profiled
 * before with the same vocabulary gets the same profile (profiles are never changed).
 * @param text any text
 * @param vocabulary the ids of the comparison
 */
export function profile(text: string, vocabulary: Vocabulary): Profile {
  const known = vocabulary.profiles.get(text);
  if (known) return known;
  const made = profileOf(text, vocabulary);
  vocabulary.profiles.set(text, made);
  return made;
}

function profileOf(text: string, vocabulary: Vocabulary): Profile {
  const letters = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const seen: number[] = [];
  const add = (first: number, second: number) => {
    const id = vocabulary.id(first, second);
    const before = vocabulary.scratch[id]!;
    vocabulary.scratch[id] = before + 1;
    if (before === 0) seen.push(id);
  };
  let previous = -1;
  let length = 0;
  for (let i = 0; i < letters.length; ) {
    const code = letters.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    if (previous >= 0) add(previous, code);
    previous = code;
    length++;
  }
  // A single character is its own gram, keyed apart from every pair.
  if (length === 1) add(-1, previous);
  // Copied by index: `from` on a list walks it with an iterator, one object per element.
  const ids = new Int32Array(seen.length);
  for (let k = 0; k < seen.length; k++) ids[k] = seen[k]!;
  ids.sort();
  const counts = new Float64Array(ids.length);
  for (let k = 0; k < ids.length; k++) counts[k] = vocabulary.scratch[ids[k]!]!;
  for (const id of seen) vocabulary.scratch[id] = 0;
  return { ids, counts };
}

/**
 * Inverse document frequency of every bigram over a set of texts, `ln(1 + N / df)`, by id: the
 * words every task of a plan shares (推进, 建设, 法治) count less than the ones that name a task.
 * @param profiles the profiles of every text of both editions at one level
 * @param vocabulary the ids they use
 */
export function inverseFrequencies(profiles: Profile[], vocabulary: Vocabulary): Float64Array {
  const df = new Float64Array(vocabulary.size);
  for (const { ids } of profiles) for (const id of ids) df[id]!++;
  return df.map((count) => (count ? Math.log(1 + profiles.length / count) : Math.log(1 + profiles.length)));
}

/** How much a bigram weighs, by id; `undefined` weighs every bigram 1. */
export type Weights = Float64Array | undefined;

/**
 * The weighted number of bigrams of a profile.
 * @param p a profile
 * @param weights per-bigram weights, or undefined for plain counts
 */
export function weightedSize(p: Profile, weights: Weights): number {
  let size = 0;
  for (let i = 0; i < p.ids.length; i++) size += p.counts[i]! * (weights ? (weights[p.ids[i]!] ?? 1) : 1);
  return size;
}

/**
 * The weighted number of bigrams two profiles share (multiset intersection).
 * @param a one profile
 * @param b the other
 * @param weights per-bigram weights, or undefined for plain counts
 */
export function weightedOverlap(a: Profile, b: Profile, weights: Weights): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      shared += Math.min(a.counts[i]!, b.counts[j]!) * (weights ? (weights[x] ?? 1) : 1);
      i++;
      j++;
    }
  }
  return shared;
}

/**
 * Dice's coefficient of two profiles, 0 (nothing shared) to 1 (the same letters and digits);
 * two empty texts are alike.
 * @param a one profile
 * @param b the other
 * @param weights per-bigram weights, or undefined for plain counts
 */
export function dice(a: Profile, b: Profile, weights: Weights): number {
  const total = weightedSize(a, weights) + weightedSize(b, weights);
  return total === 0 ? 1 : (2 * weightedOverlap(a, b, weights)) / total;
}

/**
 * How much of `part` is found in `whole`, 0 to 1: the share of its weighted bigrams that `whole`
 * also has.
 * @param part the profile of the text looked for
 * @param whole the profile of the text looked in
 * @param weights per-bigram weights, or undefined for plain counts
 */
export function containment(part: Profile, whole: Profile, weights: Weights): number {
  const size = weightedSize(part, weights);
  return size === 0 ? 0 : weightedOverlap(part, whole, weights) / size;
}

/**
 * Plain bigram Dice of two texts, 0–1.
 * @param a one text
 * @param b the other
 */
export function textSimilarity(a: string, b: string): number {
  const vocabulary = new Vocabulary();
  return dice(profile(a, vocabulary), profile(b, vocabulary), undefined);
}
