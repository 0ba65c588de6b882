import type { Rule } from '../rule.js';
import { markerPosition, numberingSteps } from '../numbering-steps.js';
import { trimBlank } from '../../text/blank.js';
import { translate } from '../../i18n/translate.js';

/** `5.` after `7.`, or a first child numbered neither 1 nor on from the last of its kind. */
export const numberOutOfOrder: Rule = {
  id: 'number-out-of-order',
  description: 'A number is smaller than the one before it.',
  severity: 'error',
  check: (document, options) =>
    numberingSteps(document, options.numbering)
      .filter(({ node, previous, accepted }) => !accepted.includes(node.num.value) && node.num.value < Math.max(...accepted) && previous !== node.num.value)
      .map(({ node, accepted }) => ({
        message: translate(options.lang, 'rule.number-out-of-order', { node: { kind: node.kind, num: trimBlank(node.num.raw) }, expected: accepted }),
        position: markerPosition(node),
        eId: node.eId,
        expected: accepted.join(' or '),
        actual: String(node.num.value),
      })),
};
