import type { Document } from '../model/index.js';
import { CSV_COLUMNS, csvRow, taskRows } from './csv.js';
import { toJsonLine } from './json-line.js';

/** A record of the input stream that gave no document: its id (when it had one), its line in the stream, and why. */
export interface RecordError {
  id: string | null;
  line: number;
  error: string;
}

/** How the streaming filter (`--from jsonl`) writes what became of each input record: lines of text, each ending in a line end. */
export interface RecordFormat {
  /** The output of one compiled document: one line, or one line per task row. */
  document(document: Document): string;
  /** The line of a record that gave no document, or null where the format has no place for one (CSV rows; the error goes to stderr alone). */
  error: ((error: RecordError) => string) | null;
}

/**
 * The output formats of the streaming filter, by name: `jsonl` one compiled document a line (an
 * error an object `{id, line, error}`); `csv` the task table's rows without header or byte-order
 * mark, so that the outputs of many processes concatenate into one table; `tasks` the same rows
 * as JSON objects keyed by the CSV columns (an error `{document, line, error}`).
 */
export const RECORD_FORMATS = {
  jsonl: { document: toJsonLine, error: (error) => `${JSON.stringify(error)}\n` },
  csv: { document: (document) => taskRows(document).map(csvRow).join(''), error: null },
  tasks: {
    document: (document) => taskRows(document).map((row) => `${JSON.stringify(Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row[i]])))}\n`).join(''),
    error: ({ id, line, error }) => `${JSON.stringify({ document: id, line, error })}\n`,
  },
} satisfies Record<string, RecordFormat>;

/** A name of an output format of the streaming filter: `jsonl`, `csv` or `tasks`. */
export type RecordFormatName = keyof typeof RECORD_FORMATS;
