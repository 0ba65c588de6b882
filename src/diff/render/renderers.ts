import type { DiffSeries } from '../../model/index.js';
import { toChangesCsv } from './csv.js';
import type { DiffFormat } from './diff-formats.js';
import type { ReportLanguage } from './labels.js';
import { toHtml } from './html.js';
import { toDiffJson } from './json.js';
import { toMarkdown } from './markdown.js';

export { diffFormatOf, isDiffFormat, type DiffFormat } from './diff-formats.js';

/** Turns a comparison into the text of a report, with its labels in a language (Markdown and HTML; JSON and CSV are data and stay as they are). */
export type RenderDiff = (series: DiffSeries, options?: { lang?: ReportLanguage }) => string;

/** The report formats of `diff`, by name; the compiler checks the names against `DIFF_FORMATS`. */
export const diffRenderers = {
  md: toMarkdown,
  html: toHtml,
  json: toDiffJson,
  csv: toChangesCsv,
} satisfies Record<DiffFormat, RenderDiff>;
