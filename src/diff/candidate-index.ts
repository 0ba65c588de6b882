import type { Profile } from './bigrams.js';
import type { Unit } from './units.js';

/*
 * The numbers that bound the work of finding counterparts. A list no longer than
 * `EXHAUSTIVE_UP_TO` is searched whole, so plans of ordinary size are aligned exactly as by
 * comparing every pair; longer lists go through an inverted index of rare bigrams.
 */

/**
 * Longest list searched whole: 256 units make at most 65,536 comparisons (a few milliseconds),
 * and every plan of the corpus but the government work reports has fewer nodes than that.
 */
export const EXHAUSTIVE_UP_TO = 256;

/**
 * How many of a unit's rarest bigrams are looked up: all of a sentence's (an obligation has 20–60
 * bigrams), the most telling of a long node's. With 16 the candidates of the work reports'
 * sentences missed the sibling most alike often enough to change 30 of 2,600 records.
 */
export const KEY_GRAMS = 48;

/**
 * How many candidates a unit is compared with, best first by the weight of the rare bigrams it
 * shares with them: more than the siblings a task has twins among in a templated plan (a task
 * repeated for each of a dozen districts).
 */
export const CANDIDATES = 24;

/**
 * Most index entries read for one unit: a unit whose rarest bigrams are still common (a short
 * heading of a plan's stock words) reads the lists of its rarest first and stops here, so no
 * look-up costs more than a bounded number of steps whatever the size of the edition.
 */
export const MOST_ENTRIES_READ = 4096;

/** The units of one list that may be alike to a given unit. */
export interface CandidateIndex {
  /**
   * Units of the list that may be alike to `unit` (never `unit` itself), best first: the whole
   * list when it is short, else at most `CANDIDATES` that share its rarest bigrams.
   */
  near(unit: Unit): Unit[];
}

/**
 * An index over a list of units of one level, by their bigrams.
 * @param units the list
 * @param keysOf a unit's rarest bigrams (see `rarestGrams`), remembered by the caller
 * @param sizeOf a unit's weighted number of bigrams, so that candidates rank by about their Dice coefficient, not by length
 * @param weights each bigram's weight by id (inverse document frequency over the level): higher is rarer
 */
export function candidateIndex(units: Unit[], keysOf: (unit: Unit) => number[], sizeOf: (unit: Unit) => number, weights: Float64Array): CandidateIndex {
  if (units.length <= EXHAUSTIVE_UP_TO) return { near: (unit) => units.filter((other) => other !== unit) };
  // Each unit is listed under its rarest bigrams only: what two alike texts share most surely
  // (a sentence's are all of its bigrams), and a third of a long node's. The lists are laid end
  // to end in one array (`start[id]` to `start[id + 1]`), built in two passes without a map.
  // Bigrams first seen after the weights were made (none, for units of the scorer's editions) have no list.
  const keys = units.map((unit) => keysOf(unit).filter((id) => id < weights.length));
  const start = new Int32Array(weights.length + 1);
  for (const list of keys) for (const id of list) start[id + 1]!++;
  for (let id = 0; id < weights.length; id++) start[id + 1]! += start[id]!;
  const entries = new Int32Array(start[weights.length]!);
  const filled = start.slice(0, weights.length);
  keys.forEach((list, k) => {
    for (const id of list) entries[filled[id]!++] = k;
  });
  const score = new Float64Array(units.length);
  return {
    near(unit) {
      const touched: number[] = [];
      let read = 0;
      for (const id of keysOf(unit)) {
        if (id >= weights.length) continue;
        for (let p = start[id]!; p < start[id + 1]!; p++) {
          const k = entries[p]!;
          if (score[k] === 0) touched.push(k);
          score[k] = score[k]! + weights[id]!;
          if (++read >= MOST_ENTRIES_READ) break;
        }
        if (read >= MOST_ENTRIES_READ) break;
      }
      // The best `CANDIDATES` by shared weight over the two sizes (about their Dice coefficient),
      // kept in order as they come, without sorting every unit touched.
      const size = sizeOf(unit);
      const best: Array<{ k: number; rank: number }> = [];
      for (const k of touched) {
        if (units[k] === unit) continue;
        const rank = score[k]! / (size + sizeOf(units[k]!) || 1);
        if (best.length === CANDIDATES && !better(rank, k, best.at(-1)!)) continue;
        let at = best.length;
        while (at > 0 && better(rank, k, best[at - 1]!)) at--;
        best.splice(at, 0, { k, rank });
        if (best.length > CANDIDATES) best.pop();
      }
      const found = best.map(({ k }) => units[k]!);
      for (const k of touched) score[k] = 0;
      return found;
    },
  };
}

/** Whether a candidate ranks before another: higher rank, then earlier in the list. */
function better(rank: number, k: number, than: { k: number; rank: number }): boolean {
  return rank > than.rank || (rank === than.rank && k < than.k);
}

/**
 * The ids of a profile's `KEY_GRAMS` rarest bigrams, rarest first (ties by id, so the choice is deterministic).
 * @param profile a unit's profile
 * @param weights each bigram's weight by id: higher is rarer
 */
export function rarestGrams(profile: Profile, weights: Float64Array): number[] {
  // The comparison answers -1, 1 or a difference of ids, never a difference of weights: a
  // fractional answer is a new heap number per comparison, and a long node's thousands of bigrams
  // made the diff of a 4,000-item edition allocate 130 MB here.
  const ids = profile.ids.slice().sort((a, b) => (weights[a]! > weights[b]! ? -1 : weights[a]! < weights[b]! ? 1 : a - b));
  const rarest: number[] = [];
  for (let k = 0; k < Math.min(KEY_GRAMS, ids.length); k++) rarest.push(ids[k]!);
  return rarest;
}
