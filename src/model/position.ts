import * as z from 'zod';
import { Origin } from './origin.js';

/** A place in the decoded text: 1-based line and column, 0-based offset (UTF-16 code units, as JavaScript strings count). */
export const Point = z
  .object({
    line: z.int().min(1),
    column: z.int().min(1),
    offset: z.int().min(0),
  })
  .meta({ id: 'Point' });
export type Point = z.infer<typeof Point>;

/**
 * A span of the decoded text, as in unist: `end` is the point just after the last character.
 * For a Word file, PDF, OFD file or web page, `origin` says where its start stands in that file.
 */
export const Position = z
  .object({
    start: Point,
    end: Point,
    origin: Origin.optional(),
  })
  .meta({ id: 'Position' });
export type Position = z.infer<typeof Position>;
