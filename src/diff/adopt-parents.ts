import { assign } from './assign.js';
import type { AlignState, Group } from './align-state.js';
import type { Unit } from './units.js';

/**
 * Pairs two unpaired parents (nodes with children) most of whose children pair with each other:
 * at least half of either's children have their counterpart under the other.
 * @param state the alignment being built (extended with the pairs found)
 * @returns the new pairs
 */
export function adoptParents(state: AlignState): Group[] {
  const { spec, scorer, alone, alignment } = state;
  const olds = spec.old.filter((unit) => alone(unit) && unit.children.length > 0);
  const news = spec.new.filter((unit) => alone(unit) && unit.children.length > 0);
  if (olds.length === 0 || news.length === 0) return [];
  const newAt = new Map(news.map((unit, k) => [unit, k]));
  // For each old parent, how many of its children have a counterpart under each new parent:
  // found from the children's groups, not by trying every pair of parents.
  const links = olds.map((parent) => {
    const shared = new Map<number, number>();
    for (const child of parent.children) {
      const under = new Set<Unit>();
      for (const other of alignment.get(child)?.new ?? []) if (other.parent && newAt.has(other.parent)) under.add(other.parent);
      for (const p of under) shared.set(newAt.get(p)!, (shared.get(newAt.get(p)!) ?? 0) + 1);
    }
    return shared;
  });
  const pairs = assign(
    olds.length,
    news.length,
    (i, j) => {
      const shared = links[i]!.get(j) ?? 0;
      return shared > 0 && 2 * shared >= olds[i]!.children.length && 2 * shared >= news[j]!.children.length ? shared : null;
    },
    (i) => links[i]!.keys(),
  );
  return pairs.map(([i, j]) => state.record({ how: 'pair', old: [olds[i]!], new: [news[j]!], similarity: scorer.similarity(olds[i]!, news[j]!) }));
}
