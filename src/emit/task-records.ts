import { partsOf } from '../model/walk.js';
import { eachTask, LIST_SEPARATOR, placeCells } from './each-task.js';
import type { Document } from '../model/index.js';

/**
 * Every field of the task table (任务分解表), one record per obligation: the CSV's columns and
 * those it leaves out (actions, the normalised deadline, targets, modality, cited documents, the
 * unit notes). Lists are joined by `；` as in the CSV; numbers and booleans stay typed; what the
 * plan does not give (an empty list, no deadline) is null, an empty cell.
 */
export const TASK_FIELDS = [
  'document',
  'year',
  'part',
  'section',
  'section_title',
  'kind',
  'number',
  'label',
  'obligation',
  'text',
  'actions',
  'leads',
  'partners',
  'deadline',
  'deadline_year',
  'deadline_month',
  'deadline_ongoing',
  'targets',
  'target_quantities',
  'modality',
  'references',
  'notes',
] as const;

/** One field's name. */
export type TaskField = (typeof TASK_FIELDS)[number];

/** One row of the task table: a string, a number, a boolean, or null for a value the plan does not give. */
export type TaskRecord = Record<TaskField, string | number | boolean | null>;

/** The tasks of one part of a document: the main text (part 0) or an attachment. */
export interface PartTasks {
  /** `''` for the main text, `att_1`, `att_2` … for the attachments, as the CSV's `part` column. */
  part: string;
  /** The attachment's title; the document's for the main text. */
  title: string | null;
  records: TaskRecord[];
}


/**
 * The task table of a document, part by part (the main text, then each attachment), in reading order.
 * @param document a compiled document
 */
export function taskRecords(document: Document): PartTasks[] {
  const parts: PartTasks[] = partsOf(document).map((part, index) => ({ part: index === 0 ? '' : `att_${index}`, title: part.title, records: [] }));
  for (const place of eachTask(document)) {
    const { partIndex, obligation } = place;
    const { deadline } = obligation;
    const where = placeCells(place);
    parts[partIndex]!.records.push({
      document: document.id,
      year: document.year,
      part: parts[partIndex]!.part || null,
      section: where.section,
      section_title: where.section_title,
      kind: where.kind,
      number: where.number,
      label: where.label,
      obligation: obligation.eId,
      text: obligation.text,
      actions: joined(obligation.actions),
      leads: joined(obligation.leads),
      partners: joined(obligation.partners),
      deadline: deadline?.text ?? null,
      deadline_year: deadline?.year ?? null,
      deadline_month: deadline?.month ?? null,
      deadline_ongoing: deadline ? deadline.ongoing : null,
      targets: joined(obligation.targets.map((target) => target.text)),
      target_quantities: joined(obligation.targets.flatMap((target) => target.quantity ?? [])),
      modality: obligation.modality,
      references: joined(obligation.references),
      notes: joined(obligation.notes.map((note) => note.text)),
    });
  }
  return parts;
}

/** A list as one cell, or null when it is empty. */
function joined(items: string[]): string | null {
  return items.length ? items.join(LIST_SEPARATOR) : null;
}
