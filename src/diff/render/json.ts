import type { DiffSeries } from '../../model/index.js';

/**
 * A comparison as JSON, two-space indented with a final newline: the `DiffReport` of one pair
 * (`schemas/diff.schema.json`), or the whole `DiffSeries` for three editions or more, and for
 * two folders, whose pairing it holds (`schemas/diff-series.schema.json`).
 * @param series one comparison or several
 */
export function toDiffJson(series: DiffSeries): string {
  return `${JSON.stringify(series.reports.length === 1 && !series.folders ? series.reports[0] : series, null, 2)}\n`;
}
