/** The output formats, in the order `--help` names them; kept apart from the emitters so the command line can check names without loading any. */
export const FORMATS = ['json', 'yaml', 'csv', 'outline'] as const;

/** A name of an output format: `json`, `yaml`, `csv` or `outline`. */
export type Format = (typeof FORMATS)[number];

/** The formats written when none are asked for. */
export const DEFAULT_FORMATS: Format[] = ['json', 'yaml', 'csv'];

/** Whether `name` is one of the output formats. */
export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** The file extension of each format. */
export const EXTENSIONS: Record<Format, string> = { json: 'json', yaml: 'yaml', csv: 'csv', outline: 'outline.txt' };
