import type { CandidateIndex } from './candidate-index.js';
import type { Scorer } from './similarity.js';
import { CLEARLY_SAME } from './thresholds.js';
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

/** An alignment being built and the questions its steps ask of it. */
export interface AlignState {
  spec: AlignSpec;
  alignment: Alignment;
  scorer: Scorer;
  /** Whether a unit has no group yet. */
  alone(unit: Unit): boolean;
  /** Records a group for each of its units, and returns it. */
  record(group: Group): Group;
  /** Whether two units (of the two editions) sit under parents that are counterparts. */
  correspond(a: Unit, b: Unit): boolean;
  /**
   * The similarity of a pair when it passes `floor` and is at least as alike as either unit is
   * to the units of its own edition (unless alike beyond `CLEARLY_SAME`), else null.
   */
  acceptable(a: Unit, b: Unit, floor: number): number | null;
  /**
   * The best counterpart a unit has outside a parent being aligned (`inside`, the members of that
   * parent on the other side): among units still alone that are more alike to it than to anything
   * under their own parent's counterpart (a twin in a district that repeats the task is not one).
   */
  elsewhere(unit: Unit, inside: ReadonlySet<Unit>): number;
  /** Units of the other edition at this level that may be alike to a unit. */
  nearAcross(unit: Unit): Unit[];
}

/**
 * The state of an alignment of one level.
 * @param spec the units and their parents
 * @param alignment groups already known; extended in place by `record`
 */
export function alignState(spec: AlignSpec, alignment: Alignment): AlignState {
  const { scorer } = spec;
  const alone = (unit: Unit) => !alignment.has(unit);
  const nearAcross = (unit: Unit): Unit[] => scorer.editionIndex(unit.side === 'old' ? 'new' : 'old').near(unit);
  // How alike a unit is to its best counterpart under the counterpart of its own parent,
  // remembered from the first time it is asked.
  const home = new Map<Unit, number>();
  const homeIndex = new Map<Group, CandidateIndex>();
  const atHome = (unit: Unit): number => {
    let value = home.get(unit);
    if (value !== undefined) return value;
    value = 0;
    const group = unit.parent ? spec.parentGroup(unit.parent, alignment) : undefined;
    if (group) {
      const other = unit.side === 'old' ? 'new' : 'old';
      let index = homeIndex.get(group);
      // One index per group and side: a group's two sides are never asked about the same unit.
      if (!index) homeIndex.set(group, (index = scorer.index(group[other].flatMap(spec.members))));
      for (const candidate of index.near(unit)) if (candidate.kind === unit.kind) value = Math.max(value, scorer.similarity(unit, candidate));
    }
    home.set(unit, value);
    return value;
  };
  return {
    spec,
    alignment,
    scorer,
    alone,
    record(group) {
      for (const unit of [...group.old, ...group.new]) alignment.set(unit, group);
      return group;
    },
    correspond(a, b) {
      const group = a.parent && b.parent ? spec.parentGroup(a.parent, alignment) : undefined;
      return group !== undefined && group === spec.parentGroup(b.parent!, alignment);
    },
    acceptable(a, b, floor) {
      const s = scorer.similarity(a, b);
      // Distinctness costs a search of the edition: asked only when the pair's similarity leaves it open.
      if (s < floor) return null;
      if (s >= CLEARLY_SAME) return s;
      return s >= Math.max(scorer.distinctness(a), scorer.distinctness(b)) ? s : null;
    },
    elsewhere(unit, inside) {
      let max = 0;
      for (const other of nearAcross(unit)) {
        if (!alone(other) || other.kind !== unit.kind || inside.has(other)) continue;
        const s = scorer.similarity(unit, other);
        if (s > max && s > atHome(other)) max = s;
      }
      return max;
    },
    nearAcross,
  };
}

/**
 * The candidates of each old unit among new ones, by position in the lists: the new units its
 * index look-up finds, and the new units whose look-up finds it (so that a pair is a candidate
 * whichever side finds it). Short lists give every pair.
 * @param scorer the level's scorer
 * @param olds old units
 * @param news new units
 * @returns for each old unit (by position), the positions of its candidates among `news`
 */
export function crossCandidates(scorer: Scorer, olds: Unit[], news: Unit[]): number[][] {
  const oldAt = new Map(olds.map((unit, k) => [unit, k]));
  const newAt = new Map(news.map((unit, k) => [unit, k]));
  const newIndex = scorer.index(news);
  const oldIndex = scorer.index(olds);
  const found = olds.map((unit) => newIndex.near(unit).map((other) => newAt.get(other)!));
  news.forEach((unit, j) => {
    for (const other of oldIndex.near(unit)) found[oldAt.get(other)!]!.push(j);
  });
  return found;
}

/** Each unit's relative place in a list, 0 (first) to 1 (last); 0.5 in a list of one. */
export function places(list: Unit[]): Map<Unit, number> {
  return new Map(list.map((unit, k) => [unit, list.length > 1 ? k / (list.length - 1) : 0.5]));
}
