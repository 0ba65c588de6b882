import { advance } from '../model/advance.js';
import type { Block, Deadline, Node, Obligation, Point, Position, UnitNote } from '../model/index.js';
import { pointCursor } from '../model/point-cursor.js';
import { joinLines } from '../text/join-lines.js';
import { splitSentences } from '../text/sentences.js';
import { findActions } from './find-actions.js';
import { findDeadlines, findOpeningDeadlines } from './find-deadline.js';
import { findIndicatorCells } from './find-indicator-cells.js';
import { findModality } from './find-modality.js';
import { findSentenceNotes, readNoteLine } from './find-notes.js';
import { findReferences } from './find-references.js';
import { findTargets } from './find-targets.js';
import { joinListedParts } from './join-listed-parts.js';
import { readTaskCell } from './read-task-cell.js';

/** A node's prose in source order: task sentences and the unit notes between them. */
// `carried`: the limits the sentence a `；`-cut part belongs to opens with (`到2025年，A；B。` gives B `到2025年`).
type Entry = { kind: 'sentence'; text: string; position: Position | null; carried: Deadline[] } | { kind: 'note'; note: UnitNote };

/**
 * Fills the obligations of every node, one per sentence of its prose after the title (the rest
 * of its head paragraph, then its unnumbered paragraphs), with the fields of a task table.
 * Unit notes (`（省商务厅牵头，合肥海关配合）`, `牵头单位：…` lines) are taken out of the
 * sentences and never become obligations; a note gives its units and deadline to the sentences
 * since the note before it in the node, and a note covering the whole node (`node.notes`) to its
 * children's sentences that have none.
 * @param nodes a tree from `parse`; a new tree is returned, the input is left as it was
 * @param firstLeads the document states that the first unit of each list leads (`statesFirstUnitLeads`)
 */
export function extractObligations(nodes: Node[], firstLeads = false): Node[] {
  return extractUnder(nodes, [], firstLeads);
}

/**
 * The tasks of a part's closing: every sentence of each closing paragraph that holds a task, a
 * sentence with an action or a time limit (`各地区要于2019年3月底前制定实施方案，并报司法部备案。`,
 * `省经济和信息化厅会同…制定实施细则。`, `本办法由…负责解释。`, `请于…前书面反馈…`), as its other
 * sentences speak to the same bodies (`司法部要加强指导…`). A paragraph without one
 * (`本方案自印发之日起施行。`, `特此通知。`) gives none; unit notes in the paragraph cover its sentences.
 * @param closing the closing blocks of a part
 * @param prefix `''` for the main text, `att_1__` … in an attachment, as the part's node eIds
 * @param firstLeads the document states that the first unit of each list leads (`statesFirstUnitLeads`)
 */
export function extractClosingObligations(closing: Block[], prefix: string, firstLeads = false): Obligation[] {
  const obligations: Obligation[] = [];
  for (const block of closing) {
    if (block.role !== 'paragraph') continue;
    const entries: Entry[] = [];
    addProse(entries, block.text, block.position.start, firstLeads);
    const sentences = entries.flatMap((entry) => (entry.kind === 'sentence' ? [entry] : []));
    if (!sentences.some((sentence) => findActions(sentence.text).length || findDeadlines(sentence.text).length)) continue;
    const notes = entries.flatMap((entry) => (entry.kind === 'note' ? [entry.note] : []));
    for (const { text, position } of sentences) obligations.push(obligation(`${prefix}closing__obl_${obligations.length + 1}`, text, position, notes, true));
  }
  return obligations;
}

function extractUnder(nodes: Node[], inherited: UnitNote[], firstLeads: boolean): Node[] {
  return nodes.map((node) => {
    const blocks = markTableCells(node.blocks.map(markNoteLine));
    const entries = entriesOf(node, blocks, firstLeads);
    const obligations: Obligation[] = [];
    let pending: Array<Extract<Entry, { kind: 'sentence' }>> = [];
    const runs: UnitNote[][] = [];
    const settle = (run: UnitNote[], own: boolean) => {
      for (const sentence of pending) obligations.push(obligation(`${node.eId}__obl_${obligations.length + 1}`, sentence.text, sentence.position, run, own, sentence.carried));
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
      // A note that names only helpers (`（市委网信办配合）`) keeps the lead of the node above.
      const leadless = !run.some((note) => note.leads.length);
      settle(leadless ? [...run, ...inherited.filter((note) => note.leads.length)] : run, true);
    }
    const trailing = pending.length > 0;
    // A note in the node's title (`（一）加强组织领导（牵头单位：市委办）`) covers the node.
    const titled = titleNotes(node, firstLeads);
    settle(titled.length ? titled : inherited, titled.length > 0);
    // One run of notes closing the node covers all of it; so do note lines under a node without prose.
    const closing = runs.length === 1 && !trailing ? runs[0]! : obligations.length === 0 ? runs.flat() : [];
    const whole = [...titled, ...closing];
    // A leaf whose only words are its title, with units for it, is a task too: `1.建立X机制。` + `牵头单位：…`.
    if (!obligations.length && !node.children.length && node.title && whole.length) {
      const task = titleTask(node);
      if (task) obligations.push(obligation(`${node.eId}__obl_1`, task.text, task.position, whole, true));
    }
    return withTasks(node, blocks, obligations, copied(whole), extractUnder(node.children, whole.length ? whole : inherited, firstLeads));
  });
}

/**
 * A node with its tasks, written out field by field in the model's order. A spread with a field
 * added (`{ ...node, notes }`) gives every node a hidden class of its own in V8, which makes each
 * later walk over the tree (validation, emitters) several times slower.
 */
function withTasks(node: Node, blocks: Block[], obligations: Obligation[], notes: UnitNote[], children: Node[]): Node {
  const { kind, eId, num, title, titleAsWritten, titleEnd, label, text, lead, trail, position } = node;
  // Every node gets the same fields (titleAsWritten undefined where the title is one line), so they share one shape.
  return { kind, eId, num, title, titleAsWritten, titleEnd, label, text, lead, trail, blocks, obligations, children, position, notes };
}

/** The unit notes a node's title ends with, as the parser may keep them there: `完善考核办法（市考核办负责）`. */
function titleNotes(node: Node, firstLeads: boolean): UnitNote[] {
  const title = node.titleAsWritten ?? node.title;
  if (!title) return [];
  const found = findSentenceNotes(title, firstLeads);
  const base = node.position && advance(node.position.start, node.num.raw);
  return found.notes.map(({ start, end, ...fields }) => {
    const from = base && advance(base, title.slice(0, start));
    return { text: title.slice(start, end), position: from && { start: from, end: advance(from, title.slice(start, end)) }, ...fields };
  });
}

/** A node's title as a task: without the notes it ends with, else with the stop after it (`建立X机制。`). */
function titleTask(node: Node): { text: string; position: Position | null } | null {
  const title = node.titleAsWritten ?? node.title!;
  const found = findSentenceNotes(title);
  const written = found.notes.length ? found.text : title + (/^[。；！？]/u.exec(node.titleEnd)?.[0] ?? '');
  if (!written.trim()) return null;
  const start = node.position && advance(node.position.start, node.num.raw);
  return { text: joinLines(written), position: start && { start, end: advance(start, written) } };
}

/** The sentences and notes of a node's head paragraph and its unnumbered paragraphs (`blocks`), in order. */
function entriesOf(node: Node, blocks: Block[], firstLeads: boolean): Entry[] {
  const entries: Entry[] = [];
  // The unit cells of a task table's row cover the whole row, wherever their columns stand.
  const cells: Entry[] = [];
  const head = node.position && advance(node.position.start, node.num.raw + (node.titleAsWritten ?? node.title ?? '') + node.titleEnd);
  // A sentence a line break cuts off at the end of one paragraph could go on in the next (`…15个工作日内` /
  // `更正，…。`), but joining it changes hard-wrapped and PDF copies of the corpus (test/wrapped-corpus.test.ts):
  // not done until it can tell such a break from a wrapped paragraph's.
  let tail = addProse(entries, node.text, head, firstLeads, null, JOIN_CUT_OFF && continuesIn(blocks[0]));
  // Page numbers and other lines that are not prose hold no tasks.
  for (const [i, block] of blocks.entries()) {
    const cell = readTaskCell(block);
    if (cell) cells.push({ kind: 'note', note: { text: block.text, position: block.position, ...cell } });
    const fields = block.role === 'unit-note' ? readNoteLine(joinLines(block.text), firstLeads) : null;
    if (fields) {
      const position = { start: advance(block.position.start, ''), end: advance(block.position.start, block.text) };
      entries.push({ kind: 'note', note: { text: block.text, position, ...fields } });
    } else if (block.role === 'paragraph') {
      tail = addProse(entries, block.text, block.position.start, firstLeads, tail, JOIN_CUT_OFF && continuesIn(blocks[i + 1]));
    }
  }
  return [...entries, ...cells];
}

/** Whether a sentence cut off at a paragraph's end is read with the next paragraph: off, see entriesOf. */
const JOIN_CUT_OFF = false;

/** Whether a paragraph may carry on a sentence cut off before it: it is prose that starts with a word, not a mark. */
function continuesIn(block: Block | undefined): boolean {
  return block?.role === 'paragraph' && /^\p{Script=Han}/u.test(block.text.trimStart());
}

/** The cells of an indicator table flattened one cell a line get the role `table-cell`: they hold no task. */
function markTableCells(blocks: Block[]): Block[] {
  const cells = findIndicatorCells(blocks);
  return cells.includes(true) ? blocks.map((block, i) => (cells[i] ? { ...block, role: 'table-cell' } : block)) : blocks;
}

/** A line that is a unit note as a whole (`牵头单位：市司法局`) gets the role `unit-note`. */
function markNoteLine(block: Block): Block {
  return block.role === 'paragraph' && readNoteLine(joinLines(block.text)) ? { ...block, role: 'unit-note' } : block;
}

/** The start of a sentence a paragraph ends without finishing, to be read with the next paragraph. */
type Tail = { text: string; start: Point | null; carried: Deadline[] };

/**
 * Longest paragraph without a stop that is read as a heading rather than a sentence cut off by a
 * line break, as a title is read (parse/split-headline.ts MAX_TITLE): `加强经费保障` stays alone.
 */
const MAX_HEADING_LINE = 40;
/** How a sentence cut off by a line break ends: inside a clause, on a word, a number or a comma. */
const CUT_OFF = /[\p{Script=Han}\p{L}\p{N}，,、]$/u;

/**
 * Reads a paragraph's sentences and notes into `entries`. `tail`, the start of a sentence the
 * paragraph before left unfinished, is read as one sentence with this paragraph's first. When
 * `hold` (the next paragraph may go on with it), an unfinished last sentence is not read but
 * returned, if the paragraph is prose: it has a finished sentence before it, or is longer than a heading.
 */
function addProse(entries: Entry[], text: string, base: Point | null, firstLeads: boolean, tail: Tail | null = null, hold = false): Tail | null {
  const at = pointCursor(text, base);
  let opening: Deadline[] = [];
  let continues = false;
  // A list after a colon stays one sentence: its parts share its time and subject.
  const spans = joinListedParts(text, splitSentences(text));
  for (const [k, span] of spans.entries()) {
    const own = text.slice(span.start, span.end);
    const last = k === spans.length - 1;
    // A paragraph that is all one unfinished sentence hands on the tail it was given, grown by itself.
    const growing = k === 0 && tail ? tail : null;
    if (last && hold && CUT_OFF.test(own) && (k > 0 || growing || own.length > MAX_HEADING_LINE) && plainProse(growing ? `${growing.text}\n${own}` : own)) {
      return growing ? { ...growing, text: `${growing.text}\n${own}` } : { text: own, start: at(span.start), carried: continues ? opening : [] };
    }
    let joined = k === 0 && tail ? tail : null;
    // A paragraph that opens with a note (`牵头单位：…`) does not go on with the sentence before it: that sentence stands alone.
    if (joined && !plainProse(`${joined.text}\n${own}`)) {
      entries.push({ kind: 'sentence', text: joinLines(joined.text), position: joined.start && { start: joined.start, end: advance(joined.start, joined.text) }, carried: joined.carried });
      joined = null;
    }
    const sentence = joined ? `${joined.text}\n${own}` : own;
    // Offsets of `sentence` from where this paragraph's part of it begins.
    const shift = joined ? joined.text.length + 1 : 0;
    // The parts of a sentence cut at `；` share the time it opens with.
    const carried = joined ? joined.carried : continues ? opening : [];
    if (!continues) opening = findOpeningDeadlines(sentence);
    continues = /[；;]$/u.test(sentence.trimEnd());
    // A sentence that is a labelled note (`…。牵头单位：A；完成时限：2022年底前。`) is a note as a whole.
    const line = readNoteLine(joinLines(sentence), firstLeads);
    const found = line ? { text: '', end: 0, notes: [{ start: 0, end: sentence.length, ...line }] } : findSentenceNotes(sentence, firstLeads);
    if (found.text) {
      const start = joined ? joined.start : at(span.start);
      // Where the sentence ends, counted in this paragraph (a sentence joined over paragraphs ends in the last).
      const end = found.end > shift ? at(span.start + found.end - shift) : start && advance(start, sentence.slice(0, found.end));
      // A hard-wrapped sentence reads as one line; its position still spans it in the source.
      entries.push({ kind: 'sentence', text: joinLines(found.text), position: start && end && { start, end }, carried });
    }
    for (const { start, end, ...fields } of found.notes) {
      const from = start >= shift ? at(span.start + start - shift) : joined!.start && advance(joined!.start, sentence.slice(0, start));
      const position = from && { start: from, end: advance(from, sentence.slice(start, end)) };
      entries.push({ kind: 'note', note: { text: sentence.slice(start, end), position, ...fields } });
    }
  }
  // A paragraph without a sentence of its own (nothing but blanks) leaves a tail to the next.
  if (tail && spans.length === 0) return tail;
  return null;
}

/** Whether a sentence is prose without unit notes, so that it may be read over a paragraph's end. */
function plainProse(sentence: string): boolean {
  return !readNoteLine(joinLines(sentence)) && findSentenceNotes(sentence).notes.length === 0;
}

/**
 * One obligation with its fields. Leads and partners come from `notes`; the deadline from a note
 * of its own node, else from its text (`6月底前完成…`) or the time its sentence opens with (`carried`,
 * for a part cut at `；`), else from a note of an enclosing node; `deadlines` holds that one and every
 * other limit its text writes.
 */
function obligation(eId: string, text: string, position: Position | null, notes: UnitNote[], own: boolean, carried: Deadline[] = []): Obligation {
  const noted = notes.find((n) => n.deadline)?.deadline ?? null;
  const actions = findActions(text);
  const leads = unique(notes.flatMap((n) => n.leads));
  const partners = unique(notes.flatMap((n) => n.partners)).filter((unit) => !leads.includes(unit));
  const found = findDeadlines(text);
  const written = found.length ? found : structuredClone(carried);
  const deadline = (own ? noted : null) ?? written[0] ?? noted;
  // The note's limit is the one the table shows; the text's own limits follow it.
  const deadlines = own && noted ? [noted, ...written] : written.length ? written : noted ? [noted] : [];
  return {
    eId,
    text,
    position,
    actions,
    leads,
    partners,
    deadline: copied(deadline),
    deadlines: copied(deadlines),
    targets: findTargets(text),
    references: findReferences(text),
    modality: findModality(text, actions),
    // Copies: a tree that shares objects would be written as YAML anchors and aliases.
    notes: copied(notes),
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * A deep copy of plain data (objects, arrays, strings, numbers, booleans, null), as
 * `structuredClone` makes it but several times faster: it has no cycles, class instances or
 * shared references to keep.
 */
function copied<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copied) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copied((value as Record<string, unknown>)[key]);
  return copy as T;
}
