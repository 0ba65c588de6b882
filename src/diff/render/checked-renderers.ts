import { DiffSeries } from '../../model/index.js';
import { describeIssue } from '../../model/describe-issue.js';
import type { DiffFormat } from './diff-formats.js';
import { diffRenderers, type RenderDiff } from './renderers.js';

/**
 * The report renderers as the library exports them: each checks its argument against the
 * DiffSeries schema first; the command line renders the series it computed without the check.
 * Note: each throws a `TypeError` naming the first field that is wrong (`invalid diff series: reports.0.changed: …`)
 * for an argument that is not a series, and nothing else.
 */
export const checkedDiffRenderers = Object.fromEntries(
  Object.entries(diffRenderers).map(([format, render]) => [format, (series: DiffSeries) => render(checkedSeries(series))]),
) as Record<DiffFormat, RenderDiff>;

function checkedSeries(value: unknown): DiffSeries {
  const parsed = DiffSeries.safeParse(value);
  if (!parsed.success) throw new TypeError(`invalid diff series: ${describeIssue(parsed.error, 'series')}`);
  return parsed.data;
}
