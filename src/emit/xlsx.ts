import type { Document } from '../model/index.js';
import { taskRecords } from './task-records.js';
import { taskWorkbook } from './task-workbook.js';

/**
 * The task table as an Excel workbook: a sheet `tasks` with the main text's tasks and every field
 * of the table, then a sheet per attachment (`att_1`, `att_2` …) with its own.
 * @param document a compiled document
 * Note: loaded only by the runs that write it (`--format xlsx`), as exceljs takes long to load.
 */
export function toXlsx(document: Document): Promise<Uint8Array> {
  return taskWorkbook(taskRecords(document).map(({ part, records }) => ({ name: part || 'tasks', records })));
}
