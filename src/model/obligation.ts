import * as z from 'zod';
import { Position } from './position.js';

/** When a task is due, as written, with the year and month when the text names them. */
export const Deadline = z
  .object({
    text: z.string(),
    year: z.int().nullable(),
    month: z.int().min(1).max(12).nullable(),
  })
  .meta({ id: 'Deadline' });
export type Deadline = z.infer<typeof Deadline>;

/** A quantity the task must reach, with the words around it (`实现…全覆盖`, `不少于…5%`). */
export const Target = z
  .object({
    text: z.string(),
  })
  .meta({ id: 'Target' });
export type Target = z.infer<typeof Target>;

/** How binding the wording is: `要`/`必须` are mandatory, `探索`/`试点` exploratory. */
export const Modality = z.enum(['mandatory', 'exploratory', 'plain']).meta({ id: 'Modality' });
export type Modality = z.infer<typeof Modality>;

/** One task sentence of a node, with the fields of a task table (任务分解表). */
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
  })
  .meta({ id: 'Obligation' });
export type Obligation = z.infer<typeof Obligation>;
