import type { DiffReport, DiffSeries, KindCounts } from '../../model/index.js';
import { folderRows } from './folder-rows.js';
import { LOW_CONFIDENCE } from '../thresholds.js';
import { changedNodes, editionName, KIND_ORDER } from './entries.js';

/** The colours the summary uses; chalk's instance has them all, and so does an object of identity functions. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  magenta(text: string): string;
  cyan(text: string): string;
}

/**
 * The terminal summary: per comparison, counts of node and obligation changes, low-confidence
 * matches, text parts, cited documents, units and terms, one line each.
 * @param series the comparison
 * @param colors the colours to use (the command line passes chalk; plain functions give no colour)
 */
export function terminalSummary(series: DiffSeries, colors: Paint): string[] {
  const reports = series.reports.flatMap((report) => reportLines(report, colors));
  if (!series.folders) return reports;
  // Two folders: which plans were paired (and how alike their titles), which were left alone.
  const pairing = folderRows(series.folders).map((row) =>
    row.similarity === null ? colors.dim(`  unpaired     ${row.old === '—' ? colors.green(`+${row.new}`) : colors.red(`−${row.old}`)}`) : `  paired       ${row.old} → ${row.new} (${row.similarity.toFixed(2)})`,
  );
  return [...pairing, ...reports];
}

function reportLines(report: DiffReport, colors: Paint): string[] {
  const s = report.summary;
  const title = `${colors.bold(editionName(report.old))} → ${colors.bold(editionName(report.new))}`;
  if (!report.changed) return [`${colors.green('=')} ${title}  no differences`];
  const lines = [`${colors.yellow('≠')} ${title}  ${changedNodes(report)} nodes changed`];
  lines.push(`  nodes        ${counts(s.nodes, colors)}`);
  lines.push(`  obligations  ${s.obligations.old} → ${s.obligations.new}: ${counts(s.obligations.changes, colors)}`);
  const low = report.changes.filter((change) => change.lowConfidence).length;
  if (low) lines.push(`  ${colors.yellow(`${low} low-confidence matches`)} (similarity below ${LOW_CONFIDENCE}): check them in the report`);
  const text = report.changes.filter((change) => change.level === 'text' && change.kind !== 'unchanged');
  if (text.length) lines.push(`  text         ${text.map((change) => `${(change.new[0] ?? change.old[0]!).kind} ${change.kind}`).join(', ')}`);
  const names = (label: string, list: { added: string[]; removed: string[] }, wrap: (name: string) => string) => {
    if (list.added.length || list.removed.length) {
      lines.push(`  ${label.padEnd(12)} ${[...list.added.map((n) => colors.green(`+${wrap(n)}`)), ...list.removed.map((n) => colors.red(`−${wrap(n)}`))].join(' ')}`);
    }
  };
  names('cited', s.citedDocuments, (n) => `《${n}》`);
  names('units', s.units, (n) => n);
  names('terms', { added: s.terms.added.slice(0, 8).map((t) => t.term), removed: s.terms.removed.slice(0, 8).map((t) => t.term) }, (n) => n);
  return lines;
}

const PAINT: Record<keyof KindCounts, keyof Paint> = {
  added: 'green',
  removed: 'red',
  reworded: 'yellow',
  moved: 'magenta',
  split: 'cyan',
  merged: 'cyan',
  renumbered: 'blue',
  unchanged: 'dim',
};

function counts(kinds: KindCounts, colors: Paint): string {
  const shown = KIND_ORDER.filter((kind) => kinds[kind] > 0);
  if (shown.length === 0) return colors.dim('none');
  return shown.map((kind) => colors[PAINT[kind]](`${kinds[kind]} ${kind}`)).join(', ');
}
