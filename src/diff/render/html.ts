import { folderRows } from './folder-rows.js';
import { commitmentRows } from './commitment-rows.js';
import { LABELS, type Labels, type ReportLanguage } from './labels.js';
import type { Change, ChangeSide, DiffReport, DiffSeries, WordingPiece } from '../../model/index.js';
import { changedNodes, editionName, entries, KIND_ORDER, nameOf, where, type Entry } from './entries.js';

const STYLE = `
:root { --ins: #d5f5d5; --del: #fbd3d3; --line: #d0d7de; --muted: #57606a; --head: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; color: #1f2328; }
main { max-width: 1200px; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.meta, .where, .sim, caption, .path { color: var(--muted); font-size: .85em; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
thead th { background: var(--head); }
a { color: #0969da; text-decoration: none; } a:hover { text-decoration: underline; }
.names li { margin: .2rem 0; }
.kind { display: inline-block; min-width: 6.5em; padding: 0 .4em; border-radius: 3px; font-size: .8em; font-weight: 600; text-align: center; background: #eaeef2; }
.k-added { background: #1a7f37; color: #fff; } .k-removed { background: #cf222e; color: #fff; }
.k-reworded { background: #9a6700; color: #fff; } .k-moved { background: #8250df; color: #fff; }
.k-split, .k-merged { background: #0550ae; color: #fff; } .k-renumbered { background: #6e7781; color: #fff; }
ol.index { columns: 2; column-gap: 2rem; padding-left: 1.5rem; font-size: .9em; }
.change { border: 1px solid var(--line); border-radius: 6px; margin: .75rem 0; }
.change > header { background: var(--head); padding: .4rem .75rem; border-bottom: 1px solid var(--line); }
.section-heading { margin-top: 2rem; padding: .3rem 0; border-bottom: 2px solid var(--line); }
.sides { display: grid; grid-template-columns: 1fr 1fr; }
.sides > div { padding: .5rem .75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.sides > div + div { border-left: 1px solid var(--line); }
.sides .empty { background: repeating-linear-gradient(45deg, #fff, #fff 6px, #f6f8fa 6px, #f6f8fa 12px); }
.obligations { border-top: 1px dashed var(--line); }
.obligations .sides { font-size: .92em; }
.obligation > .label { padding: .3rem .75rem 0; font-size: .85em; }
ins { background: var(--ins); text-decoration: none; } del { background: var(--del); }
.added .new, .added-text { background: #effbef; } .removed .old, .removed-text { background: #fdf0f0; }
.top { float: right; font-size: .8em; }
.sim.low { color: #9a6700; font-weight: 600; }
/* A phone: one column, the old side above the new, tables scroll instead of squeezing. */
@media (max-width: 700px) {
  main { padding: .75rem; } body { font-size: 14px; }
  .sides { grid-template-columns: 1fr; } .sides > div + div { border-left: 0; border-top: 1px solid var(--line); }
  ol.index { columns: 1; } table { display: block; overflow-x: auto; }
}
/* Paper, often black and white: insertions underlined, deletions struck through and kinds boxed,
   so that nothing rests on colour; backgrounds are kept where the printer prints them. */
@media print {
  body { font-size: 11pt; color: #000; } main { max-width: none; padding: 0; }
  a { color: #000; } .top { display: none; }
  ins { text-decoration: underline 1.5pt; text-underline-offset: 2pt; background: none; font-weight: 600; }
  del { text-decoration: line-through 1.5pt; background: none; color: #333; }
  .kind { background: none !important; color: #000 !important; border: 1.5pt solid #000; }
  .k-removed, .k-added { border-style: double; border-width: 3pt; }
  .change { break-inside: avoid; border-color: #000; }
  .sides .empty { background: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * A comparison as one self-contained HTML page (no scripts, no network): summary tables, an
 * index linking to every change, then each change with old and new side by side and inserted
 * and deleted wording highlighted.
 * @param series one comparison (two editions) or several (each edition against the next)
 */
export function toHtml(series: DiffSeries, options: { lang?: ReportLanguage } = {}): string {
  const L: Labels = LABELS[options.lang ?? 'en'];
  const title = `policy-compile diff: ${series.editions.map(editionName).join(' → ')}`;
  const many = series.reports.length > 1;
  const body = series.reports.map((report, i) => reportHtml(report, many ? `r${i + 1}-` : '', many, L)).join('\n');
  const overview = (series.folders ? folderTable(series, L) : '') + (many ? seriesTable(series, L) : '');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main id="top">
<h1>${esc(title)}</h1>
<p class="meta">${series.editions.map((e) => `${esc(editionName(e))}${e.title ? ` · ${esc(e.title)}` : ''}${e.path ? ` · <code>${esc(e.path)}</code>` : ''}`).join('<br>')}</p>
${overview}${body}
</main>
</body>
</html>
`;
}

/** The table of a folder comparison: each pair linked to its report, then the plans left unpaired. */
function folderTable(series: DiffSeries, L: Labels): string {
  const many = series.reports.length > 1;
  const rows = folderRows(series.folders!).map((row) => {
    const similarity = row.similarity === null ? L.unpaired : row.similarity.toFixed(2);
    const link = row.report === null ? esc(similarity) : `<a href="#${many ? `r${row.report + 1}-` : ''}report">${esc(similarity)}</a>`;
    return `<tr><td>${esc(row.old)}</td><td>${esc(row.new)}</td><td>${link}</td></tr>`;
  });
  return `<table class="series folders"><thead><tr><th>${L.oldPlan}</th><th>${L.newPlan}</th><th>${L.titleSimilarity}</th></tr></thead><tbody>${rows.join('')}</tbody></table>\n`;
}

function seriesTable(series: DiffSeries, L: Labels): string {
  const kinds = KIND_ORDER.filter((k) => k !== 'unchanged');
  const rows = series.reports.map(
    (report, i) =>
      `<tr><td><a href="#r${i + 1}-report">${esc(editionName(report.old))} → ${esc(editionName(report.new))}</a></td><td>${changedNodes(report)}</td>${kinds
        .map((k) => `<td>${report.summary.nodes[k] || ''}</td>`)
        .join('')}<td>${report.summary.obligations.old} → ${report.summary.obligations.new}</td></tr>`,
  );
  return `<table class="series"><thead><tr><th>${L.editions}</th><th>${L.nodesChanged}</th>${kinds.map((k) => `<th>${L.kinds[k]}</th>`).join('')}<th>${L.obligations}</th></tr></thead><tbody>${rows.join('')}</tbody></table>\n`;
}

function reportHtml(report: DiffReport, prefix: string, many: boolean, L: Labels): string {
  const s = report.summary;
  const out: string[] = [`<section id="${prefix}report">`];
  if (many) out.push(`<h2>${esc(editionName(report.old))} → ${esc(editionName(report.new))}</h2>`);
  if (!report.changed) {
    out.push(`<p>${L.noDifferences}</p></section>`);
    return out.join('\n');
  }
  const shown = entries(report);
  const kinds = KIND_ORDER.filter((kind) => s.nodes[kind] || s.obligations.changes[kind]);
  out.push(`<h2>${L.summary}</h2>`);
  out.push(`<p>${L.changedLine(changedNodes(report), s.obligations.old, s.obligations.new)}</p>`);
  out.push(
    `<table class="counts"><thead><tr><th>${L.change}</th><th>${L.nodes}</th><th>${L.obligations}</th></tr></thead><tbody>${kinds
      .map((kind) => `<tr><td><span class="kind k-${kind}">${L.kinds[kind]}</span></td><td>${s.nodes[kind]}</td><td>${s.obligations.changes[kind]}</td></tr>`)
      .join('')}</tbody></table>`,
  );
  if (s.sections.length) {
    const used = KIND_ORDER.filter((kind) => kind !== 'unchanged' && s.sections.some((row) => row.counts[kind]));
    const visible = new Set(shown.map((entry) => entry.change.id));
    out.push(`<h3>${L.bySection}</h3>`);
    out.push(
      `<table class="sections"><thead><tr><th>${L.section}</th>${used.map((kind) => `<th>${L.kinds[kind]}</th>`).join('')}</tr></thead><tbody>${s.sections
        .map((row) => {
          const name = row.new && row.old && row.new !== row.old ? `${esc(row.new)}<br><span class="meta">${L.was} ${esc(row.old)}</span>` : esc(row.new ?? row.old ?? '');
          const link = visible.has(row.change) ? `<a href="#${prefix}${row.change}">${name}</a>` : name;
          return `<tr><td>${link}</td>${used.map((kind) => `<td>${row.counts[kind] || ''}</td>`).join('')}</tr>`;
        })
        .join('')}</tbody></table>`,
    );
  }
  const names: string[] = [];
  const nameList = (label: string, list: { added: string[]; removed: string[] }, wrap: (n: string) => string) => {
    if (!list.added.length && !list.removed.length) return;
    names.push(`<li><strong>${label}</strong> ${[...list.added.map((n) => `<ins>+ ${esc(wrap(n))}</ins>`), ...list.removed.map((n) => `<del>− ${esc(wrap(n))}</del>`)].join(' · ')}</li>`);
  };
  nameList(L.citedDocuments, s.citedDocuments, (n) => `《${n}》`);
  nameList(L.units, s.units, (n) => n);
  if (s.terms.added.length) names.push(`<li><strong>${L.termsAppear}</strong> ${s.terms.added.map((t) => `<ins>${esc(t.term)}</ins> (${t.new})`).join(' · ')}</li>`);
  if (s.terms.removed.length) names.push(`<li><strong>${L.termsVanish}</strong> ${s.terms.removed.map((t) => `<del>${esc(t.term)}</del> (${t.old})`).join(' · ')}</li>`);
  if (s.terms.shifted.length) names.push(`<li><strong>${L.emphasis}</strong> ${s.terms.shifted.map((t) => `${esc(t.term)} ${t.old} → ${t.new}`).join(' · ')}</li>`);
  if (names.length) out.push(`<ul class="names">${names.join('')}</ul>`);

  const commitments = commitmentRows(report);
  if (commitments.length) {
    out.push(`<h3>${L.commitments}</h3>`);
    for (const { section, rows } of commitments) {
      out.push(
        `<table class="commitments"><caption>${esc(section)}</caption><thead><tr><th>${L.item}</th><th>${L.field}</th><th>${L.old}</th><th>${L.new}</th></tr></thead><tbody>${rows
          .map((row) => `<tr><td>${esc(row.item)}</td><td>${L.fields[row.field]}</td><td>${row.old ? `<del>${esc(row.old)}</del>` : ''}</td><td>${row.new ? `<ins>${esc(row.new)}</ins>` : ''}</td></tr>`)
          .join('')}</tbody></table>`,
      );
    }
  }
  out.push(`<h3>${L.index}</h3>`);
  out.push(
    `<ol class="index">${shown
      .filter((entry) => entry.change.kind !== 'unchanged' || !entry.heading)
      .map((entry) => `<li><a href="#${prefix}${entry.change.id}"><span class="kind k-${entry.change.kind}">${L.kinds[entry.change.kind]}</span> ${esc(where(entry.change))} ${esc(short(nameOf(entry.change)))}</a></li>`)
      .join('')}</ol>`,
  );
  out.push(`<h2>${L.changes}</h2>`);
  for (const entry of shown) out.push(entryHtml(entry, prefix, L));
  out.push('</section>');
  return out.join('\n');
}

function entryHtml(entry: Entry, prefix: string, L: Labels): string {
  const { change } = entry;
  const id = `${prefix}${change.id}`;
  const head = `<span class="kind k-${change.kind}">${L.kinds[change.kind]}</span> <span class="where">${esc(where(change))}</span> ${esc(short(nameOf(change), 60))}${similarity(change, L)} <a class="top" href="#${prefix}report">${L.top}</a>`;
  if (entry.heading && (change.kind === 'unchanged' || change.kind === 'renumbered') && !change.reworded) {
    return `<h3 class="section-heading" id="${id}">${head}</h3>`;
  }
  const obligations = [
    ...entry.obligations.map((o) => {
      const from = o.kind === 'moved' ? ` ${L.from} ${esc(o.old.map((side) => side.path).join(' + '))}` : '';
      return `<div class="obligation ${o.kind}" id="${prefix}${o.id}"><div class="label"><span class="kind k-${o.kind}">${L.kinds[o.kind]}</span>${from}${similarity(o, L)}</div>${sides(o)}</div>`;
    }),
    ...entry.movedOut.map(
      (o) =>
        `<div class="obligation moved-out"><div class="label"><span class="kind k-moved">${L.movedOut}</span> ${L.to} <a href="#${prefix}${o.id}">${esc(o.new.map((side) => side.path).join(' + '))}</a></div><div class="sides"><div class="removed-text">${esc(o.old.map((side) => side.text).join('\n'))}</div><div class="empty"></div></div></div>`,
    ),
  ];
  const tag = entry.heading ? ' section-heading' : '';
  // A record whose text did not change shows none: its header says what happened.
  const text = change.kind === 'renumbered' || change.kind === 'unchanged' ? '' : sides(change);
  return `<article class="change ${change.kind}${tag}" id="${id}"><header>${head}</header>${text}${obligations.length ? `<div class="obligations">${obligations.join('')}</div>` : ''}</article>`;
}

/** Old and new side by side: deletions marked on the left, insertions on the right. */
function sides(change: Change): string {
  const column = (list: ChangeSide[], side: 'old' | 'new') => {
    if (list.length === 0) return `<div class="${side} empty"></div>`;
    const caption = `<div class="path">${esc(list.map((s) => s.path).join(' + '))}</div>`;
    const text = change.wording ? marked(change.wording, side) : esc(list.map((s) => s.text).join('\n'));
    return `<div class="${side}">${caption}${text}</div>`;
  };
  return `<div class="sides">${column(change.old, 'old')}${column(change.new, 'new')}</div>`;
}

function marked(wording: WordingPiece[], side: 'old' | 'new'): string {
  return wording
    .map((piece) => {
      if (piece.op === 'equal') return esc(piece.text);
      if (piece.op === 'delete') return side === 'old' ? `<del>${esc(piece.text)}</del>` : '';
      return side === 'new' ? `<ins>${esc(piece.text)}</ins>` : '';
    })
    .join('');
}

function similarity(change: Change, L: Labels): string {
  if (change.similarity === null || !change.reworded) return '';
  return change.lowConfidence
    ? ` <span class="sim low">${L.similarity} ${change.similarity.toFixed(2)} · ${L.lowConfidence}</span>`
    : ` <span class="sim">${L.similarity} ${change.similarity.toFixed(2)}</span>`;
}

function short(text: string, length = 40): string {
  const chars = Array.from(text);
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}

function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
