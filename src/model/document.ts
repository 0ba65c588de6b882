import * as z from 'zod';
import { Block } from './block.js';
import { Node } from './node.js';
import { Obligation } from './obligation.js';

/**
 * Where the document came from: its path (null for stdin), the format it was read in (told by
 * its bytes), the encoding its text was decoded from (`none` for formats whose reader decodes
 * them: Word, PDF, OFD, web pages) and the sha256 of its bytes.
 */
export const Source = z
  .object({
    path: z.string().nullable(),
    format: z.enum(['text', 'markdown', 'html', 'docx', 'doc', 'pdf', 'ofd']),
    encoding: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .meta({ id: 'Source' });
export type Source = z.infer<typeof Source>;

/** The formats a plan is read from: plain text, Markdown, web pages, Word (.docx; old .doc and WPS), PDF and OFD. */
export type SourceFormat = Source['format'];

/** The four zones every part of a file has, in reading order, and the tasks of its closing. */
const zones = {
  front: z.array(Block),
  preamble: z.array(Block),
  body: z.array(Node),
  closing: z.array(Block),
  /**
   * The tasks of the closing: every sentence of a closing paragraph that sets a dated duty
   * (`各地区要于2019年3月底前制定实施方案，并报司法部备案。`), eIds `closing__obl_1`… The
   * paragraph stays in `closing`, which alone holds its characters. Set by `extract` when the
   * closing has such tasks; absent otherwise, and in a tree fresh from `parse`.
   */
  closingObligations: z.array(Obligation).optional(),
};

/**
 * A further part of the file after the main plan: an attachment (附件) or a second plan issued by
 * the same notice. Its `front` holds the 附件 label and its title lines.
 */
export const Part = z
  .object({
    title: z.string().nullable(),
    ...zones,
  })
  .meta({ id: 'Part' });
export type Part = z.infer<typeof Part>;

/**
 * A compiled plan. `front` is what stands before the plan's preamble (the notice that wraps it,
 * 文号, 主送, the title lines), `closing` what follows its last node (implementation clause,
 * signature, date).
 */
export const Document = z
  .object({
    id: z.string().min(1),
    title: z.string().nullable(),
    year: z.int().nullable(),
    source: Source,
    ...zones,
    attachments: z.array(Part),
  })
  .meta({ id: 'Document' });
export type Document = z.infer<typeof Document>;
