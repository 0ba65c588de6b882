/** The report formats of `diff`; kept apart from the renderers so the command line can offer them without loading any. */
export const DIFF_FORMATS = ['md', 'html', 'json', 'csv'] as const;

/** A report format: `md`, `html`, `json`, or `csv` (the table of field changes). */
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Whether `name` is a report format. */
export function isDiffFormat(name: string): name is DiffFormat {
  return (DIFF_FORMATS as readonly string[]).includes(name);
}

/**
 * The report format a file name asks for by its extension (`.md`/`.markdown`, `.html`/`.htm`,
 * `.json`, `.csv`), or null.
 * @param file a file name or path
 */
export function diffFormatOf(file: string): DiffFormat | null {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  const byExtension: Record<string, DiffFormat> = { md: 'md', markdown: 'md', html: 'html', htm: 'html', json: 'json', csv: 'csv' };
  return (ext && byExtension[ext]) || null;
}
