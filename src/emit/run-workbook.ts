import type { TaskRecord } from './task-records.js';
import { taskWorkbook } from './task-workbook.js';

/**
 * The run's workbook (`tasks.xlsx`): one sheet `tasks` with the tasks of every document, in input
 * order, each row naming its document and part.
 * @param parts each document's task lines (`toTaskLines`)
 */
export function runWorkbook(parts: string[]): Promise<Uint8Array> {
  const records = parts.flatMap((text) => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as TaskRecord));
  return taskWorkbook([{ name: 'tasks', records }]);
}
