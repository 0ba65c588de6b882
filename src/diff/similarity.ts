import { containment, inverseFrequencies, profile, Vocabulary, weightedOverlap, weightedSize, type Profile, type Weights } from './bigrams.js';
import { TITLE_WEIGHT } from './thresholds.js';
import type { Unit } from './units.js';

/** How alike units of one level are, with the figures the alignment needs, cached. */
export interface Scorer {
  /** Similarity of two units of different editions, 0–1, symmetric. */
  similarity(a: Unit, b: Unit): number;
  /** Similarity of one unit to the joined text of several of the other edition (a split or merge). */
  similarityToAll(one: Unit, several: Unit[]): number;
  /** How many bigrams (letters and digits, less one) a unit's text has. */
  letters(unit: Unit): number;
  /** How much of `whole` is found in the joined text of `parts` (IDF-weighted), 0–1. */
  coverage(whole: Unit, parts: Unit[]): number;
  /**
   * How alike a unit is to the most alike other unit of its own edition (same kind): a pair
   * across editions must be at least this alike to say more than "same plan, same vocabulary".
   */
  distinctness(unit: Unit): number;
}

/** A text's bigram profile and its weighted number of bigrams, computed once. */
interface Sized {
  profile: Profile;
  size: number;
}

interface Grams {
  title: Sized | null;
  /** The title weighted like bodies, for nodes that have both. */
  titleWeighted: Sized | null;
  body: Sized;
  full: Sized;
}

/**
 * A scorer for the units of one level of both editions. Texts are compared by Dice weighted with
 * each bigram's inverse document frequency over both editions, so the vocabulary every task of a
 * plan shares (人工智能 in an AI plan) counts less than the words that name a task; when both units
 * have a title and a body, the title weighs `TITLE_WEIGHT`. Headings without a body (section
 * titles) are compared by plain Dice: they are made of exactly the words the bodies use most, which
 * the weights would discount, and in a short heading every character counts.
 * @param old the units of the old edition at this level
 * @param next the units of the new edition at this level
 */
export function scorer(old: Unit[], next: Unit[]): Scorer {
  const vocabulary = new Vocabulary();
  const weights = inverseFrequencies(
    [...old, ...next].map((unit) => profile(unit.text, vocabulary)),
    vocabulary,
  );
  const sized = (text: string, w: Weights): Sized => {
    const p = profile(text, vocabulary);
    return { profile: p, size: weightedSize(p, w) };
  };
  const grams = new Map<Unit, Grams>();
  const cache = new Map<Unit, Map<Unit, number>>();
  const distinct = new Map<Unit, number>();
  const of = (unit: Unit): Grams => {
    let found = grams.get(unit);
    if (!found) grams.set(unit, (found = { title: unit.title ? sized(unit.title, undefined) : null, titleWeighted: unit.title ? sized(unit.title, weights) : null, body: sized(unit.body, weights), full: sized(unit.text, weights) }));
    return found;
  };
  const dice = (x: Sized, y: Sized, w: Weights) => (x.size + y.size === 0 ? 1 : (2 * weightedOverlap(x.profile, y.profile, w)) / (x.size + y.size));

  const compute = (a: Unit, b: Unit): number => {
    const x = of(a);
    const y = of(b);
    if (x.title && y.title) {
      const bodies = x.body.size > 0 && y.body.size > 0;
      if (bodies) return TITLE_WEIGHT * dice(x.titleWeighted!, y.titleWeighted!, weights) + (1 - TITLE_WEIGHT) * dice(x.body, y.body, weights);
      if (x.body.size === 0 && y.body.size === 0) return dice(x.title, y.title, undefined);
    }
    return dice(x.full, y.full, weights);
  };

  const similarity = (a: Unit, b: Unit): number => {
    // Key the cache by the old side first, so a→b and b→a share one entry.
    const [first, second] = a.side === 'old' ? [a, b] : [b, a];
    let row = cache.get(first);
    if (!row) cache.set(first, (row = new Map()));
    let value = row.get(second);
    if (value === undefined) row.set(second, (value = compute(first, second)));
    return value;
  };

  return {
    similarity,
    similarityToAll(one, several) {
      if (several.length === 1) return similarity(one, several[0]!);
      return dice(of(one).full, sized(several.map((unit) => unit.text).join('\n'), weights), weights);
    },
    letters(unit) {
      return weightedSize(of(unit).full.profile, undefined);
    },
    coverage(whole, parts) {
      const joined = parts.length === 1 ? of(parts[0]!).full.profile : profile(parts.map((unit) => unit.text).join('\n'), vocabulary);
      return containment(of(whole).full.profile, joined, weights);
    },
    distinctness(unit) {
      let value = distinct.get(unit);
      if (value !== undefined) return value;
      value = 0;
      for (const other of unit.side === 'old' ? old : next) {
        if (other === unit || other.kind !== unit.kind) continue;
        value = Math.max(value, compute(unit, other));
      }
      distinct.set(unit, value);
      return value;
    },
  };
}
