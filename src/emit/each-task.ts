import { allNodes, partsOf } from '../model/walk.js';
import type { Document, Node, Obligation } from '../model/index.js';
import { trimBlank } from '../text/blank.js';
import { splitClauses } from '../text/clauses.js';

/** One task of the task table: an obligation, the node that holds it, its section and its part. */
export interface TaskPlace {
  /** 0 for the main text, 1, 2 … for the attachments. */
  partIndex: number;
  /** null for a task of the closing, which stands under no node. */
  section: Node | null;
  /** null for a task of the closing. */
  node: Node | null;
  obligation: Obligation;
}

/** The cells of the task table that say where a task stands. */
export interface PlaceCells {
  section: string;
  section_title: string;
  /** The node's kind, or `closing` for a task of the closing. */
  kind: string;
  number: string;
  /** The node's label; for a task of the closing, the first clause of its text, so no row is nameless. */
  label: string;
}

/** Joins the items of one cell; `、` cannot be used, it stands inside unit names such as `各区、县级市政府`. */
export const LIST_SEPARATOR = '；';

/**
 * Every obligation of a document in reading order (the main text, then each attachment; in each,
 * the nodes' tasks, then the closing's), with where it stands: the walk the CSV task table and
 * the Excel workbook share.
 * @param document a compiled document
 */
export function* eachTask(document: Document): Generator<TaskPlace> {
  let partIndex = 0;
  for (const part of partsOf(document)) {
    for (const section of part.body) {
      for (const node of allNodes([section])) {
        for (const obligation of node.obligations) yield { partIndex, section, node, obligation };
      }
    }
    for (const obligation of part.closingObligations ?? []) yield { partIndex, section: null, node: null, obligation };
    partIndex++;
  }
}

/**
 * The cells that say where a task stands: its section's number and label, its node's kind,
 * number and label; a task of the closing has kind `closing` and its first clause as label.
 * @param place a task as `eachTask` gives it
 */
export function placeCells({ section, node, obligation }: TaskPlace): PlaceCells {
  const first = splitClauses(obligation.text)[0];
  return {
    section: section ? trimBlank(section.num.raw) : '',
    section_title: section?.label ?? '',
    kind: node?.kind ?? 'closing',
    number: node ? trimBlank(node.num.raw) : '',
    label: node?.label ?? (first ? obligation.text.slice(first.start, first.end) : obligation.text),
  };
}
