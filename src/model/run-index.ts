import * as z from 'zod';
import { Diagnostic } from './diagnostic.js';
import { Source } from './document.js';

/** How many nodes of each kind, and obligations, a document has (attachments included). */
export const Counts = z
  .object({
    sections: z.int(),
    subsections: z.int(),
    items: z.int(),
    subitems: z.int(),
    points: z.int(),
    nodes: z.int(),
    obligations: z.int(),
    attachments: z.int(),
  })
  .meta({ id: 'Counts' });
export type Counts = z.infer<typeof Counts>;

/** The `index.json` a compile run writes beside its output: what was compiled and what was found. */
export const RunIndex = z
  .object({
    documents: z.array(
      z.object({
        id: z.string(),
        title: z.string().nullable(),
        year: z.int().nullable(),
        source: Source,
        files: z.array(z.string()),
        counts: Counts,
        errors: z.int(),
        warnings: z.int(),
      }),
    ),
    diagnostics: z.array(Diagnostic),
  })
  .meta({ id: 'RunIndex' });
export type RunIndex = z.infer<typeof RunIndex>;
