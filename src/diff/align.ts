import { assign } from './assign.js';
import type { Scorer } from './similarity.js';
import { BETTER_ELSEWHERE, CLEARLY_SAME, MATCH_MOVED, MATCH_WITHIN, ORDER_BONUS, PIECE_COVERAGE, SPLIT_MIN_LETTERS, TIE_BREAK } from './thresholds.js';
import type { Unit } from './units.js';

/**
 * Units of the two editions taken as one task: a pair, one old unit split into several new ones,
 * or several old units merged into one new one. `similarity` is that of the old text to the new
 * (joined, for a split or merge).
 */
export interface Group {
  how: 'pair' | 'split' | 'merge';
  old: Unit[];
  new: Unit[];
  similarity: number;
}

/** Which group each aligned unit belongs to; a unit in no group was added or removed. */
export type Alignment = Map<Unit, Group>;

/** What to align: the units of one level of both editions and how they hang together. */
export interface AlignSpec {
  /** Every unit of the level in the old edition, in reading order. */
  old: Unit[];
  /** Every unit of the level in the new edition, in reading order. */
  new: Unit[];
  scorer: Scorer;
  /** The units of this level listed under a unit of the level above (its children, or its obligations). */
  members(parent: Unit): Unit[];
  /** Groups of the level above, whose members are aligned with each other first. */
  parents: Group[];
  /** The group of a parent unit: for nodes the alignment being built, for obligations that of the nodes. */
  parentGroup(parent: Unit, alignment: Alignment): Group | undefined;
  /** Whether newly aligned units are themselves parents to align under (nodes: yes). */
  recursive: boolean;
}

/**
 * Aligns the units of one level by content, never by number:
 * 1. inside each pair of corresponding parents, the one-to-one assignment with the best total
 *    similarity (plus a small bonus for keeping the same place), among pairs that pass
 *    `MATCH_WITHIN` and stand out among their siblings, and whose units have no counterpart
 *    under another parent that is better by `BETTER_ELSEWHERE`;
 * 2. among all units still alone, across parents, pairs that pass `MATCH_MOVED` (moves);
 * 3. for nodes, two unpaired parents most of whose children pair with each other are paired too;
 * 4. splits and merges: a unit whose text is spread over several units of the other edition,
 *    each of which would on its own be an acceptable counterpart and covers at least
 *    `PIECE_COVERAGE` of it that the other pieces do not (only for units of at least
 *    `SPLIT_MIN_LETTERS` letters).
 * Each step that finds something sends its new groups through step 1 (for their children) and
 * the steps run again until nothing more is found.
 * @param spec the units and their parents
 * @param alignment groups already known (for nodes, the root pair); extended in place
 */
export function align(spec: AlignSpec, alignment: Alignment = new Map()): Alignment {
  const { scorer } = spec;
  const alone = (unit: Unit) => !alignment.has(unit);
  const record = (group: Group) => {
    for (const unit of [...group.old, ...group.new]) alignment.set(unit, group);
    return group;
  };
  const correspond = (a: Unit, b: Unit) => {
    const group = a.parent && b.parent ? spec.parentGroup(a.parent, alignment) : undefined;
    return group !== undefined && group === spec.parentGroup(b.parent!, alignment);
  };
  // A pair must pass the floor and be at least as alike as either unit is to the units of its own
  // edition, unless it is alike beyond what shared vocabulary explains.
  const acceptable = (a: Unit, b: Unit, floor: number) => {
    const s = scorer.similarity(a, b);
    const bar = Math.min(CLEARLY_SAME, Math.max(scorer.distinctness(a), scorer.distinctness(b)));
    return s >= floor && s >= bar ? s : null;
  };

  // Inside corresponding parents, a pair need only stand out among its siblings: a plan that
  // repeats its tasks per district has twins elsewhere that are as alike as the pair.
  const among = (unit: Unit, siblings: Unit[]) => siblings.reduce((max, other) => (other === unit || other.kind !== unit.kind ? max : Math.max(max, scorer.similarity(unit, other))), 0);
  // How alike a unit is to its best counterpart under the counterpart of its own parent.
  const home = new Map<Unit, number>();
  const atHome = (unit: Unit) => {
    if (!home.has(unit)) {
      const group = unit.parent ? spec.parentGroup(unit.parent, alignment) : undefined;
      const across = group ? group[unit.side === 'old' ? 'new' : 'old'].flatMap(spec.members) : [];
      home.set(unit, across.reduce((max, other) => (other.kind === unit.kind ? Math.max(max, scorer.similarity(unit, other)) : max), 0));
    }
    return home.get(unit)!;
  };
  // The best counterpart a unit has outside the parent being aligned: among units still alone that
  // are more alike to it than to anything under their own parent (a twin in a district that
  // repeats the task is not one).
  const elsewhere = (unit: Unit, inside: Unit[]) =>
    spec[unit.side === 'old' ? 'new' : 'old'].reduce((max, other) => {
      if (!alone(other) || other.kind !== unit.kind || inside.includes(other)) return max;
      const s = scorer.similarity(unit, other);
      return s > max && s > atHome(other) ? s : max;
    }, 0);

  const within = (parent: Group): Group[] => {
    const oldList = parent.old.flatMap(spec.members);
    const newList = parent.new.flatMap(spec.members);
    const olds = oldList.filter(alone);
    const news = newList.filter(alone);
    const place = (list: Unit[], unit: Unit) => (list.length > 1 ? list.indexOf(unit) / (list.length - 1) : 0.5);
    const bestOld = new Map<Unit, number>();
    const bestNew = new Map<Unit, number>();
    const pairs = assign(olds.length, news.length, (i, j) => {
      const a = olds[i]!;
      const b = news[j]!;
      const s = scorer.similarity(a, b);
      const bar = Math.min(CLEARLY_SAME, Math.max(among(a, oldList), among(b, newList)));
      if (s < MATCH_WITHIN || s < bar) return null;
      // A weak pair gives way when either unit has a clearly better counterpart under another parent (it moved).
      if (s < CLEARLY_SAME) {
        if (!bestOld.has(a)) bestOld.set(a, elsewhere(a, newList));
        if (!bestNew.has(b)) bestNew.set(b, elsewhere(b, oldList));
        const better = Math.max(CLEARLY_SAME, s + BETTER_ELSEWHERE);
        if (bestOld.get(a)! >= better || bestNew.get(b)! >= better) return null;
      }
      return s + ORDER_BONUS * (1 - Math.abs(place(oldList, a) - place(newList, b)));
    });
    return pairs.map(([i, j]) => record({ how: 'pair', old: [olds[i]!], new: [news[j]!], similarity: scorer.similarity(olds[i]!, news[j]!) }));
  };

  const moves = (): Group[] => {
    const olds = spec.old.filter(alone);
    const news = spec.new.filter(alone);
    // Equal candidates (a sentence the new edition repeats) go to the one at the nearer place in
    // the document; the tie-break is symmetric, so B→A mirrors A→B.
    const place = (unit: Unit, all: Unit[]) => (all.length > 1 ? unit.order / (all.length - 1) : 0.5);
    const pairs = assign(olds.length, news.length, (i, j) => {
      if (correspond(olds[i]!, news[j]!)) return null;
      const s = acceptable(olds[i]!, news[j]!, MATCH_MOVED);
      return s === null ? null : s + TIE_BREAK * (1 - Math.abs(place(olds[i]!, spec.old) - place(news[j]!, spec.new)));
    });
    return pairs.map(([i, j]) => record({ how: 'pair', old: [olds[i]!], new: [news[j]!], similarity: scorer.similarity(olds[i]!, news[j]!) }));
  };

  const adoptParents = (): Group[] => {
    const olds = spec.old.filter((unit) => alone(unit) && unit.children.length > 0);
    const news = spec.new.filter((unit) => alone(unit) && unit.children.length > 0);
    const links = (a: Unit, b: Unit) => a.children.filter((child) => b.children.some((other) => alignment.get(child)?.new.includes(other))).length;
    const pairs = assign(olds.length, news.length, (i, j) => {
      const shared = links(olds[i]!, news[j]!);
      return shared > 0 && 2 * shared >= olds[i]!.children.length && 2 * shared >= news[j]!.children.length ? shared : null;
    });
    return pairs.map(([i, j]) => record({ how: 'pair', old: [olds[i]!], new: [news[j]!], similarity: scorer.similarity(olds[i]!, news[j]!) }));
  };

  const pieces = (from: 'old' | 'new'): Group[] => {
    const found: Group[] = [];
    const to = from === 'old' ? 'new' : 'old';
    for (const whole of spec[from]) {
      const current = alignment.get(whole);
      if ((current && current.how !== 'pair') || scorer.letters(whole) < SPLIT_MIN_LETTERS) continue;
      const partner = current?.[to][0];
      const parentGroup = whole.parent ? spec.parentGroup(whole.parent, alignment) : undefined;
      const scope = new Set<Unit>([...(parentGroup?.[to].flatMap(spec.members) ?? []), ...(partner?.parent ? spec.members(partner.parent) : [])]);
      // A piece on its own would have been an acceptable counterpart, had the whole been free.
      const candidates = [...scope].filter((unit) => alone(unit) && acceptable(whole, unit, MATCH_WITHIN) !== null);
      if (candidates.length === 0) continue;
      const cover = (parts: Unit[]) => scorer.coverage(whole, [...parts].sort((a, b) => a.order - b.order));
      let parts = partner ? [partner] : [];
      for (;;) {
        const base = parts.length ? cover(parts) : 0;
        const next = candidates
          .filter((unit) => !parts.includes(unit))
          .map((unit) => ({ unit, gain: cover([...parts, unit]) - base }))
          .sort((a, b) => b.gain - a.gain || a.unit.order - b.unit.order)[0];
        if (!next || next.gain < PIECE_COVERAGE) break;
        parts = [...parts, next.unit];
      }
      // Every piece must bring a share of the whole that the others lack.
      if (parts.length < 2 || parts.some((unit) => cover(parts) - cover(parts.filter((other) => other !== unit)) < PIECE_COVERAGE)) continue;
      parts.sort((a, b) => a.order - b.order);
      const similarity = scorer.similarityToAll(whole, parts);
      const group: Group = from === 'old' ? { how: 'split', old: [whole], new: parts, similarity } : { how: 'merge', old: parts, new: [whole], similarity };
      found.push(record(group));
    }
    return found;
  };

  const queue = [...spec.parents];
  for (;;) {
    while (queue.length > 0) {
      const found = within(queue.shift()!);
      if (spec.recursive) queue.push(...found);
    }
    const found = [...moves()];
    if (found.length === 0 && spec.recursive) found.push(...adoptParents());
    if (found.length === 0) found.push(...pieces('old'), ...pieces('new'));
    if (found.length === 0) break;
    if (spec.recursive) queue.push(...found);
  }
  return alignment;
}
