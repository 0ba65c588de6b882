import type { Deadline, FieldChange, Obligation } from '../model/index.js';
import type { Unit } from './units.js';

/** A year as plans write it before 年 (`2022年`, `2022年度`): four digits, 19xx or 20xx. */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?=\s*年)/gu;

/** Between the items of one side of a field change, as the CSV and the task table write lists. */
const LIST_SEPARATOR = '；';

/** The years of two editions, when both are known and differ: the old edition's year in its text stands for the new one's. */
export type Rollover = { from: number; to: number } | null;

/**
 * A text with the old edition's year written as the new one's (`2022年度` → `2023年度`): what an
 * old task says once the year has rolled over. Other years stay: a period such as `2021—2023年`
 * does not move with the edition.
 * @param text the old text
 * @param rollover the editions' years, or null (the text is left alone)
 */
export function rollOver(text: string, rollover: Rollover): string {
  return rollover === null ? text : text.replace(YEAR, (year) => (Number(year) === rollover.from ? String(rollover.to) : year));
}

/**
 * The changes of a matched task's fields, old against new: targets, deadlines, lead and partner
 * units, cited documents, modality, and the yearly rollover. The old edition's year is read as
 * the new one's before comparing, so that `2022年6月底` → `2023年6月底` is the rollover, not a
 * moved deadline. A node's fields are those of its obligations.
 * @param old the old units of the record
 * @param next the new units of the record
 * @param rollover the editions' years, or null
 */
export function fieldChanges(old: Unit[], next: Unit[], rollover: Rollover): FieldChange[] {
  if (old.length === 0 || next.length === 0) return [];
  const before = obligationsOf(old);
  const after = obligationsOf(next);
  const changes: FieldChange[] = [];
  const compare = (field: FieldChange['field'], a: string[], b: string[]) => {
    const onlyOld = unique(a).filter((value) => !b.includes(value));
    const onlyNew = unique(b).filter((value) => !a.includes(value));
    if (onlyOld.length || onlyNew.length) changes.push({ field, old: onlyOld.join(LIST_SEPARATOR), new: onlyNew.join(LIST_SEPARATOR) });
  };
  const rolled = (text: string) => rollOver(text, rollover);
  compare(
    'target',
    before.flatMap((o) => o.targets.map((t) => rolled(t.text))),
    after.flatMap((o) => o.targets.map((t) => t.text)),
  );
  compare(
    'deadline',
    before.flatMap((o) => (o.deadline ? [normalDeadline(o.deadline, rollover)] : [])),
    after.flatMap((o) => (o.deadline ? [normalDeadline(o.deadline, null)] : [])),
  );
  compare('leads', before.flatMap((o) => o.leads), after.flatMap((o) => o.leads));
  compare('partners', before.flatMap((o) => o.partners), after.flatMap((o) => o.partners));
  compare('references', before.flatMap((o) => o.references.map(rolled)), after.flatMap((o) => o.references));
  compare('modality', before.map((o) => o.modality), after.map((o) => o.modality));
  const oldText = old.map((unit) => unit.text).join('\n');
  const newText = next.map((unit) => unit.text).join('\n');
  const years = (text: string) => unique([...text.matchAll(YEAR)].map((match) => match[1]!));
  if (rollover && years(oldText).includes(String(rollover.from)) && years(newText).includes(String(rollover.to)) && !years(newText).includes(String(rollover.from))) {
    changes.push({ field: 'rollover', old: String(rollover.from), new: String(rollover.to) });
  }
  return changes;
}

/** The obligations a record's units hold: an obligation's own, or those of a node. */
function obligationsOf(units: Unit[]): Obligation[] {
  return units.flatMap((unit) => (unit.obligation ? [unit.obligation] : unit.obligations.flatMap((o) => (o.obligation ? [o.obligation] : []))));
}

/** A deadline as year, month and 底/前, so that `6月底前完成` and `6月底前` are one deadline; the old edition's year read as the new one's. */
function normalDeadline(deadline: Deadline, rollover: Rollover): string {
  const year = deadline.year === null ? '' : `${rollover && deadline.year === rollover.from ? rollover.to : deadline.year}年`;
  const month = deadline.month === null ? '' : `${deadline.month}月`;
  const end = /底/u.test(deadline.text) ? '底' : '';
  const before = /前/u.test(deadline.text) ? '前' : '';
  const normal = `${year}${month}${end}${before}`;
  return normal && (deadline.year !== null || deadline.month !== null) ? normal : rollOver(deadline.text, rollover);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
