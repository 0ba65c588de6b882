import { allNodes, partsOf } from '../../model/walk.js';
import type { Rule } from '../rule.js';
import { markerPosition } from '../numbering-steps.js';
import { isEmptyNode } from './empty-node.js';
import { trimBlank } from '../../text/blank.js';
import { translate } from '../../i18n/translate.js';

/**
 * A heading with nothing to do under it: a node without children whose only words are its
 * title, such as a section whose items were cut from the published text. Empty nodes are
 * left to `empty-node`.
 */
export const nodeWithoutObligations: Rule = {
  id: 'node-without-obligations',
  description: 'A node without children has a title but no task sentences.',
  severity: 'warning',
  check: (document, options) =>
    partsOf(document)
      .flatMap((part) => allNodes(part.body))
      // A node holding the cells of a table (an indicator under its number) is no bare heading.
      .filter((node) => node.children.length === 0 && node.obligations.length === 0 && !isEmptyNode(node) && !node.blocks.some((block) => block.role === 'table-cell'))
      .map((node) => ({
        message: translate(options.lang, 'rule.node-without-obligations', { node: { kind: node.kind, num: trimBlank(node.num.raw) }, label: node.label }),
        position: markerPosition(node),
        eId: node.eId,
      })),
};
