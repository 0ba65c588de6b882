import { assign } from './assign.js';
import { crossCandidates, places, type AlignState, type Group } from './align-state.js';
import type { CandidateIndex } from './candidate-index.js';
import { BETTER_ELSEWHERE, CLEARLY_SAME, MATCH_WITHIN, ORDER_BONUS } from './thresholds.js';
import type { Unit } from './units.js';

/**
 * Pairs the members of one pair of corresponding parents: the one-to-one assignment with the best
 * total similarity (plus a small bonus for keeping the same place), among pairs that pass
 * `MATCH_WITHIN` and stand out among their siblings, and whose units have no counterpart under
 * another parent that is better by `BETTER_ELSEWHERE`.
 * @param state the alignment being built (extended with the pairs found)
 * @param parent the group of parents
 * @returns the new pairs
 */
export function pairWithin(state: AlignState, parent: Group): Group[] {
  const { spec, scorer, alone } = state;
  const oldList = parent.old.flatMap(spec.members);
  const newList = parent.new.flatMap(spec.members);
  const same = pairSameText(state, oldList.filter(alone), newList.filter(alone));
  const olds = oldList.filter(alone);
  const news = newList.filter(alone);
  if (olds.length === 0 || news.length === 0) return same;
  const oldPlace = places(oldList);
  const newPlace = places(newList);
  const oldInside = new Set(oldList);
  const newInside = new Set(newList);
  // Inside corresponding parents, a pair need only stand out among its siblings: a plan that
  // repeats its tasks per district has twins elsewhere that are as alike as the pair.
  const siblings = { old: scorer.index(oldList), new: scorer.index(newList) };
  const among = new Map<Unit, number>();
  const standOut = (unit: Unit, index: CandidateIndex) => {
    let value = among.get(unit);
    if (value === undefined) {
      value = 0;
      for (const other of index.near(unit)) if (other.kind === unit.kind) value = Math.max(value, scorer.similarity(unit, other));
      among.set(unit, value);
    }
    return value;
  };
  const bestOld = new Map<Unit, number>();
  const bestNew = new Map<Unit, number>();
  const candidates = crossCandidates(scorer, olds, news);
  const pairs = assign(
    olds.length,
    news.length,
    (i, j) => {
      const a = olds[i]!;
      const b = news[j]!;
      const s = scorer.similarity(a, b);
      if (s < MATCH_WITHIN) return null;
      const bar = Math.min(CLEARLY_SAME, Math.max(standOut(a, siblings.old), standOut(b, siblings.new)));
      if (s < bar) return null;
      // A weak pair gives way when either unit has a clearly better counterpart under another parent (it moved).
      if (s < CLEARLY_SAME) {
        if (!bestOld.has(a)) bestOld.set(a, state.elsewhere(a, newInside));
        if (!bestNew.has(b)) bestNew.set(b, state.elsewhere(b, oldInside));
        const better = Math.max(CLEARLY_SAME, s + BETTER_ELSEWHERE);
        if (bestOld.get(a)! >= better || bestNew.get(b)! >= better) return null;
      }
      return s + ORDER_BONUS * (1 - Math.abs(oldPlace.get(a)! - newPlace.get(b)!));
    },
    (i) => candidates[i]!,
  );
  return [...same, ...pairs.map(([i, j]) => state.record({ how: 'pair', old: [olds[i]!], new: [news[j]!], similarity: scorer.similarity(olds[i]!, news[j]!) }))];
}

/**
 * Pairs, before any comparison, the members whose text is the same and found once on each side
 * of the parents (of the same kind): the assignment would pair them anyway, as nothing is more
 * alike than the same text, and most of a yearly edition is unchanged, so the weighing below is
 * left with the few members that changed.
 * @param state the alignment being built (extended with the pairs found)
 * @param olds old members still alone
 * @param news new members still alone
 * @returns the new pairs
 */
export function pairSameText(state: AlignState, olds: Unit[], news: Unit[]): Group[] {
  const once = (list: Unit[]) => {
    const seen = new Map<string, Unit | null>();
    for (const unit of list) seen.set(unit.text, seen.has(unit.text) ? null : unit);
    return seen;
  };
  const newByText = once(news);
  const found: Group[] = [];
  for (const [text, unit] of once(olds)) {
    const other = newByText.get(text);
    if (!unit || !other || other.kind !== unit.kind || !text.trim()) continue;
    found.push(state.record({ how: 'pair', old: [unit], new: [other], similarity: 1 }));
  }
  return found;
}
