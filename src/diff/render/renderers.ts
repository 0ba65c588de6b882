import type { DiffSeries } from '../../model/index.js';
import { toHtml } from './html.js';
import { toDiffJson } from './json.js';
import { toMarkdown } from './markdown.js';

/** Turns a comparison into the text of a report. */
export type RenderDiff = (series: DiffSeries) => string;

/** The report formats of `diff`, by name. */
export const diffRenderers = {
  md: toMarkdown,
  html: toHtml,
  json: toDiffJson,
} satisfies Record<string, RenderDiff>;

/** A report format: `md`, `html` or `json`. */
export type DiffFormat = keyof typeof diffRenderers;

/** Whether `name` is a report format. */
export function isDiffFormat(name: string): name is DiffFormat {
  return Object.hasOwn(diffRenderers, name);
}

/**
 * The report format a file name asks for by its extension (`.md`/`.markdown`, `.html`/`.htm`,
 * `.json`), or null.
 * @param file a file name or path
 */
export function diffFormatOf(file: string): DiffFormat | null {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  const byExtension: Record<string, DiffFormat> = { md: 'md', markdown: 'md', html: 'html', htm: 'html', json: 'json' };
  return (ext && byExtension[ext]) || null;
}
