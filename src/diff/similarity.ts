import { containment, inverseFrequencies, profile, Vocabulary, weightedOverlap, weightedSize, type Profile, type Weights } from './bigrams.js';
import { candidateIndex, rarestGrams, type CandidateIndex } from './candidate-index.js';
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
  /** An index of a list of units of this level, to find the ones that may be alike to a unit without comparing it with all. */
  index(units: Unit[]): CandidateIndex;
  /** The index of every unit of one edition at this level, made once. */
  editionIndex(side: 'old' | 'new'): CandidateIndex;
}

/** A text's bigram profile and its weighted number of bigrams, computed once. */
interface Sized {
  profile: Profile;
  size: number;
}

interface Grams {
  title?: Sized | null;
  /** The title weighted like bodies, for nodes that have both. */
  titleWeighted?: Sized | null;
  body?: Sized;
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
  const units = [...old, ...next];
  const fullProfiles = units.map((unit) => profile(unit.text, vocabulary));
  const weights = inverseFrequencies(fullProfiles, vocabulary);
  const sized = (text: string, w: Weights): Sized => {
    const p = profile(text, vocabulary);
    return { profile: p, size: weightedSize(p, w) };
  };
  // The whole text's profile was made for the weights; titles and bodies are profiled when first compared.
  const grams = new Map<Unit, Grams>(units.map((unit, k) => [unit, { full: { profile: fullProfiles[k]!, size: weightedSize(fullProfiles[k]!, weights) } }]));
  const cache = new Map<Unit, Map<Unit, number>>();
  const distinct = new Map<Unit, number>();
  const editions = new Map<'old' | 'new', CandidateIndex>();
  const of = (unit: Unit): Grams => {
    let found = grams.get(unit);
    if (!found) grams.set(unit, (found = { full: sized(unit.text, weights) }));
    return found;
  };
  const parts = (unit: Unit): Required<Grams> => {
    const found = of(unit);
    if (found.body === undefined) {
      // One profile of the title, sized twice: plain for headings, weighted beside a body.
      const title = unit.title ? profile(unit.title, vocabulary) : null;
      found.title = title ? { profile: title, size: weightedSize(title, undefined) } : null;
      found.titleWeighted = title ? { profile: title, size: weightedSize(title, weights) } : null;
      found.body = sized(unit.body, weights);
    }
    return found as Required<Grams>;
  };
  const keys = new Map<Unit, number[]>();
  const keysOf = (unit: Unit) => {
    let found = keys.get(unit);
    if (!found) keys.set(unit, (found = rarestGrams(of(unit).full.profile, weights)));
    return found;
  };
  const index = (list: Unit[]) => candidateIndex(list, keysOf, (unit) => of(unit).full.size, weights);
  const editionIndex = (side: 'old' | 'new') => {
    let found = editions.get(side);
    if (!found) editions.set(side, (found = index(side === 'old' ? old : next)));
    return found;
  };
  const dice = (x: Sized, y: Sized, w: Weights) => (x.size + y.size === 0 ? 1 : (2 * weightedOverlap(x.profile, y.profile, w)) / (x.size + y.size));

  const compute = (a: Unit, b: Unit): number => {
    if (a.title && b.title) {
      const x = parts(a);
      const y = parts(b);
      const bodies = x.body.size > 0 && y.body.size > 0;
      if (bodies) return TITLE_WEIGHT * dice(x.titleWeighted!, y.titleWeighted!, weights) + (1 - TITLE_WEIGHT) * dice(x.body, y.body, weights);
      if (x.body.size === 0 && y.body.size === 0) return dice(x.title!, y.title!, undefined);
    }
    return dice(of(a).full, of(b).full, weights);
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
    index,
    editionIndex,
    distinctness(unit) {
      let value = distinct.get(unit);
      if (value !== undefined) return value;
      value = 0;
      for (const other of editionIndex(unit.side).near(unit)) {
        if (other === unit || other.kind !== unit.kind) continue;
        value = Math.max(value, compute(unit, other));
      }
      distinct.set(unit, value);
      return value;
    },
  };
}
