/** The output formats, in the order `--help` names them; kept apart from the emitters so the command line can check names without loading any. */
export const FORMATS = ['json', 'yaml', 'csv', 'outline', 'jsonl', 'xlsx', 'workbook'] as const;

/** A name of an output format: `json`, `yaml`, `csv`, `outline`, `jsonl`, `xlsx` or `workbook`. */
export type Format = (typeof FORMATS)[number];

/** The formats written when none are asked for. */
export const DEFAULT_FORMATS: Format[] = ['json', 'yaml', 'csv'];

/** Whether `name` is one of the output formats. */
export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** The file extension of each format. */
export const EXTENSIONS: Record<Format, string> = { json: 'json', yaml: 'yaml', csv: 'csv', outline: 'outline.txt', jsonl: 'jsonl', xlsx: 'xlsx', workbook: 'xlsx' };

/** Formats whose files are not text: their emitters give bytes, and only when loaded on their own (`loadEmitter`). */
export const BINARY_FORMATS = ['xlsx'] as const;

/** A format whose emitter gives text. */
export type TextFormat = Exclude<Format, (typeof BINARY_FORMATS)[number]>;

/**
 * Formats that gather every document of a run into one file, by that file's name: each document
 * adds its text to it, in input order (JSON Lines, one document a line, as DuckDB, pandas and
 * Spark read it; the task workbook of every document). The other formats write one file per document.
 */
export const RUN_FILES: Partial<Record<Format, string>> = { jsonl: 'documents.jsonl', workbook: 'tasks.xlsx' };

/**
 * Run-wide files that are made at the end of the run from every document's text, rather than
 * written as the texts come: a workbook cannot be appended to.
 */
export const GATHERED_RUN_FILES: ReadonlySet<string> = new Set(['tasks.xlsx']);
