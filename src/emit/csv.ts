import type { Document, Obligation } from '../model/index.js';
import { eachTask, LIST_SEPARATOR, placeCells } from './each-task.js';
import type { TaskField } from './task-records.js';

/** The columns of the task table (任务分解表), one row per obligation: the fields of a classic 任务分解表 (the full set, with actions, targets and modality, is `TASK_FIELDS`). */
export const CSV_COLUMNS = [
  'document',
  'year',
  'part',
  'section',
  'section_title',
  'kind',
  'number',
  'label',
  'obligation',
  'text',
  'leads',
  'partners',
  'deadline',
] as const satisfies readonly TaskField[];

/**
 * The task table as CSV: UTF-8 with a byte-order mark so that Excel shows Chinese, a header row,
 * one row per obligation. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`)
 * are prefixed with `'`.
 * @param document a compiled document
 */
export function toCsv(document: Document): string {
  return csvText(CSV_COLUMNS, taskRows(document));
}

/**
 * The rows of the task table, one per obligation, as plain cells in the order of `CSV_COLUMNS`
 * (not yet quoted or neutralised): what the CSV file and the streaming filter's task rows hold.
 * @param document a compiled document
 */
export function taskRows(document: Document): string[][] {
  return [...eachTaskRow(document)];
}

/** The rows of `taskRows`, one at a time: a large plan's table is never held whole. */
function* eachTaskRow(document: Document): Generator<string[]> {
  for (const place of eachTask(document)) {
    const { partIndex, obligation } = place;
    const where = placeCells(place);
    yield [
      document.id,
      document.year === null ? '' : String(document.year),
      partIndex === 0 ? '' : `att_${partIndex}`,
      where.section,
      where.section_title,
      where.kind,
      where.number,
      where.label,
      obligation.eId,
      obligation.text,
      obligation.leads.join(LIST_SEPARATOR),
      obligation.partners.join(LIST_SEPARATOR),
      deadlineCell(obligation),
    ];
  }
}

/** Characters of rows gathered before they are handed on: few writes, and no string of megabytes. */
const PIECE_CHARS = 64 * 1024;

/**
 * The text of `toCsv`, handed to `write` in pieces of about `PIECE_CHARS` characters, row by
 * row: the table of a plan of 5 MB (about as long as the plan), its rows and their bytes never
 * stand in memory at once.
 * @param document a compiled document
 * @param write takes each piece, in order
 */
export function toCsvPieces(document: Document, write: (chunk: string) => void): void {
  let pending = `\ufeff${CSV_COLUMNS.map(quote).join(',')}\r\n`;
  for (const row of eachTaskRow(document)) {
    pending += csvRow(row);
    if (pending.length >= PIECE_CHARS) {
      write(pending);
      pending = '';
    }
  }
  write(pending);
}

/**
 * The deadline cell of a task: the table's deadline, then any other limit its text writes
 * (`2025年起，每年2月底前；3月底前`), joined like the units.
 */
function deadlineCell(obligation: Obligation): string {
  const texts = [obligation.deadline?.text, ...(obligation.deadlines ?? []).map((d) => d.text)].filter((text): text is string => Boolean(text));
  return [...new Set(texts)].join(LIST_SEPARATOR);
}

/**
 * A table as the project writes CSV: UTF-8 with a byte-order mark, CRLF line ends, a header row,
 * every cell quoted when it must be and neutralised against formula injection.
 * @param columns the header
 * @param rows the cells, row by row
 */
export function csvText(columns: readonly string[], rows: string[][]): string {
  return `\ufeff${columns.map(quote).join(',')}\r\n${rows.map(csvRow).join('')}`;
}

/**
 * One row of a CSV table as `csvText` writes it: cells neutralised and quoted, a CRLF line end.
 * @param row the cells
 */
export function csvRow(row: readonly string[]): string {
  return `${row.map((value) => quote(neutralise(value))).join(',')}\r\n`;
}

/**
 * A cell as RFC 4180 writes it, and as csv-stringify wrote it (it took longer to load than the
 * table takes to write): in double quotes, inner ones doubled, when it holds a comma, a double
 * quote or a line break of any kind (a lone CR or LF too, so that every reader keeps the row whole).
 */
export function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** OWASP's advice against CSV injection: a cell starting with = + - @ (or tab, CR) is made text. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
