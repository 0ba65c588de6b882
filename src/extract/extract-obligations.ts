import { advance, type Node, type Obligation, type Point, type Position, type UnitNote } from '../model/index.js';
import { splitSentences } from '../text/sentences.js';
import { findActions } from './find-actions.js';
import { findDeadline } from './find-deadline.js';
import { findModality } from './find-modality.js';
import { findSentenceNotes, readNoteLine } from './find-notes.js';
import { findReferences } from './find-references.js';
import { findTargets } from './find-targets.js';

/** A node's prose in source order: task sentences and the unit notes between them. */
type Entry = { kind: 'sentence'; text: string; position: Position | null } | { kind: 'note'; note: UnitNote };

/**
 * Fills the obligations of every node, one per sentence of its prose after the title (the rest
 * of its head paragraph, then its unnumbered paragraphs), with the fields of a task table.
 * Unit notes (`（省商务厅牵头，合肥海关配合）`, `牵头单位：…` lines) are taken out of the
 * sentences and never become obligations; a note gives its units and deadline to the sentences
 * since the note before it in the node, and a note covering the whole node (`node.notes`) to its
 * children's sentences that have none.
 * @param nodes a tree from `parse`; a new tree is returned, the input is left as it was
 */
export function extractObligations(nodes: Node[]): Node[] {
  return extractUnder(nodes, []);
}

function extractUnder(nodes: Node[], inherited: UnitNote[]): Node[] {
  return nodes.map((node) => {
    const entries = entriesOf(node);
    const obligations: Obligation[] = [];
    let pending: Array<Extract<Entry, { kind: 'sentence' }>> = [];
    const runs: UnitNote[][] = [];
    const settle = (run: UnitNote[], own: boolean) => {
      for (const sentence of pending) obligations.push(obligation(`${node.eId}__obl_${obligations.length + 1}`, sentence.text, sentence.position, run, own));
      pending = [];
    };
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.kind === 'sentence') {
        pending.push(entry);
        continue;
      }
      const run = [entry.note];
      while (entries[i + 1]?.kind === 'note') run.push((entries[++i] as Extract<Entry, { kind: 'note' }>).note);
      runs.push(run);
      settle(run, true);
    }
    const trailing = pending.length > 0;
    settle(inherited, false);
    // One run of notes closing the node covers all of it; so do note lines under a node without prose.
    const whole = runs.length === 1 && !trailing ? runs[0]! : obligations.length === 0 ? runs.flat() : [];
    return { ...node, obligations, notes: structuredClone(whole), children: extractUnder(node.children, whole.length ? whole : inherited) };
  });
}

/** The sentences and notes of a node's head paragraph and unnumbered paragraphs, in order. */
function entriesOf(node: Node): Entry[] {
  const entries: Entry[] = [];
  const head = node.position && advance(node.position.start, node.num.raw + (node.title ?? '') + node.titleEnd);
  addProse(entries, node.text, head);
  for (const block of node.blocks) {
    const fields = readNoteLine(block.text);
    if (fields) {
      const position = { start: advance(block.position.start, ''), end: advance(block.position.start, block.text) };
      entries.push({ kind: 'note', note: { text: block.text, position, ...fields } });
    } else {
      addProse(entries, block.text, block.position.start);
    }
  }
  return entries;
}

function addProse(entries: Entry[], text: string, base: Point | null): void {
  const at = (offset: number) => base && advance(base, text.slice(0, offset));
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    // A sentence that is a labelled note (`…。牵头单位：A；完成时限：2022年底前。`) is a note as a whole.
    const line = readNoteLine(sentence);
    const found = line ? { text: '', end: 0, notes: [{ start: 0, end: sentence.length, ...line }] } : findSentenceNotes(sentence);
    if (found.text) {
      const start = at(span.start);
      entries.push({ kind: 'sentence', text: found.text, position: start && { start, end: advance(start, sentence.slice(0, found.end)) } });
    }
    for (const { start, end, ...fields } of found.notes) {
      const from = at(span.start + start);
      const position = from && { start: from, end: advance(from, sentence.slice(start, end)) };
      entries.push({ kind: 'note', note: { text: sentence.slice(start, end), position, ...fields } });
    }
  }
}

/**
 * One obligation with its fields. Leads and partners come from `notes`; the deadline from a note
 * of its own node, else from its text (`6月底前完成…`), else from a note of an enclosing node.
 */
function obligation(eId: string, text: string, position: Position | null, notes: UnitNote[], own: boolean): Obligation {
  const noted = notes.find((n) => n.deadline)?.deadline ?? null;
  const actions = findActions(text);
  const leads = unique(notes.flatMap((n) => n.leads));
  const partners = unique(notes.flatMap((n) => n.partners)).filter((unit) => !leads.includes(unit));
  return {
    eId,
    text,
    position,
    actions,
    leads,
    partners,
    deadline: structuredClone((own ? noted : null) ?? findDeadline(text) ?? noted),
    targets: findTargets(text),
    references: findReferences(text),
    modality: findModality(text, actions),
    // Copies: a tree that shares objects would be written as YAML anchors and aliases.
    notes: structuredClone(notes),
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
