import * as z from 'zod';
import { Position } from './position.js';

/**
 * When a task is due, as written (`2022年底前`, `6月底前完成`, `持续推进`), with the year and
 * month when the text names them (`年底` is month 12, `上半年` month 6), and whether the task
 * runs on (`持续推进`, `长期坚持`, `5月底取得明显成效并持续推进`).
 */
export const Deadline = z
  .object({
    text: z.string(),
    year: z.int().nullable(),
    month: z.int().min(1).max(12).nullable(),
    ongoing: z.boolean(),
  })
  .meta({ id: 'Deadline' });
export type Deadline = z.infer<typeof Deadline>;

/**
 * A quantity the task must reach, with the words around it: the clause that holds it
 * (`实现县级以上党政主要负责人“述法”全覆盖`, `…不应少于本单位执法人员总数的5%`), and the
 * quantity as written (`5%`, `1000座`), or null for coverage (`全覆盖`).
 */
export const Target = z
  .object({
    text: z.string(),
    quantity: z.string().nullable(),
  })
  .meta({ id: 'Target' });
export type Target = z.infer<typeof Target>;

/** How binding the wording is: `要`/`必须`/`严格`/`不得` are mandatory, `探索`/`研究`/`试点` exploratory. */
export const Modality = z.enum(['mandatory', 'exploratory', 'plain']).meta({ id: 'Modality' });
export type Modality = z.infer<typeof Modality>;

/**
 * A note naming who answers for a task and by when, as the plan writes it: a bracket after a
 * sentence (`（省商务厅牵头，合肥海关配合）`, `（0.5分）`, `（6月底完成，牵头考核单位：市卫健委）`) or a
 * line of its own after a node (`牵头单位：市司法局`, `完成时限：2022年底前`). Its characters stay in
 * the node's text or blocks; they are never part of an obligation's text.
 */
export const UnitNote = z
  .object({
    text: z.string(),
    position: Position.nullable(),
    leads: z.array(z.string()),
    partners: z.array(z.string()),
    deadline: Deadline.nullable(),
    /** A score the note gives (`（0.5分）` → 0.5), as assessment plans do. */
    score: z.number().nullable(),
  })
  .meta({ id: 'UnitNote' });
export type UnitNote = z.infer<typeof UnitNote>;

/**
 * One task sentence of a node, with the fields of a task table (任务分解表). `text` is the
 * sentence without its unit notes; `position` spans the sentence in the source (a note written
 * before its closing `。` lies inside that span). `notes` are the unit notes its leads, partners
 * and deadline come from: the notes that follow it in its node, or the note of an enclosing node.
 */
export const Obligation = z
  .object({
    eId: z.string(),
    text: z.string(),
    position: Position.nullable(),
    actions: z.array(z.string()),
    leads: z.array(z.string()),
    partners: z.array(z.string()),
    deadline: Deadline.nullable(),
    targets: z.array(Target),
    references: z.array(z.string()),
    modality: Modality,
    notes: z.array(UnitNote),
  })
  .meta({ id: 'Obligation' });
export type Obligation = z.infer<typeof Obligation>;
