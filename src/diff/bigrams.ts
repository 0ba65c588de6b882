/** Counts of the character bigrams of a text. */
export type Bigrams = Map<string, number>;

/**
 * The character bigrams of a text's letters and digits, counted. Punctuation and spaces are
 * left out, so `（一）` against `1.` or a half- against a full-width comma costs nothing; a
 * text of one character is its own single gram. Characters are code points, so a character
 * written with two UTF-16 units is one character.
 * @param text any text
 */
export function bigrams(text: string): Bigrams {
  const chars = Array.from(text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
  const grams: Bigrams = new Map();
  if (chars.length === 1) grams.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** How much one bigram counts; `undefined` weighs every bigram 1. */
export type Weights = Map<string, number> | undefined;

/**
 * Inverse document frequency of every bigram over a set of texts: `ln(1 + N / df)`, so the words
 * every task of a plan shares (推进, 建设, 法治) count less than the ones that name a task.
 * @param texts the bigrams of every text of both editions at one level
 */
export function inverseFrequencies(texts: Bigrams[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const grams of texts) for (const gram of grams.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [gram, count] of df) weights.set(gram, Math.log(1 + texts.length / count));
  return weights;
}

/**
 * The weighted number of bigrams of a text.
 * @param grams its bigrams
 * @param weights per-bigram weights, or undefined for plain counts
 */
export function weightedSize(grams: Bigrams, weights: Weights): number {
  let size = 0;
  for (const [gram, count] of grams) size += count * (weights?.get(gram) ?? 1);
  return size;
}

/**
 * The weighted number of bigrams two texts share (multiset intersection).
 * @param a bigrams of one text
 * @param b bigrams of the other
 * @param weights per-bigram weights, or undefined for plain counts
 */
export function weightedOverlap(a: Bigrams, b: Bigrams, weights: Weights): number {
  if (a.size > b.size) [a, b] = [b, a];
  let shared = 0;
  for (const [gram, count] of a) {
    const other = b.get(gram);
    if (other) shared += Math.min(count, other) * (weights?.get(gram) ?? 1);
  }
  return shared;
}

/**
 * Dice's coefficient of two bigram multisets, 0 (nothing shared) to 1 (the same letters and
 * digits); two empty texts are alike.
 * @param a bigrams of one text
 * @param b bigrams of the other
 * @param weights per-bigram weights, or undefined for plain counts
 */
export function dice(a: Bigrams, b: Bigrams, weights: Weights): number {
  const total = weightedSize(a, weights) + weightedSize(b, weights);
  return total === 0 ? 1 : (2 * weightedOverlap(a, b, weights)) / total;
}

/**
 * How much of `part` is found in `whole`, 0 to 1: the share of its weighted bigrams that `whole`
 * also has. Tells a piece cut out of a longer text from a text that merely resembles it.
 * @param part bigrams of the shorter text
 * @param whole bigrams of the longer text
 * @param weights per-bigram weights, or undefined for plain counts
 */
export function containment(part: Bigrams, whole: Bigrams, weights: Weights): number {
  const size = weightedSize(part, weights);
  return size === 0 ? 0 : weightedOverlap(part, whole, weights) / size;
}
