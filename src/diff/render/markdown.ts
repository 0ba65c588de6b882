import { folderRows } from './folder-rows.js';
import { commitmentRows } from './commitment-rows.js';
import type { Change, DiffReport, DiffSeries, KindCounts, TermCount, WordingPiece } from '../../model/index.js';
import { changedNodes, editionName, entries, KIND_ORDER, nameOf, where, type Entry } from './entries.js';
import { LABELS, type Labels, type ReportLanguage } from './labels.js';

/**
 * Longest report, in characters, before later changes are listed on one line each without their
 * text: GitHub takes comments of up to 65,536 characters.
 */
export const MARKDOWN_BUDGET = 56_000;

/** Past this many characters, the remaining changes are only counted. */
export const MARKDOWN_LIMIT = 64_000;

/** GitHub's limit for a comment: no report is longer, whatever its input. */
export const MARKDOWN_MAX = 65_536;

/**
 * A comparison as GitHub-flavoured Markdown that fits a pull-request comment: the summary
 * tables, then every change grouped by section with inline `<del>`/`<ins>` wording.
 * @param series one comparison (two editions) or several (each edition against the next)
 * @param options the language of the labels (English by default)
 * Note: past `MARKDOWN_BUDGET` characters the remaining changes are listed without text, past
 * `MARKDOWN_LIMIT` only counted.
 */
export function toMarkdown(series: DiffSeries, options: { lang?: ReportLanguage } = {}): string {
  const L: Labels = LABELS[options.lang ?? 'en'];
  const parts: string[] = [];
  if (series.folders) {
    // Two folders: the table of pairs and unpaired plans first, whatever the number of pairs.
    parts.push(`## policy-compile diff: ${L.foldersHeading(series.folders.pairs.length, series.folders.unpaired.old.length, series.folders.unpaired.new.length)}\n`);
    parts.push(table([L.oldPlan, L.newPlan, L.titleSimilarity], folderRows(series.folders).map((row) => [row.old, row.new, row.similarity === null ? L.unpaired : row.similarity.toFixed(2)])));
  }
  if (series.reports.length > 1) {
    if (!series.folders) parts.push(`## policy-compile diff: ${series.editions.map((e) => `\`${editionName(e)}\``).join(' → ')}\n`);
    parts.push(
      table(
        ['', L.nodesChanged, ...KIND_ORDER.filter((k) => k !== 'unchanged').map((k) => L.kinds[k]), L.obligations],
        series.reports.map((report) => [
          `${editionName(report.old)} → ${editionName(report.new)}`,
          String(changedNodes(report)),
          ...KIND_ORDER.filter((k) => k !== 'unchanged').map((k) => String(report.summary.nodes[k] || '')),
          `${report.summary.obligations.old} → ${report.summary.obligations.new}`,
        ]),
      ),
    );
  }
  // Each pair of a series gets an equal share of what is left, so that the first pair cannot
  // take the whole budget; what a pair leaves unused goes to the pairs after it.
  let left = MARKDOWN_BUDGET - parts.join('\n').length;
  series.reports.forEach((report, i) => {
    const share = Math.floor(left / (series.reports.length - i));
    const slack = Math.floor((MARKDOWN_LIMIT - MARKDOWN_BUDGET) / series.reports.length);
    const text = reportMarkdown(report, series.reports.length > 1 ? '###' : '##', { left: share }, slack, L);
    left -= text.length + 1;
    parts.push(text);
  });
  return fitComment(`${parts.join('\n').trimEnd()}\n`, L);
}

/** A report cut at the last line that fits `MARKDOWN_MAX`, with a note, when its summaries alone are too long. */
function fitComment(markdown: string, L: Labels): string {
  if (markdown.length <= MARKDOWN_MAX) return markdown;
  const note = `\n_${L.cut}_\n`;
  const cut = markdown.lastIndexOf('\n', MARKDOWN_MAX - note.length);
  return `${markdown.slice(0, cut)}\n${note}`;
}

function reportMarkdown(report: DiffReport, h: string, budget: { left: number }, slack: number, L: Labels): string {
  const s = report.summary;
  const out: string[] = [`${h} policy-compile diff: \`${editionName(report.old)}\` → \`${editionName(report.new)}\`\n`];
  if (!report.changed) {
    out.push(`${L.noDifferences}\n`);
    return out.join('\n');
  }
  out.push(`${L.headline(changedNodes(report), countAll(s.nodes), s.obligations.old, s.obligations.new)}\n`);
  const kinds = KIND_ORDER.filter((kind) => s.nodes[kind] || s.obligations.changes[kind]);
  if (kinds.length) out.push(table([L.change, L.nodes, L.obligations], kinds.map((kind) => [L.kinds[kind], String(s.nodes[kind]), String(s.obligations.changes[kind])])));
  if (s.sections.length) {
    const used = KIND_ORDER.filter((kind) => kind !== 'unchanged' && s.sections.some((row) => row.counts[kind]));
    out.push(`**${L.bySection}**\n`);
    out.push(
      table(
        [L.section, ...used.map((kind) => L.kinds[kind])],
        s.sections.map((row) => [sectionName(row.old, row.new, L), ...used.map((kind) => (row.counts[kind] ? String(row.counts[kind]) : ''))]),
      ),
    );
  }
  const lists: string[] = [];
  const names = (label: string, list: { added: string[]; removed: string[] }, mark: (name: string) => string) => {
    if (list.added.length || list.removed.length) {
      lists.push(`- **${label}** ${[...list.added.map((n) => `+ ${mark(n)}`), ...list.removed.map((n) => `− ${mark(n)}`)].join(' · ')}`);
    }
  };
  names(L.citedDocuments, s.citedDocuments, (name) => `《${escape(name)}》`);
  names(L.units, s.units, escape);
  const terms = (list: TermCount[], show: (t: TermCount) => string) => list.map(show).join(' · ');
  if (s.terms.added.length) lists.push(`- **${L.termsAppear}** ${terms(s.terms.added, (t) => `${escape(t.term)} (${t.new})`)}`);
  if (s.terms.removed.length) lists.push(`- **${L.termsVanish}** ${terms(s.terms.removed, (t) => `${escape(t.term)} (${t.old})`)}`);
  if (s.terms.shifted.length) lists.push(`- **${L.emphasis}** ${terms(s.terms.shifted, (t) => `${escape(t.term)} ${t.old} → ${t.new}`)}`);
  if (lists.length) out.push(`${lists.join('\n')}\n`);

  // What changed in the commitments, a table per section: targets, deadlines, units, citations.
  const commitments = commitmentRows(report);
  if (commitments.length) {
    out.push(`${h}# ${L.commitments}\n`);
    // The tables take at most a third of the pair's budget; the rest are counted.
    let room = budget.left / 3;
    let untold = 0;
    for (const { section, rows } of commitments) {
      const text = `**${escape(section)}**\n\n${table([L.item, L.field, L.old, L.new], rows.map((row) => [`\`${escape(row.item)}\``, L.fields[row.field], escape(row.old), escape(row.new)]))}`;
      if (text.length > room) {
        untold += rows.length;
        continue;
      }
      room -= text.length;
      out.push(text);
    }
    if (untold) out.push(`_${L.moreCommitments(untold)}_\n`);
  }

  out.push(`${h}# ${L.changes}\n`);
  budget.left -= out.join('\n').length;
  let compact = 0;
  let left = 0;
  for (const entry of entries(report)) {
    // An entry whose text would overrun what is left (a long node of prose is tens of
    // thousands of characters) is listed without its text, so that the entries after it still fit.
    const full = entryMarkdown(entry, budget.left > 0, L);
    const text = budget.left > 0 && full.length > budget.left ? entryMarkdown(entry, false, L) : full;
    if (budget.left <= 0 || text !== full) compact++;
    if (budget.left <= -slack) {
      left++;
      continue;
    }
    budget.left -= text.length;
    out.push(text);
  }
  if (compact) out.push(`\n_${L.shortened(compact, left)}_`);
  return `${out.join('\n')}\n`;
}

function entryMarkdown(entry: Entry, withText: boolean, L: Labels): string {
  const { change } = entry;
  const head = `**${L.kinds[change.kind]}**${similarity(change, L)} \`${escape(where(change))}\` ${escape(nameOf(change))}`;
  if (entry.heading) {
    // A section: its name is the heading; its wording only when reworded.
    const title = `**${escape(headingName(change))}**`;
    if (change.kind === 'unchanged') return `\n${title}\n`;
    const place = change.renumbered || change.kind === 'moved' ? ` \`${escape(where(change))}\`` : '';
    const body = withText && change.wording ? `\n\n${text(change)}` : '';
    return `\n${title} — **${L.kinds[change.kind]}**${similarity(change, L)}${place}${body}\n`;
  }
  const lines = [`- ${head}`];
  if (!withText) {
    // Without text, one line: the node and how many of its sentences changed.
    const sentences = entry.obligations.length + entry.movedOut.length;
    return sentences ? `- ${head} ${L.sentenceChanges(sentences)}` : lines[0]!;
  }
  if (change.kind !== 'renumbered' && change.kind !== 'unchanged') lines.push(`  ${text(change)}`);
  for (const obligation of entry.obligations) {
    const from = obligation.kind === 'moved' ? ` ${L.from} \`${escape(obligation.old.map((side) => side.path).join(' + '))}\`` : '';
    lines.push(`  - ${L.kinds[obligation.kind]}${similarity(obligation, L)}${from}: ${text(obligation)}`);
  }
  for (const obligation of entry.movedOut) {
    lines.push(`  - ${L.movedOut} ${L.to} \`${escape(obligation.new.map((side) => side.path).join(' + '))}\`: ${escape(obligation.old.map((side) => side.text).join(' '))}`);
  }
  return lines.join('  \n');
}

/** The text of a record: its wording comparison when it has one, else its one side. */
function text(change: Change): string {
  if (change.wording) return pieces(change.wording);
  if (change.kind === 'added') return `<ins>${lines(change.new.map((side) => side.text).join('\n'))}</ins>`;
  if (change.kind === 'removed') return `<del>${lines(change.old.map((side) => side.text).join('\n'))}</del>`;
  return lines((change.new.length ? change.new : change.old).map((side) => side.text).join('\n'));
}

function pieces(wording: WordingPiece[]): string {
  return wording.map((piece) => (piece.op === 'equal' ? lines(piece.text) : piece.op === 'insert' ? `<ins>${lines(piece.text)}</ins>` : `<del>${lines(piece.text)}</del>`)).join('');
}

/** Escaped, with line breaks that keep a list item together. */
function lines(value: string): string {
  return escape(value).replace(/\n/g, '<br>');
}

function similarity(change: Change, L: Labels): string {
  if (change.similarity === null || !change.reworded) return '';
  return change.lowConfidence ? ` (${change.similarity.toFixed(2)}, ${L.lowConfidence})` : ` (${change.similarity.toFixed(2)})`;
}

function headingName(change: Change): string {
  const side = change.new[0] ?? change.old[0]!;
  return `${side.num ?? ''}${side.label}`;
}

function sectionName(old: string | null, next: string | null, L: Labels): string {
  if (old && next && old !== next) return `${escape(next)}<br><sub>${L.was} ${escape(old)}</sub>`;
  return escape(next ?? old ?? '');
}

function countAll(counts: KindCounts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function table(header: string[], rows: string[][]): string {
  const align = header.map((_, i) => (i === 0 ? '---' : '--:'));
  // Cells arrive escaped (`escape` turns `|` into `\|`).
  return `${[header, align, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`;
}

/**
 * Escapes what Markdown (and the HTML inside it) would read as syntax, and breaks `@user` and
 * `@org/team` with a zero-width space so that a report posted on a pull request pings no one.
 */
function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_[\]|~#])/g, '\\$1').replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}
