import { assign } from './assign.js';
import type { Alignment, Group } from './align-state.js';
import type { Scorer } from './similarity.js';
import { MEMBERS_FOLLOWED, MEMBERS_FOLLOWED_FEWEST } from './thresholds.js';
import type { Unit } from './units.js';

/**
 * Pairs nodes that the node alignment left alone on both sides by where their sentences went:
 * an old node and a new node are one task when at least `MEMBERS_FOLLOWED` of the smaller one's
 * obligations (and at least `MEMBERS_FOLLOWED_FEWEST`) are matched with obligations of the
 * other. A long prose section whose title was rewritten (`进一步释放国内需求潜力` →
 * `积极扩大消费和促进有效投资`) shares too few words with its counterpart to pass as a node, while
 * its sentences find their counterparts one by one. Each old node gets at most one new node (the
 * one-to-one assignment with the largest shares; equal shares go to the more alike title), unless
 * its sentences went to several nodes that took sentences from no other node: then it was split
 * (and, the other way round, several nodes whose sentences all went to one were merged).
 * @param olds the old edition's nodes
 * @param news the new edition's nodes
 * @param nodes the node alignment (read only)
 * @param obligations the obligation alignment made under it
 * @param scorer the node scorer, for the similarity of the pairs made and for ties
 * @returns the new pairs, splits and merges, not yet recorded
 */
export function pairByMembers(olds: Unit[], news: Unit[], nodes: Alignment, obligations: Alignment, scorer: Scorer): Group[] {
  const alone = (unit: Unit) => unit.kind !== 'root' && !nodes.has(unit) && unit.obligations.length > 0;
  const rows = olds.filter(alone);
  const columns = news.filter(alone);
  if (rows.length === 0 || columns.length === 0) return [];
  const at = new Map(columns.map((unit, k) => [unit, k]));
  // For each old node, how many of its obligations are matched under each new node still alone.
  const links = rows.map((node) => {
    const shared = new Map<number, number>();
    for (const obligation of node.obligations) {
      const under = new Set<number>();
      for (const other of obligations.get(obligation)?.new ?? []) {
        const k = other.parent ? at.get(other.parent) : undefined;
        if (k !== undefined) under.add(k);
      }
      for (const k of under) shared.set(k, (shared.get(k) ?? 0) + 1);
    }
    return shared;
  });
  const qualifies = (i: number, j: number): number | null => {
    const shared = links[i]!.get(j) ?? 0;
    const share = shared / Math.min(rows[i]!.obligations.length, columns[j]!.obligations.length);
    return shared < MEMBERS_FOLLOWED_FEWEST || share < MEMBERS_FOLLOWED ? null : share;
  };
  // Which nodes each node's sentences followed far enough.
  const oldTo = rows.map((_, i) => [...links[i]!.keys()].filter((j) => qualifies(i, j) !== null).sort((a, b) => a - b));
  const newFrom = columns.map(() => [] as number[]);
  oldTo.forEach((list, i) => list.forEach((j) => newFrom[j]!.push(i)));
  const groups: Group[] = [];
  const taken = { old: new Set<number>(), new: new Set<number>() };
  const similarityTo = (one: Unit, several: Unit[]) => scorer.similarityToAll(one, several);
  // A node whose sentences went to several nodes that took sentences from no other: a split (and the mirror, a merge).
  oldTo.forEach((list, i) => {
    if (list.length < 2 || list.some((j) => newFrom[j]!.length !== 1)) return;
    const parts = list.map((j) => columns[j]!);
    groups.push({ how: 'split', old: [rows[i]!], new: parts, similarity: similarityTo(rows[i]!, parts) });
    taken.old.add(i);
    list.forEach((j) => taken.new.add(j));
  });
  newFrom.forEach((list, j) => {
    if (list.length < 2 || list.some((i) => oldTo[i]!.length !== 1)) return;
    const parts = list.map((i) => rows[i]!);
    groups.push({ how: 'merge', old: parts, new: [columns[j]!], similarity: similarityTo(columns[j]!, parts) });
    taken.new.add(j);
    list.forEach((i) => taken.old.add(i));
  });
  const pairs = assign(
    rows.length,
    columns.length,
    (i, j) => {
      const share = taken.old.has(i) || taken.new.has(j) ? null : qualifies(i, j);
      // The similarity (at most 1) only orders equal shares: a share differs by at least 1/(obligations) ≫ it.
      return share === null ? null : share + 1e-3 * scorer.similarity(rows[i]!, columns[j]!);
    },
    (i) => links[i]!.keys(),
  );
  for (const [i, j] of pairs) groups.push({ how: 'pair', old: [rows[i]!], new: [columns[j]!], similarity: scorer.similarity(rows[i]!, columns[j]!) });
  return groups;
}
