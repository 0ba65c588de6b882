import type { Change, ChangeKind, ChangeSide } from '../model/index.js';
import type { Alignment, Group } from './align.js';
import type { Unit } from './units.js';
import { LOW_CONFIDENCE } from './thresholds.js';
import { fieldChanges, rollOver, type Rollover } from './task-fields.js';
import { wording } from './wording.js';

/** Texts are the same when they differ only in spaces or in character width (`（` and `(`, `１` and `1`). */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * The change records of one level, in reading order of the new edition (a removed unit right
 * after the unit that preceded it in the old one). Every unit is in exactly one record.
 * @param old the units of the old edition at this level, in reading order
 * @param next the units of the new edition at this level, in reading order
 * @param alignment the groups found for them
 * @param correspond whether two parents (of the two editions) are counterparts
 * @param prefix the id prefix: `n` for nodes, `o` for obligations
 * @param withWording whether to compute inline wording changes
 * @param rollover the editions' years (null when either is unknown or they are equal): the old
 *   year written as the new one is a rollover, not a rewording
 */
export function changeRecords(
  old: Unit[],
  next: Unit[],
  alignment: Alignment,
  correspond: (a: Unit, b: Unit) => boolean,
  prefix: string,
  withWording: boolean,
  rollover: Rollover = null,
): Array<Change & { units: Group }> {
  const alone = new Map<Unit, Group>();
  const groupOf = (unit: Unit): Group => {
    let group = alignment.get(unit) ?? alone.get(unit);
    if (!group) alone.set(unit, (group = { how: 'pair', old: unit.side === 'old' ? [unit] : [], new: unit.side === 'new' ? [unit] : [], similarity: 0 }));
    return group;
  };
  const groups = [...new Set([...next, ...old].map(groupOf))];
  // Reading order: by the first new unit. A removed node goes after the counterpart (and all
  // that is under it) of its nearest earlier sibling that stayed in place, else right after its
  // parent's counterpart; a removed obligation after the last obligation before it that stayed.
  const stayed = (unit: Unit): Unit | null => {
    const group = alignment.get(unit);
    return group && group.new.length && (group.how !== 'pair' || correspond(unit, group.new[0]!)) ? group.new.at(-1)! : null;
  };
  const end = (unit: Unit): number => {
    let last = unit;
    while (last.children.length) last = last.children.at(-1)!;
    return last.order;
  };
  // Up the parents with a loop of its own, so that a crafted edition nested thousands of levels
  // deep cannot overflow the stack; a unit's place is its index (attachments hang after the body).
  const anchorOf = (start: Unit): number => {
    for (let unit = start; ; ) {
      const siblings = unit.parent?.children ?? [];
      const at = siblings[unit.index] === unit ? unit.index : siblings.indexOf(unit);
      for (let k = at - 1; k >= 0; k--) {
        const counterpart = stayed(siblings[k]!);
        if (counterpart) return end(counterpart);
      }
      if (!unit.parent || unit.parent.kind === 'root') return -1;
      const parent = alignment.get(unit.parent);
      if (parent?.new.length) return parent.new[0]!.order;
      unit = unit.parent;
    }
  };
  const key = new Map<Group, [number, number]>();
  let latest = -1;
  for (const group of groups) if (group.new.length) key.set(group, [group.new[0]!.order, 0]);
  for (const unit of old) {
    const group = groupOf(unit);
    if (group.new.length === 0) key.set(group, [(unit.level === 'node' ? anchorOf(unit) : latest) + 0.5, unit.order]);
    else if (stayed(unit)) latest = group.new[0]!.order;
  }
  groups.sort((a, b) => key.get(a)![0] - key.get(b)![0] || key.get(a)![1] - key.get(b)![1]);
  return groups.map((group, i) => record(group, `${prefix}${i + 1}`, correspond, withWording, rollover));
}

function record(group: Group, id: string, correspond: (a: Unit, b: Unit) => boolean, withWording: boolean, rollover: Rollover): Change & { units: Group } {
  const oldText = group.old.map((unit) => unit.text).join('\n');
  const newText = group.new.map((unit) => unit.text).join('\n');
  const paired = group.old.length > 0 && group.new.length > 0;
  // A text whose only change is the rollover of its years (2022年度 → 2023年度) is not reworded.
  const reworded = paired && !sameText(oldText, newText) && !sameText(rollOver(oldText, rollover), newText);
  const renumbered = paired && !group.new.some((unit) => group.old.some((other) => sameText(unit.num ?? '', other.num ?? '')));
  let kind: ChangeKind;
  if (!paired) kind = group.old.length ? 'removed' : 'added';
  else if (group.how === 'split') kind = 'split';
  else if (group.how === 'merge') kind = 'merged';
  else if (!correspond(group.old[0]!, group.new[0]!)) kind = 'moved';
  else kind = reworded ? 'reworded' : renumbered ? 'renumbered' : 'unchanged';
  return {
    id,
    level: group.old[0]?.level ?? group.new[0]!.level,
    kind,
    old: group.old.map(side),
    new: group.new.map(side),
    // Reworded text is never shown as wholly alike, even when its bigrams are (two units swapped).
    similarity: paired ? (reworded ? Math.min(MAX_REWORDED, round(group.similarity)) : 1) : null,
    renumbered,
    reworded,
    within: null,
    wording: withWording && reworded ? wording(oldText, newText) : null,
    lowConfidence: paired && group.similarity < LOW_CONFIDENCE,
    fields: paired ? fieldChanges(group.old, group.new, rollover) : [],
    units: group,
  };
}

/** One side of a record, as the report shows it. */
export function side(unit: Unit): ChangeSide {
  return { eId: unit.eId, kind: unit.kind === 'root' ? 'section' : unit.kind, num: unit.num, path: unit.path, label: unit.label, text: unit.text, position: unit.position };
}

/** The highest similarity a reworded record shows: at 1.00 a reader would see no change. */
const MAX_REWORDED = 0.99;

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
