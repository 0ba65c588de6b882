import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { TASK_FIELDS, type TaskField, type TaskRecord } from './task-records.js';

/** One sheet of a task workbook: its name and its rows. */
export interface TaskSheet {
  name: string;
  records: TaskRecord[];
}

/**
 * Each column's width, in Excel's units (the width of a digit; a Chinese character takes about
 * two): room for the usual value (a unit name, a deadline such as `2023年6月底前`, an eId), and
 * for the long texts about 30 characters, wrapped onto more lines.
 */
const COLUMN_WIDTHS: Record<TaskField, number> = {
  document: 24,
  year: 7,
  part: 7,
  section: 7,
  section_title: 36,
  kind: 11,
  number: 8,
  label: 36,
  obligation: 30,
  text: 64,
  actions: 20,
  leads: 24,
  partners: 24,
  deadline: 20,
  deadline_year: 9,
  deadline_month: 9,
  deadline_ongoing: 9,
  targets: 30,
  target_quantities: 12,
  modality: 12,
  references: 30,
  notes: 30,
};
/** Room the header's filter button takes, in the same units: a column is never narrower than its name and the button. */
const FILTER_BUTTON_WIDTH = 3;
/** The header row's fill: a light grey that prints well and keeps black text readable. */
const HEADER_FILL = 'FFD9D9D9';
/**
 * The time written into the workbook (its properties and each zip entry), fixed so that the same
 * input gives the same bytes; 1980-01-01 is the earliest time a zip entry can hold.
 */
const FIXED_TIME = new Date(Date.UTC(1980, 0, 1));
/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;
/**
 * Characters XML 1.0 does not allow, even escaped: Excel refuses a file that holds one. They are
 * written as OOXML's `_xHHHH_` escapes, which Excel shows as the character.
 */
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A workbook of task tables, a sheet each: a header row that is frozen, bold on grey and filtered,
 * columns of fitting width, long text wrapped. Its bytes are the same for the same sheets.
 * @param sheets the sheets, in order
 */
export async function taskWorkbook(sheets: TaskSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'policy-compile';
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, MAX_SHEET_NAME), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    worksheet.columns = TASK_FIELDS.map((field) => ({ header: field, key: field, width: Math.max(COLUMN_WIDTHS[field], field.length + FILTER_BUTTON_WIDTH), style: { alignment: { wrapText: true, vertical: 'top' } } }));
    for (const record of sheet.records) worksheet.addRow(xmlSafe(record));
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    header.alignment = { vertical: 'middle', wrapText: false };
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.records.length, column: TASK_FIELDS.length } };
  }
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  // exceljs stamps each zip entry with the time of writing: zipped again with a fixed one.
  return zipSync(unzipSync(written), { mtime: FIXED_TIME });
}

/** A record whose strings XML can hold. */
function xmlSafe(record: TaskRecord): TaskRecord {
  const safe = { ...record };
  for (const field of TASK_FIELDS) {
    const value = safe[field];
    if (typeof value === 'string') safe[field] = value.replace(NOT_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
  }
  return safe;
}
