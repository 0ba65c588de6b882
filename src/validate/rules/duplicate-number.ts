import type { Rule } from '../rule.js';
import { markerPosition, numberingSteps } from '../numbering-steps.js';
import { trimBlank } from '../../text/blank.js';
import { translate } from '../../i18n/translate.js';

/** Two siblings of one kind with the same number. */
export const duplicateNumber: Rule = {
  id: 'duplicate-number',
  description: 'A node repeats the number of the node before it.',
  severity: 'error',
  check: (document, options) =>
    numberingSteps(document, options.numbering)
      .filter(({ node, previous }) => previous === node.num.value)
      .map(({ node }) => ({
        message: translate(options.lang, 'rule.duplicate-number', { node: { kind: node.kind, num: trimBlank(node.num.raw) } }),
        position: markerPosition(node),
        eId: node.eId,
        expected: String(node.num.value + 1),
        actual: String(node.num.value),
      })),
};
