import type { Change, DiffReport, DiffSeries, DiffSummary, Document, EditionRef } from '../model/index.js';
import { align, type Alignment, type Group } from './align.js';
import { pairByMembers } from './pair-by-members.js';
import { textSimilarity } from './bigrams.js';
import { changeRecords, sameText } from './changes.js';
import { scorer } from './similarity.js';
import { summarise } from './summary.js';
import { editionUnits, type Unit } from './units.js';
import { rollOver, type Rollover } from './task-fields.js';
import { wording } from './wording.js';

/** How to compare two editions. */
export interface DiffOptions {
  /** Compute the inline wording changes of reworded records (default true; off makes `wording` null everywhere). */
  wording?: boolean;
}

/**
 * Compares two editions of a plan by content: aligns sections, every numbered node and the
 * obligations, classifies each as unchanged, renumbered, reworded, moved, split, merged, added
 * or removed, and summarises the differences.
 * @param before the old edition, compiled
 * @param after the new edition, compiled
 * @param options what to compute
 * @returns the report: every change record (node and obligation records in reading order, each
 *   node followed by its obligations; front and preamble first, closing last) and the summary
 */
export function diff(before: Document, after: Document, options: DiffOptions = {}): DiffReport {
  const withWording = options.wording ?? true;
  const old = editionUnits(before, 'old');
  const next = editionUnits(after, 'new');

  const rootGroup: Group = { how: 'pair', old: [old.root], new: [next.root], similarity: 1 };
  const nodes: Alignment = new Map([
    [old.root, rootGroup],
    [next.root, rootGroup],
  ]);
  const nodeScorer = scorer(old.nodes, next.nodes);
  const nodeSpec = (parents: Group[]) => ({ old: old.nodes, new: next.nodes, scorer: nodeScorer, members: (unit: Unit) => unit.children, parents, parentGroup: (unit: Unit, found: Alignment) => found.get(unit), recursive: true });
  align(nodeSpec([rootGroup]), nodes);
  const obligationScorer = scorer(old.obligations, next.obligations);
  const alignObligations = () =>
    align({
      old: old.obligations,
      new: next.obligations,
      scorer: obligationScorer,
      members: (unit) => unit.obligations,
      parents: [...new Set(nodes.values())].filter((group) => group !== rootGroup),
      parentGroup: (unit) => nodes.get(unit),
      recursive: false,
    });
  let obligations = alignObligations();
  // Nodes left alone on both sides whose sentences went to each other are one task; their
  // children are aligned under them and the sentences aligned again, now inside the pair.
  const bySentences = pairByMembers(old.nodes, next.nodes, nodes, obligations, nodeScorer);
  if (bySentences.length > 0) {
    for (const group of bySentences) for (const unit of [...group.old, ...group.new]) nodes.set(unit, group);
    align(nodeSpec(bySentences), nodes);
    obligations = alignObligations();
  }

  const correspond = (a: Unit, b: Unit) => {
    const group = a.parent ? nodes.get(a.parent) : undefined;
    return group !== undefined && b.parent !== null && group === nodes.get(b.parent);
  };
  // Editions of different years roll the old year over to the new; an unknown year rolls nothing.
  const rollover: Rollover = before.year !== null && after.year !== null && before.year !== after.year ? { from: before.year, to: after.year } : null;
  const nodeChanges = changeRecords(old.nodes, next.nodes, nodes, correspond, 'n', withWording, rollover);
  const obligationChanges = changeRecords(old.obligations, next.obligations, obligations, correspond, 'o', withWording, rollover);

  // Each obligation record sits under the record of its node (its new node, else its old one).
  const recordOf = new Map<Unit, Change>();
  for (const change of nodeChanges) for (const unit of [...change.units.old, ...change.units.new]) recordOf.set(unit, change);
  const under = new Map<Change, typeof obligationChanges>();
  for (const change of obligationChanges) {
    const node = (change.units.new[0] ?? change.units.old[0]!).parent!;
    const holder = recordOf.get(node)!;
    change.within = holder.id;
    under.set(holder, [...(under.get(holder) ?? []), change]);
  }

  const paragraphs = (document: Document, part: 'front' | 'preamble' | 'closing') => document[part].map((block) => block.text).filter((text) => text.trim());
  const summary = summarise(
    [...nodeChanges, ...obligationChanges],
    { units: old, paragraphs: [...paragraphs(before, 'preamble'), ...paragraphs(before, 'closing')] },
    { units: next, paragraphs: [...paragraphs(after, 'preamble'), ...paragraphs(after, 'closing')] },
  );
  const strip = ({ units: _units, ...change }: Change & { units: unknown }): Change => change;
  const changes: Change[] = [
    // The front holds the title, 文号, 主送 and the notice: a new 文号 or a retitled plan is a change too.
    ...textChange('t0', 'front', paragraphs(before, 'front'), paragraphs(after, 'front'), withWording, rollover),
    ...textChange('t1', 'preamble', paragraphs(before, 'preamble'), paragraphs(after, 'preamble'), withWording, rollover),
    ...nodeChanges.flatMap((change) => [strip(change), ...(under.get(change) ?? []).map(strip)]),
    ...textChange('t2', 'closing', paragraphs(before, 'closing'), paragraphs(after, 'closing'), withWording, rollover),
  ];
  renumberIds(changes, summary);
  return { old: editionRef(before), new: editionRef(after), changed: changes.some((change) => change.kind !== 'unchanged'), summary, changes };
}

/**
 * Compares each edition of a series with the next.
 * @param editions the editions, oldest first (at least two)
 * @param options what to compute
 */
export function diffSeries(editions: Document[], options: DiffOptions = {}): DiffSeries {
  return { editions: editions.map(editionRef), reports: editions.slice(1).map((after, i) => diff(editions[i]!, after, options)) };
}

/** Which edition a document is, for the head of a report. */
export function editionRef(document: Document): EditionRef {
  return { id: document.id, title: document.title, year: document.year, path: document.source.path, sha256: document.source.sha256 };
}

/** Numbers the records in their final order (`n1`, `n2`…, `o1`…, `t1`…) and updates the references to them. */
function renumberIds(changes: Change[], summary: DiffSummary): void {
  const next: Record<string, number> = {};
  const ids = new Map<string, string>();
  for (const change of changes) {
    const prefix = change.id[0]!;
    next[prefix] = (next[prefix] ?? 0) + 1;
    ids.set(change.id, `${prefix}${next[prefix]}`);
  }
  for (const change of changes) {
    change.id = ids.get(change.id)!;
    if (change.within) change.within = ids.get(change.within)!;
  }
  for (const row of summary.sections) row.change = ids.get(row.change)!;
}

/** The record of the front, preamble or closing: its paragraphs compared as one text. */
function textChange(id: string, part: 'front' | 'preamble' | 'closing', before: string[], after: string[], withWording: boolean, rollover: Rollover): Change[] {
  if (before.length === 0 && after.length === 0) return [];
  const side = (paragraphs: string[]) => (paragraphs.length ? [{ eId: part, kind: part, num: null, path: part, label: part, text: paragraphs.join('\n'), position: null }] : []);
  const oldText = before.join('\n');
  const newText = after.join('\n');
  const paired = before.length > 0 && after.length > 0;
  const reworded = paired && !sameText(oldText, newText) && !sameText(rollOver(oldText, rollover), newText);
  const rolled = paired && rollover !== null && !sameText(oldText, newText) && !reworded;
  return [
    {
      id,
      level: 'text',
      kind: !paired ? (before.length ? 'removed' : 'added') : reworded ? 'reworded' : 'unchanged',
      old: side(before),
      new: side(after),
      similarity: paired ? (reworded ? Math.round(textSimilarity(oldText, newText) * 1000) / 1000 : 1) : null,
      renumbered: false,
      reworded,
      within: null,
      wording: withWording && reworded ? wording(oldText, newText) : null,
      lowConfidence: false,
      fields: rolled ? [{ field: 'rollover', old: String(rollover.from), new: String(rollover.to) }] : [],
    },
  ];
}
