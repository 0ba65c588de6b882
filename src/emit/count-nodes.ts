import { allNodes, partsOf } from '../model/walk.js';
import type { Counts, Document } from '../model/index.js';

/**
 * Counts the nodes of each kind and the obligations of a document (the closing's included), attachments included.
 * @param document a compiled document
 */
export function countNodes(document: Document): Counts {
  const counts: Counts = { sections: 0, subsections: 0, items: 0, subitems: 0, points: 0, nodes: 0, obligations: 0, attachments: document.attachments.length };
  const key = { section: 'sections', subsection: 'subsections', item: 'items', subitem: 'subitems', point: 'points' } as const;
  for (const node of partsOf(document).flatMap((part) => allNodes(part.body))) {
    counts[key[node.kind]]++;
    counts.nodes++;
    counts.obligations += node.obligations.length;
  }
  // The closing's tasks are rows of the task table too.
  for (const part of partsOf(document)) counts.obligations += part.closingObligations?.length ?? 0;
  return counts;
}
