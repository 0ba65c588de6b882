import { advance } from '../model/advance.js';
import { partsOf } from '../model/walk.js';
import type { Document, Node, Numbering, Position } from '../model/index.js';
import { trimBlankEnd } from '../text/blank.js';

/** One numbered node and what its number should have been, given the nodes before it. */
export interface NumberingStep {
  node: Node;
  /** The number of the previous node of the same kind and parent, or null for the first. */
  previous: number | null;
  /** The numbers accepted here: previous + 1; for a first child 1 or the last number of its kind + 1 (numbering that runs on), as `numbering` allows. */
  accepted: number[];
}

/**
 * Walks every node of the document and its attachments in order with the numbers it may take.
 * (A list of notes, `注：` then `1.`, `2.` …, is no nodes: the parser gives its paragraphs the role `note`.)
 * @param document a compiled document
 * @param numbering whether a first child restarts at 1, runs on from the last of its kind, or may do either
 */
export function numberingSteps(document: Document, numbering: Numbering = 'any'): NumberingStep[] {
  const steps: NumberingStep[] = [];
  for (const { body } of partsOf(document)) {
    const last = new Map<string, number>();
    const walk = (siblings: Node[]) => {
      const previousOfKind = new Map<string, number>();
      for (const node of siblings) {
        const previous = previousOfKind.get(node.kind) ?? null;
        const runOn = last.get(node.kind);
        const accepted = previous !== null ? [previous + 1] : firstNumbers(runOn, numbering);
        steps.push({ node, previous, accepted });
        previousOfKind.set(node.kind, node.num.value);
        last.set(node.kind, node.num.value);
        walk(node.children);
      }
    };
    walk(body);
  }
  return steps;
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
