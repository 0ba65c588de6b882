import * as z from 'zod';
import { Position } from './position.js';

/** How often a time limit comes back: `每年2月底前` is yearly, `每季度末` quarterly, `每月10日前` monthly. */
export const Recurrence = z.enum(['yearly', 'quarterly', 'monthly']).meta({ id: 'Recurrence' });
export type Recurrence = z.infer<typeof Recurrence>;

/**
 * When a task is due, as written (`2022年底前`, `6月底前完成`, `持续推进`), with the year and
 * month when the text names them (`年底` is month 12, `上半年` month 6, `年内`/`全年` the plan's
 * year with month null), whether the task
 * runs on (`持续推进`, `长期坚持`, `5月底取得明显成效并持续推进`), whether it comes back
 * (`2020年起，每年2月底前` is yearly from 2020, month 2), and a span counted from an event
 * rather than a date (`一年内` → `1y`, `三个月内` → `3m`, `20个工作日内` → `20d`).
 */
export const Deadline = z
  .object({
    text: z.string(),
    year: z.int().nullable(),
    month: z.int().min(1).max(12).nullable(),
    ongoing: z.boolean(),
    // Defaults, so that a document written before these fields (given to diff as JSON) still reads.
    recurrence: Recurrence.nullable().default(null),
    /** A span counted from the event the text names: a number and `y` (years), `m` (months) or `d` (days). */
    within: z.string().regex(/^[0-9]+[ymd]$/u).nullable().default(null),
  })
  .meta({ id: 'Deadline' });
export type Deadline = z.infer<typeof Deadline>;

/**
 * A quantity the task must reach, with the words around it: the clause that holds it
 * (`…不应少于本单位执法人员总数的5%`, `覆盖率达到100%`), and the quantity as written (`5%`,
 * `1000座`). Coverage without a figure (`实现…全覆盖`) is no target; `quantity` stays nullable so
 * that documents written by earlier versions, which gave it null, still validate.
 */
export const Target = z
  .object({
    text: z.string(),
    quantity: z.string().nullable(),
  })
  .meta({ id: 'Target' });
export type Target = z.infer<typeof Target>;

/**
 * How binding the wording that governs the task is: `要`/`应`/`必须`/`严禁`/`不得` make it mandatory,
 * `鼓励`/`支持`/`可` encouraged, `探索`/`试点开展`/`研究` exploratory; else plain (docs/task-table.md).
 */
export const Modality = z.enum(['mandatory', 'encouraged', 'exploratory', 'plain']).meta({ id: 'Modality' });
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
 * `deadlines` are all its time limits in order (`每年2月底前…，3月底前…` gives two), rounds
 * without a date (`每年`) and running tasks (`持续开展…`) included; `deadline` is the one a task
 * table shows: its note's, else the first that is dated (a year, a month, a span, or `年内`).
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
    deadlines: z.array(Deadline).default([]),
    targets: z.array(Target),
    references: z.array(z.string()),
    modality: Modality,
    notes: z.array(UnitNote),
  })
  .meta({ id: 'Obligation' });
export type Obligation = z.infer<typeof Obligation>;
