import * as z from 'zod';
import { allNodes, Modality, partsOf, type Deadline, type Document, type Node, type Obligation, type UnitNote } from '../model/index.js';

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


/**
 * One time limit of a blind gold obligation: as written, its year and month, whether it recurs
 * (`每年2月底前` is yearly) and a relative span (`一年内` is `1y`, `三个月内` `3m`, `30日内` `30d`).
 */
export const BlindDeadline = z.object({
  text: z.string(),
  year: z.int().nullable().default(null),
  month: z.int().nullable().default(null),
  recurrence: z.enum(['yearly', 'quarterly', 'monthly']).optional(),
  within: z.string().regex(/^[0-9]+[ymd]$/u).optional(),
});
export type BlindDeadline = z.infer<typeof BlindDeadline>;

/** One obligation of a blind gold set (fixtures/extract/blind/), written without the tool's output in view. */
export const BlindObligation = z.object({
  /** The number of the node it belongs to, as written (`（三）`, `1.`), or `closing` for the closing paragraphs. */
  node: z.string(),
  text: z.string().min(1),
  actions: z.array(z.string()).default([]),
  targets: z.array(z.string()).default([]),
  deadlines: z.array(BlindDeadline).default([]),
  modality: Modality.default('plain'),
});
export type BlindObligation = z.infer<typeof BlindObligation>;

/**
 * A blind gold set: the document it reads (`corpus:…` for a file of the shared corpus, else a path
 * in the project), its obligations, and, when they are a sample, the nodes all of whose
 * obligations are listed.
 */
export const BlindSet = z.object({
  source: z.string(),
  obligations: z.array(BlindObligation),
  nodes: z.array(z.string()).optional(),
});
export type BlindSet = z.infer<typeof BlindSet>;

/** The fields a blind gold set scores, in the order reports show them. */
export const BLIND_FIELDS = ['boundaries', 'actions', 'targets', 'deadlines', 'modality'] as const;
export type BlindField = (typeof BLIND_FIELDS)[number];

/** How the tool did against one blind gold set. */
export interface BlindScore {
  fields: Record<BlindField, Tally>;
  /** Gold obligations no obligation of the tool has the text of. */
  missing: string[];
  /** Obligations of the tool, in the nodes the set covers, that the gold set does not have. */
  extra: string[];
  /** Fields of matched obligations that differ from the gold set. */
  differences: Array<{ text: string; field: BlindField; expected: string[]; found: string[] }>;
}

/** A task of the tool as the blind scorer sees it: its node's number and its fields. */
interface ToolTask {
  node: string;
  /** The eId of its node (`closing` for the closing's tasks): one node, where numbers repeat. */
  home: string;
  obligation: Obligation;
}

/**
 * Scores a compiled document against a blind gold set, as the contract of the sets says
 * (docs/task-table.md, "Blind gold sets"): obligations are matched by their text without
 * whitespace; boundaries count the matched obligations (precision over the tool's obligations in
 * the nodes the set covers, recall over the set's); actions match when equal or one holds the
 * other; targets when their spans overlap and hold the same number; deadlines when year, month,
 * recurrence and span are equal; modality counts values other than plain. An obligation without
 * a match counts all its items as missed (the set's) or wrong (the tool's).
 * @param document a compiled document
 * @param gold the blind gold set of its obligations
 */
export function scoreBlind(document: Document, gold: BlindSet): BlindScore {
  const fields = Object.fromEntries(BLIND_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<BlindField, Tally>;
  const tasks = toolTasks(document);
  const byText = new Map<string, ToolTask[]>();
  for (const task of tasks) {
    const key = squeeze(task.obligation.text);
    byText.set(key, [...(byText.get(key) ?? []), task]);
  }
  const matched = new Set<ToolTask>();
  const missing: string[] = [];
  const differences: BlindScore['differences'] = [];
  const pairs: Array<[BlindObligation, ToolTask | undefined]> = gold.obligations.map((expected) => {
    const found = byText.get(squeeze(expected.text))?.find((task) => !matched.has(task));
    if (found) matched.add(found);
    else missing.push(expected.text);
    return [expected, found];
  });
  // The tool's obligations the set speaks for: all of them, or those of the nodes it lists.
  const inScope = scopeOf(gold, matched);
  const extra = tasks.filter((task) => inScope(task) && !matched.has(task));
  fields.boundaries.tp = matched.size;
  fields.boundaries.fn = missing.length;
  fields.boundaries.fp = extra.length;
  for (const [expected, found] of pairs) {
    for (const field of ['actions', 'targets', 'deadlines', 'modality'] as const) {
      const wrong = scoreBlindField(fields[field], field, expected, found?.obligation ?? null);
      if (found && wrong) differences.push({ text: expected.text, field, expected: blindGoldItems(expected, field), found: blindToolItems(found.obligation, field) });
    }
  }
  for (const task of extra) for (const field of ['actions', 'targets', 'deadlines', 'modality'] as const) scoreBlindField(fields[field], field, null, task.obligation);
  return { fields, missing, extra: extra.map((task) => task.obligation.text), differences };
}

/** Adds one obligation's items of a field (the set's, the tool's or both) to its tally; whether any differ. */
function scoreBlindField(t: Tally, field: Exclude<BlindField, 'boundaries'>, expected: BlindObligation | null, found: Obligation | null): boolean {
  const want = expected ? blindGoldItems(expected, field) : [];
  const have = found ? blindToolItems(found, field) : [];
  const text = expected?.text ?? found?.text ?? '';
  const same = field === 'actions' ? sameAction : field === 'targets' ? sameTarget(text) : (a: string, b: string) => a === b;
  const extra = [...have];
  let misses = 0;
  for (const item of want) {
    const at = extra.findIndex((candidate) => same(item, candidate));
    if (at < 0) misses++;
    else {
      extra.splice(at, 1);
      t.tp++;
    }
  }
  t.fn += misses;
  t.fp += extra.length;
  return misses + extra.length > 0;
}

function blindGoldItems(o: BlindObligation, field: Exclude<BlindField, 'boundaries'>): string[] {
  if (field === 'deadlines') return o.deadlines.map((d) => deadlineKey(d.year, d.month, d.recurrence ?? null, d.within ?? null));
  if (field === 'modality') return o.modality === 'plain' ? [] : [o.modality];
  return o[field];
}

function blindToolItems(o: Obligation, field: Exclude<BlindField, 'boundaries'>): string[] {
  if (field === 'deadlines') return deadlinesOf(o).map((d) => deadlineKey(d.year, d.month, d.recurrence ?? null, d.within ?? null));
  if (field === 'modality') return o.modality === 'plain' ? [] : [o.modality];
  if (field === 'targets') return o.targets.map((t) => t.text);
  return o.actions;
}

/** The deadlines of a tool's obligation, with what the blind sets compare. */
function deadlinesOf(o: Obligation): Deadline[] {
  return o.deadlines;
}

function deadlineKey(year: number | null, month: number | null, recurrence: string | null, within: string | null): string {
  return `${year ?? '-'}|${month ?? '-'}|${recurrence ?? '-'}|${within ?? '-'}`;
}

/** Two actions match when equal or when one holds the other (`推进` and `加快推进`). */
function sameAction(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

/** Two targets match when their spans in the obligation's text overlap and hold the same number. */
function sameTarget(text: string): (a: string, b: string) => boolean {
  const plain = squeeze(text);
  return (a, b) => {
    const [x, y] = [squeeze(a), squeeze(b)];
    const [i, j] = [plain.indexOf(x), plain.indexOf(y)];
    const overlap = i >= 0 && j >= 0 ? i < j + y.length && j < i + x.length : x.includes(y) || y.includes(x);
    if (!overlap) return false;
    const [p, q] = [numbersIn(x), numbersIn(y)];
    return p.length === 0 ? q.length === 0 || y.includes(x) : p.some((n) => q.includes(n));
  };
}

/** The figures of a text, as written in ASCII digits (`１００%` → `100`). */
function numbersIn(text: string): string[] {
  const ascii = text.replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  return ascii.match(/[0-9]+(?:\.[0-9]+)?/gu) ?? [];
}

/** A text without its whitespace, as the blind sets are matched. */
function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** A node's number as the sets write it, with widths and trailing marks evened out: `1．` and `1` are one. */
function nodeKey(raw: string): string {
  const half = raw.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\(/gu, '（').replace(/\)/gu, '）');
  return half.replace(/\s+/gu, '').replace(/(?<![.．、,，﹒])[.．、,，﹒]+$/u, '');
}

/** Every obligation of the tool with the number of its node; the closing's tasks under `closing`. */
function toolTasks(document: Document): ToolTask[] {
  const tasks: ToolTask[] = [];
  for (const part of partsOf(document)) {
    for (const node of allNodes(part.body)) for (const obligation of node.obligations) tasks.push({ node: node.num.raw, home: node.eId, obligation });
    for (const obligation of part.closingObligations ?? []) tasks.push({ node: 'closing', home: 'closing', obligation });
  }
  return tasks;
}

/**
 * Which of the tool's obligations a set speaks for: all, when it lists no nodes; else those of
 * the nodes it lists. A number written in several places (items restarting at 1 under each
 * section) is taken where the set's obligations of that number were found, else everywhere.
 */
function scopeOf(gold: BlindSet, matched: Set<ToolTask>): (task: ToolTask) => boolean {
  if (!gold.nodes) return () => true;
  const listed = new Set(gold.nodes.map(nodeKey));
  const homes = new Map<string, Set<string>>();
  for (const task of matched) {
    const key = nodeKey(task.node);
    homes.set(key, (homes.get(key) ?? new Set()).add(task.home));
  }
  return (task) => {
    const key = nodeKey(task.node);
    return listed.has(key) && (homes.get(key)?.has(task.home) ?? true);
  };
}
