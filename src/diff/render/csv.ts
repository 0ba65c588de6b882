import { csvText } from '../../emit/csv.js';
import type { Change, DiffSeries } from '../../model/index.js';

/** The columns of the table of field changes, one row per change of one field of one task. */
export const CHANGE_COLUMNS = ['section', 'item', 'kind', 'field', 'old', 'new', 'similarity'] as const;

/**
 * The field changes of a comparison as CSV (the project's CSV: BOM, CRLF, quoted and neutralised
 * cells): for every record that has any, one row per changed field with the top-level section and
 * the path of the task (its new place, else its old one), the record's kind, the field, what only
 * the old and only the new side has, and the record's similarity. A series lists its pairs one after the other.
 * @param series the comparison
 */
export function toChangesCsv(series: DiffSeries): string {
  const rows = series.reports.flatMap((report) =>
    report.changes.flatMap((change) =>
      change.fields.map((field) => [sectionOf(change), pathOf(change), change.kind, field.field, field.old, field.new, change.similarity === null ? '' : change.similarity.toFixed(3)]),
    ),
  );
  return csvText(CHANGE_COLUMNS, rows);
}

function pathOf(change: Change): string {
  return (change.new[0] ?? change.old[0])?.path ?? '';
}

function sectionOf(change: Change): string {
  return pathOf(change).split(' › ')[0] ?? '';
}
