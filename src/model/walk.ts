import type { Document, Node, Part } from './index.js';

/**
 * The main plan and the attachments of a document, as parts, in reading order.
 * @param document a compiled document
 */
export function partsOf(document: Document): Part[] {
  const { title, front, preamble, body, closing, closingObligations } = document;
  return [{ title, front, preamble, body, closing, ...(closingObligations && { closingObligations }) }, ...document.attachments];
}

/**
 * Every node of a list of siblings and below, depth first, in reading order.
 * @param nodes siblings
 */
export function allNodes(nodes: Node[]): Node[] {
  // One list pushed to, rather than a list per node spread into its parent's.
  const found: Node[] = [];
  const visit = (list: Node[]) => {
    for (const node of list) {
      found.push(node);
      visit(node.children);
    }
  };
  visit(nodes);
  return found;
}
