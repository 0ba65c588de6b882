import { Document } from '../model/index.js';
import { describeIssue } from '../model/describe-issue.js';
import { emitters, type Emit } from './emitters.js';
import type { Format } from './formats.js';

/**
 * The emitters as the library exports them: each checks its argument against the Document schema
 * first, since a caller in JavaScript may pass anything; the command line emits documents it
 * compiled itself and calls `emitters` without the check.
 * Note: each throws a `TypeError` naming the first field that is wrong (`invalid document: body.0.kind: …`)
 * for an argument that is not a document, and nothing else.
 */
export const checkedEmitters = Object.fromEntries(
  Object.entries(emitters).map(([format, emit]) => [format, (document: Document) => emit(checkedDocument(document))]),
) as Record<Format, Emit>;

function checkedDocument(value: unknown): Document {
  const parsed = Document.safeParse(value);
  if (!parsed.success) throw new TypeError(`invalid document: ${describeIssue(parsed.error, 'document')}`);
  return parsed.data;
}
