import { allNodes, partsOf } from '../model/walk.js';
import type { Document, Node, Obligation } from '../model/index.js';

/** One task of the task table: an obligation, the node that holds it, its section and its part. */
export interface TaskPlace {
  /** 0 for the main text, 1, 2 … for the attachments. */
  partIndex: number;
  section: Node;
  node: Node;
  obligation: Obligation;
}

/** Joins the items of one cell; `、` cannot be used, it stands inside unit names such as `各区、县级市政府`. */
export const LIST_SEPARATOR = '；';

/**
 * Every obligation of a document in reading order (the main text, then each attachment), with
 * where it stands: the walk the CSV task table and the Excel workbook share.
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
    partIndex++;
  }
}
