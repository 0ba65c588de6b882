import type { DiffReport, DiffSeries, KindCounts } from '../../model/index.js';
import { folderRows } from './folder-rows.js';
import { LOW_CONFIDENCE } from '../thresholds.js';
import { changedNodes, editionName, KIND_ORDER } from './entries.js';
import { LABELS, type Labels, type ReportLanguage } from './labels.js';

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
 * @param lang the language of the labels (English by default)
 */
export function terminalSummary(series: DiffSeries, colors: Paint, lang: ReportLanguage = 'en'): string[] {
  const L = LABELS[lang];
  const reports = series.reports.flatMap((report) => reportLines(report, colors, L));
  if (!series.folders) return reports;
  // Two folders: which plans were paired (and how alike their titles), which were left alone.
  const pairing = folderRows(series.folders).map((row) =>
    row.similarity === null
      ? colors.dim(`  ${pad(L.unpaired)} ${row.old === '—' ? colors.green(`+${row.new}`) : colors.red(`−${row.old}`)}`)
      : `  ${pad(L.paired)} ${row.old} → ${row.new} (${row.similarity.toFixed(2)})`,
  );
  return [...pairing, ...reports];
}

function reportLines(report: DiffReport, colors: Paint, L: Labels): string[] {
  const s = report.summary;
  const title = `${colors.bold(editionName(report.old))} → ${colors.bold(editionName(report.new))}`;
  if (!report.changed) return [`${colors.green('=')} ${title}  ${L.noDifferencesShort}`];
  const lines = [`${colors.yellow('≠')} ${title}  ${L.nodesChangedCount(changedNodes(report))}`];
  lines.push(`  ${pad(L.rows.nodes)} ${counts(s.nodes, colors, L)}`);
  lines.push(`  ${pad(L.rows.obligations)} ${s.obligations.old} → ${s.obligations.new}: ${counts(s.obligations.changes, colors, L)}`);
  const low = report.changes.filter((change) => change.lowConfidence).length;
  if (low) lines.push(`  ${colors.yellow(L.lowMatches(low))} ${L.lowHint(LOW_CONFIDENCE)}`);
  const text = report.changes.filter((change) => change.level === 'text' && change.kind !== 'unchanged');
  if (text.length) lines.push(`  ${pad(L.rows.text)} ${text.map((change) => `${L.parts[(change.new[0] ?? change.old[0]!).kind]} ${L.kinds[change.kind]}`).join(L.separator)}`);
  const names = (label: string, list: { added: string[]; removed: string[] }, wrap: (name: string) => string) => {
    if (list.added.length || list.removed.length) {
      lines.push(`  ${pad(label)} ${[...list.added.map((n) => colors.green(`+${wrap(n)}`)), ...list.removed.map((n) => colors.red(`−${wrap(n)}`))].join(' ')}`);
    }
  };
  names(L.rows.cited, s.citedDocuments, (n) => `《${n}》`);
  names(L.rows.units, s.units, (n) => n);
  names(L.rows.terms, { added: s.terms.added.slice(0, 8).map((t) => t.term), removed: s.terms.removed.slice(0, 8).map((t) => t.term) }, (n) => n);
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

function counts(kinds: KindCounts, colors: Paint, L: Labels): string {
  const shown = KIND_ORDER.filter((kind) => kinds[kind] > 0);
  if (shown.length === 0) return colors.dim(L.none);
  return shown.map((kind) => colors[PAINT[kind]](L.kindCount(kinds[kind], L.kinds[kind]))).join(L.separator);
}

/** A row name padded to the column of the values, a Chinese character counting as two columns, as terminals show it. */
function pad(label: string): string {
  const width = [...label].reduce((sum, char) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? 2 : 1), 0);
  return label + ' '.repeat(Math.max(1, ROW_NAME_WIDTH - width));
}

/** Columns of the row names: the longest English one, `obligations`, and a space. */
const ROW_NAME_WIDTH = 12;
