import * as z from 'zod';
import { allNodes, Modality, partsOf, type Document, type Node, type Obligation, type UnitNote } from '../model/index.js';

/** One obligation of a gold set, as a person wrote it down by reading the plan; left-out fields are empty. */
export const GoldObligation = z.object({
  /** The node's number as written (`1`, `（三）`), to help a reader find it; not used to match. */
  node: z.string().optional(),
  /** The obligation's text, without its unit notes: it matches the tool's obligation. */
  text: z.string().min(1),
  actions: z.array(z.string()).default([]),
  leads: z.array(z.string()).default([]),
  partners: z.array(z.string()).default([]),
  deadline: z.object({ text: z.string(), year: z.int().nullable(), month: z.int().nullable() }).nullable().default(null),
  targets: z.array(z.string()).default([]),
  references: z.array(z.string()).default([]),
  modality: Modality.default('plain'),
});
export type GoldObligation = z.infer<typeof GoldObligation>;

/** A gold set: the file it is about (relative to the project) and all its obligations. */
export const GoldSet = z.object({ source: z.string(), obligations: z.array(GoldObligation) });
export type GoldSet = z.infer<typeof GoldSet>;

/**
 * The unit notes of one corpus document as a person found them by reading it: one line per note
 * in order, `node eId | leads | partners | deadline` with units joined by `；`; and, for some nodes,
 * the leads of each of their obligations in order (`coverage`, `""` for none), or nodes whose
 * note covers all of them (`wholeNodes`).
 */
export const UnitGold = z.object({
  document: z.string(),
  notes: z.array(z.string()),
  coverage: z.array(z.object({ node: z.string(), leads: z.array(z.string()) })).default([]),
  wholeNodes: z.array(z.string()).default([]),
});
export type UnitGold = z.infer<typeof UnitGold>;

/** The actions of some nodes of a corpus document, obligation by obligation, as a person read them. */
export const ActionGold = z.object({
  document: z.string(),
  nodes: z.record(z.string(), z.array(z.array(z.string()))),
});
export type ActionGold = z.infer<typeof ActionGold>;

/** The fields a gold set scores, in the order reports show them. */
export const FIELDS = ['actions', 'leads', 'partners', 'deadline', 'targets', 'references', 'modality'] as const;
export type Field = (typeof FIELDS)[number];

/** Counts of one field: items found and right, found but wrong, and missed. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** How the tool did against one gold set. */
export interface ObligationScore {
  fields: Record<Field, Tally>;
  /** Gold obligations whose text no obligation of the tool has. */
  missing: string[];
  /** Obligations of the tool whose text the gold set does not have. */
  extra: string[];
  /** Fields of matched obligations that differ from the gold set. */
  differences: Array<{ text: string; field: Field; expected: string[]; found: string[] }>;
}

/**
 * Scores the obligations of a compiled document against a gold set, field by field. Obligations
 * are matched by text; each item of a field (an action, a unit, a target's text, a reference, the
 * deadline as `text|year|month`, a modality other than plain) counts once, so a repeated action
 * must be found twice. An unmatched obligation counts all its items as missed, or as wrong.
 * @param document a compiled document
 * @param gold the gold set of its obligations
 */
export function scoreObligations(document: Document, gold: GoldObligation[]): ObligationScore {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Tally>;
  const found = new Map<string, Obligation[]>();
  for (const obligation of obligationsOf(document)) found.set(obligation.text, [...(found.get(obligation.text) ?? []), obligation]);
  const missing: string[] = [];
  const differences: ObligationScore['differences'] = [];
  for (const expected of gold) {
    const match = found.get(expected.text)?.shift();
    if (!match) missing.push(expected.text);
    for (const field of FIELDS) {
      const items = match ? foundItems(match, field) : [];
      const wrong = tally(fields[field], goldItems(expected, field), items);
      if (match && wrong) differences.push({ text: expected.text, field, expected: goldItems(expected, field), found: items });
    }
  }
  const extra = [...found.values()].flat();
  for (const obligation of extra) for (const field of FIELDS) tally(fields[field], [], foundItems(obligation, field));
  return { fields, missing, extra: extra.map((o) => o.text), differences };
}

/** How the tool did against the unit notes of one corpus document. */
export interface UnitScore extends Tally {
  missing: string[];
  extra: string[];
  /** Coverage lines that differ: `node: expected ≠ found`. */
  coverage: string[];
}

/**
 * Scores the unit notes found in a document against the notes a person found by reading it:
 * a note counts as right when its node, leads, partners and deadline all agree.
 * @param document a compiled document
 * @param gold the notes of the document
 */
export function scoreUnitNotes(document: Document, gold: UnitGold): UnitScore {
  const { matched, missing, extra } = matchItems(gold.notes.map(normaliseLine), unitNoteLines(document));
  const score: UnitScore = { tp: matched, fp: extra.length, fn: missing.length, missing, extra, coverage: [] };
  const nodes = new Map([...walkAll(document)].map((node) => [node.eId, node]));
  for (const { node, leads } of gold.coverage) {
    const actual = nodes.get(node)?.obligations.map((o) => o.leads.join('；')) ?? [];
    if (actual.join('|') !== leads.join('|')) score.coverage.push(`${node}: ${leads.join('|')} ≠ ${actual.join('|')}`);
  }
  for (const eId of gold.wholeNodes) {
    const node = nodes.get(eId);
    const whole = new Set((node?.notes ?? []).map(noteKey));
    const ok = node && whole.size && node.obligations.every((o) => o.notes.length && o.notes.every((n) => whole.has(noteKey(n))));
    if (!ok) score.coverage.push(`${eId}: its note should cover the whole node`);
  }
  return score;
}

/**
 * The unit notes of a document as lines `node eId | leads | partners | deadline`, in source order,
 * each under the node it is written in; notes that give only a score are left out.
 * @param document a compiled document
 */
export function unitNoteLines(document: Document): string[] {
  // A note reaches several obligations (and a node's children); it is listed once, under the first node that has it.
  const seen = new Map<string, [UnitNote, string]>();
  for (const node of walkAll(document)) {
    for (const note of [...(node.notes ?? []), ...node.obligations.flatMap((o) => o.notes)]) {
      const key = noteKey(note);
      if (!seen.has(key) && (note.leads.length || note.partners.length || note.deadline)) seen.set(key, [note, node.eId]);
    }
  }
  return [...seen.values()]
    .sort(([a], [b]) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
    .map(([note, eId]) => normaliseLine(`${eId} | ${note.leads.join('；')} | ${note.partners.join('；')} | ${note.deadline?.text ?? ''}`));
}

/**
 * Scores the actions of the obligations of some nodes of a document against what a person read there;
 * a node with more or fewer obligations than expected counts the difference as missed or wrong.
 * @param document a compiled document
 * @param gold the actions of its nodes
 */
export function scoreActions(document: Document, gold: ActionGold): Tally {
  const nodes = new Map([...walkAll(document)].map((node) => [node.eId, node]));
  const t: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [eId, expected] of Object.entries(gold.nodes)) {
    const obligations = nodes.get(eId)?.obligations ?? [];
    const count = Math.max(expected.length, obligations.length);
    for (let i = 0; i < count; i++) tally(t, expected[i] ?? [], obligations[i]?.actions ?? []);
  }
  return t;
}

/** Precision of a tally: 1 when nothing was found. */
export function precision(t: Tally): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}

/** Recall of a tally: 1 when nothing was to be found. */
export function recall(t: Tally): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}

/** Adds the counts of `b` to `a`. */
export function addTally(a: Tally, b: Tally): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

function goldItems(o: GoldObligation, field: Field): string[] {
  if (field === 'deadline') return o.deadline ? [`${o.deadline.text}|${o.deadline.year}|${o.deadline.month}`] : [];
  if (field === 'modality') return o.modality === 'plain' ? [] : [o.modality];
  return o[field];
}

function foundItems(o: Obligation, field: Field): string[] {
  if (field === 'deadline') return o.deadline ? [`${o.deadline.text}|${o.deadline.year}|${o.deadline.month}`] : [];
  if (field === 'modality') return o.modality === 'plain' ? [] : [o.modality];
  if (field === 'targets') return o.targets.map((t) => t.text);
  return o[field];
}

/** Adds one obligation's items of a field to its tally; whether any was missed or wrong. */
function tally(t: Tally, expected: string[], found: string[]): boolean {
  const { matched, missing, extra } = matchItems(expected, found);
  t.tp += matched;
  t.fn += missing.length;
  t.fp += extra.length;
  return missing.length + extra.length > 0;
}

/** Pairs equal items of two lists, each item once: how many pair up, and what is left on either side. */
function matchItems(expected: string[], found: string[]): { matched: number; missing: string[]; extra: string[] } {
  const extra = [...found];
  const missing: string[] = [];
  let matched = 0;
  for (const item of expected) {
    const at = extra.indexOf(item);
    if (at < 0) missing.push(item);
    else {
      extra.splice(at, 1);
      matched++;
    }
  }
  return { matched, missing, extra };
}

function noteKey(note: UnitNote): string {
  return `${note.position?.start.offset ?? -1}:${note.text}`;
}

function normaliseLine(line: string): string {
  return line.split('|').map((part) => part.trim()).join(' | ');
}

function walkAll(document: Document): Node[] {
  return partsOf(document).flatMap((part) => allNodes(part.body));
}

function* obligationsOf(document: Document): Generator<Obligation> {
  for (const node of walkAll(document)) yield* node.obligations;
}
