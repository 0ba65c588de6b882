/** The output formats, in the order `--help` names them; kept apart from the emitters so the command line can check names without loading any. */
export const FORMATS = ['json', 'yaml', 'csv', 'outline', 'jsonl'] as const;

/** A name of an output format: `json`, `yaml`, `csv`, `outline` or `jsonl`. */
export type Format = (typeof FORMATS)[number];

/** The formats written when none are asked for. */
export const DEFAULT_FORMATS: Format[] = ['json', 'yaml', 'csv'];

/** Whether `name` is one of the output formats. */
export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** The file extension of each format. */
export const EXTENSIONS: Record<Format, string> = { json: 'json', yaml: 'yaml', csv: 'csv', outline: 'outline.txt', jsonl: 'jsonl' };

/**
 * Formats that gather every document of a run into one file, by that file's name: each document
 * adds its text to it, in input order (JSON Lines, one document a line, as DuckDB, pandas and
 * Spark read it). The other formats write one file per document.
 */
export const RUN_FILES: Partial<Record<Format, string>> = { jsonl: 'documents.jsonl' };
