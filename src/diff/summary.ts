import type { Change, ChangeKind, DiffSummary, KindCounts } from '../model/index.js';
import { citedInText, normaliseTitle } from './cited-documents.js';
import { nameChanges } from './names.js';
import { termChanges } from './terms.js';
import type { EditionUnits, Unit } from './units.js';

/** An edition as the summary reads it: its units and its unnumbered paragraphs. */
export interface SummaryInput {
  units: EditionUnits;
  /** Preamble and closing paragraphs (the numbered text is in the units). */
  paragraphs: string[];
}

/**
 * Counts and lists for the top of a report.
 * @param changes the node and obligation records, each with the units it covers
 * @param before the old edition
 * @param after the new edition
 */
export function summarise(changes: Array<Change & { units: { old: Unit[]; new: Unit[] } }>, before: SummaryInput, after: SummaryInput): DiffSummary {
  const nodes = changes.filter((change) => change.level === 'node');
  const obligations = changes.filter((change) => change.level === 'obligation');
  return {
    nodes: countKinds(nodes),
    obligations: { old: before.units.obligations.length, new: after.units.obligations.length, changes: countKinds(obligations) },
    sections: sectionRows(nodes),
    citedDocuments: nameChanges(citedDocuments(before), citedDocuments(after)),
    units: nameChanges(responsibleUnits(before.units), responsibleUnits(after.units)),
    terms: termChanges(texts(before), texts(after)),
  };
}

/** A count of zero for every kind. */
export function zeroCounts(): KindCounts {
  return { unchanged: 0, renumbered: 0, reworded: 0, moved: 0, split: 0, merged: 0, added: 0, removed: 0 };
}

function countKinds(changes: Array<{ kind: ChangeKind }>): KindCounts {
  const counts = zeroCounts();
  for (const change of changes) counts[change.kind]++;
  return counts;
}

/**
 * One row per top-level node record (when the plan has sections, i.e. top-level nodes with
 * children), counting the records of the nodes under it; a node counts under the section it is
 * in in the new edition, or in the old one when it was removed.
 */
function sectionRows(nodes: Array<Change & { units: { old: Unit[]; new: Unit[] } }>): DiffSummary['sections'] {
  const topLevel = (unit: Unit) => unit.parent?.kind === 'root';
  const tops = nodes.filter((change) => [...change.units.old, ...change.units.new].some(topLevel));
  if (!tops.some((change) => [...change.units.old, ...change.units.new].some((unit) => unit.children.length > 0))) return [];
  const rowOf = new Map<Unit, DiffSummary['sections'][number]>();
  const rows = tops.map((change) => {
    const row = { change: change.id, old: heading(change.old[0]), new: heading(change.new[0]), counts: zeroCounts() };
    for (const unit of [...change.units.old, ...change.units.new]) rowOf.set(unit, row);
    return row;
  });
  for (const change of nodes) {
    const unit = change.units.new[0] ?? change.units.old[0]!;
    let top: Unit | null = unit;
    while (top && !topLevel(top)) top = top.parent;
    const row = top && top !== unit ? rowOf.get(top) : undefined;
    if (row) row.counts[change.kind]++;
  }
  return rows;
}

function heading(side: { num: string | null; label: string } | undefined): string | null {
  return side ? `${side.num ?? ''}${side.label}` : null;
}

function texts(input: SummaryInput): string[] {
  return [...input.paragraphs, ...input.units.nodes.map((unit) => unit.text)];
}

/** Titles in `《…》` anywhere in the text, and the `references` of the obligations. */
function citedDocuments(input: SummaryInput): string[] {
  const fromFields = input.units.obligations.flatMap((unit) => unit.obligation?.references ?? []).map(normaliseTitle);
  return [...new Set([...citedInText(texts(input)), ...fromFields.filter(Boolean)])];
}

/** Lead and partner units of every obligation, as written (spaces and width normalised). */
function responsibleUnits(units: EditionUnits): string[] {
  const names = units.obligations.flatMap((unit) => [...(unit.obligation?.leads ?? []), ...(unit.obligation?.partners ?? [])]);
  return [...new Set(names.map((name) => name.normalize('NFKC').replace(/\s+/gu, '')).filter(Boolean))];
}
