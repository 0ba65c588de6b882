import type { Document } from '../model/index.js';
import { taskRecords } from './task-records.js';

/**
 * A document's part of the run's workbook (`--format workbook`): its task records, main text and
 * attachments, one JSON object a line; `runWorkbook` makes the workbook of every document's lines.
 * @param document a compiled document
 */
export function toTaskLines(document: Document): string {
  return taskRecords(document)
    .flatMap(({ records }) => records.map((record) => `${JSON.stringify(record)}\n`))
    .join('');
}
