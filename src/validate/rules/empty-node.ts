import { allNodes, partsOf } from '../../model/walk.js';
import type { Node } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { markerPosition } from '../numbering-steps.js';
import { trimBlank } from '../../text/blank.js';
import { translate } from '../../i18n/translate.js';

/**
 * Whether a node has nothing after its marker: no title, no text, no paragraphs, no children.
 * @param node a node of the tree
 */
export function isEmptyNode(node: Node): boolean {
  return !node.title && !node.text.trim() && node.blocks.length === 0 && node.children.length === 0;
}

/** `5.` alone on its line with nothing under it. */
export const emptyNode: Rule = {
  id: 'empty-node',
  description: 'A numbered node has nothing after its marker: no title, no text, no children.',
  severity: 'error',
  check: (document, options) =>
    partsOf(document)
      .flatMap((part) => allNodes(part.body))
      .filter(isEmptyNode)
      .map((node) => ({
        message: translate(options.lang, 'rule.empty-node', { node: { kind: node.kind, num: trimBlank(node.num.raw) } }),
        position: markerPosition(node),
        eId: node.eId,
      })),
};
