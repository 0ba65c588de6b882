import { advance } from '../model/advance.js';
import { partsOf } from '../model/walk.js';
import type { Document, Node, Numbering, Position } from '../model/index.js';
import { trimBlankEnd } from '../text/blank.js';
import { paragraphs } from './paragraphs.js';

/** One numbered node and what its number should have been, given the nodes before it. */
export interface NumberingStep {
  node: Node;
  /** The number of the previous node of the same kind and parent, or null for the first. */
  previous: number | null;
  /** The numbers accepted here: previous + 1; for a first child 1 or the last number of its kind + 1 (numbering that runs on), as `numbering` allows. */
  accepted: number[];
  /** Whether the node is one of a list of notes (`注：` then `1.` …), numbered apart from the list it follows. */
  inNotes: boolean;
}

/**
 * Walks every node of the document and its attachments in order with the numbers it may take.
 * A list of notes (`注：` then `1.`, `2.` …, or `注：1.…` then `2.` …) numbers itself from 1 beside
 * the list it follows: its nodes are accepted on their own count and leave the numbering of the
 * nodes around them as it was.
 * @param document a compiled document
 * @param numbering whether a first child restarts at 1, runs on from the last of its kind, or may do either
 */
export function numberingSteps(document: Document, numbering: Numbering = 'any'): NumberingStep[] {
  const steps: NumberingStep[] = [];
  const firstNotes = noteListStarts(document);
  for (const { body } of partsOf(document)) {
    const last = new Map<string, number>();
    const walk = (siblings: Node[]) => {
      const previousOfKind = new Map<string, number>();
      // The notes being read: their kind and the number of the last one.
      let notes: { kind: string; previous: number } | null = null;
      for (const node of siblings) {
        const opens = firstNotes.get(node);
        if (opens !== undefined && node.num.value === opens) {
          notes = { kind: node.kind, previous: node.num.value };
          steps.push({ node, previous: opens > 1 ? opens - 1 : null, accepted: [opens], inNotes: true });
          walk(node.children);
          continue;
        }
        if (notes && node.kind === notes.kind && node.num.value === notes.previous + 1) {
          steps.push({ node, previous: notes.previous, accepted: [notes.previous + 1], inNotes: true });
          notes.previous = node.num.value;
          walk(node.children);
          continue;
        }
        notes = null;
        const previous = previousOfKind.get(node.kind) ?? null;
        const runOn = last.get(node.kind);
        const accepted = previous !== null ? [previous + 1] : firstNumbers(runOn, numbering);
        steps.push({ node, previous, accepted, inNotes: false });
        previousOfKind.set(node.kind, node.num.value);
        last.set(node.kind, node.num.value);
        walk(node.children);
      }
    };
    walk(body);
  }
  return steps;
}

/** A label that opens a list of notes, alone on its line or before the first note: `注：`, `说明：`, `备注：`, `注释：`. */
const NOTE_LABEL = /^(?:注|注释|说明|备注)[:：]\s*/u;
/** The first note written on the label's own line: `1.`, `１．`, `（1）`, `1）`. */
const INLINE_FIRST_NOTE = /^[（(]?[1１][.．、﹒）)]/u;

/**
 * The nodes that open a list of notes, with the number they take: 1 after a bare `注：`, 2 after
 * `注：1.…` (whose first note the parser left in the label's paragraph).
 * @param document a compiled document
 */
function noteListStarts(document: Document): Map<Node, number> {
  const starts = new Map<Node, number>();
  const all = paragraphs(document);
  all.forEach((paragraph, k) => {
    const before = all[k - 1];
    if (paragraph.place !== 'head' || !paragraph.node || !before || before.part !== paragraph.part) return;
    const label = NOTE_LABEL.exec(before.text.trim());
    if (!label) return;
    const rest = before.text.trim().slice(label[0].length);
    if (rest === '') starts.set(paragraph.node, 1);
    else if (INLINE_FIRST_NOTE.test(rest)) starts.set(paragraph.node, 2);
  });
  return starts;
}

/** What a first child may be numbered: 1 for the first of its kind, else as `numbering` says. */
function firstNumbers(runOn: number | undefined, numbering: Numbering): number[] {
  if (runOn === undefined || numbering === 'restart') return [1];
  return numbering === 'continuous' ? [runOn + 1] : [1, runOn + 1];
}

/** The span of a node's marker, where numbering findings point. */
export function markerPosition(node: Node): Position | null {
  if (!node.position) return null;
  const start = node.position.start;
  return { start, end: advance(start, trimBlankEnd(node.num.raw)) };
}
