import * as z from 'zod';
import { Position } from './position.js';

/** How serious a finding is; `error` fails a compile or validate run. */
export const Severity = z.enum(['error', 'warning', 'info']).meta({ id: 'Severity' });
export type Severity = z.infer<typeof Severity>;

/** A finding about a document, tied to a place in it where there is one. */
export const Diagnostic = z
  .object({
    ruleId: z.string(),
    severity: Severity,
    message: z.string(),
    file: z.string().nullable(),
    position: Position.nullable(),
    eId: z.string().nullable().optional(),
    expected: z.string().nullable().optional(),
    actual: z.string().nullable().optional(),
  })
  .meta({ id: 'Diagnostic' });
export type Diagnostic = z.infer<typeof Diagnostic>;
