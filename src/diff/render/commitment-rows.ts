import type { DiffReport, FieldChange } from '../../model/index.js';

/** One row of the table of commitment changes: a field of a task that changed. */
export interface CommitmentRow {
  /** Where the task is now (or was, if it went): `一、 › 3.`. */
  item: string;
  kind: string;
  field: FieldChange['field'];
  old: string;
  new: string;
}

/**
 * The field changes of a comparison's node records, grouped by top-level section in reading
 * order: what the Markdown and HTML reports show as a table per section. Obligation records are
 * left out, their changes are those of their node.
 * @param report one comparison
 */
export function commitmentRows(report: DiffReport): Array<{ section: string; rows: CommitmentRow[] }> {
  const sections = new Map<string, CommitmentRow[]>();
  for (const change of report.changes) {
    if (change.level !== 'node' || change.fields.length === 0) continue;
    const item = (change.new[0] ?? change.old[0])!.path;
    const section = item.split(' › ')[0]!;
    const rows = sections.get(section) ?? [];
    sections.set(section, rows);
    for (const field of change.fields) rows.push({ item, kind: change.kind, field: field.field, old: field.old, new: field.new });
  }
  return [...sections].map(([section, rows]) => ({ section, rows }));
}
