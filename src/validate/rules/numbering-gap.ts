import type { Rule } from '../rule.js';
import { markerPosition, numberingSteps } from '../numbering-steps.js';
import { trimBlank } from '../../text/blank.js';
import { translate } from '../../i18n/translate.js';

/** `3.` after `1.`: a number is missing (often a published deletion, hence a warning). */
export const numberingGap: Rule = {
  id: 'numbering-gap',
  description: 'A number is skipped: the node after N is numbered N+2 or more.',
  severity: 'warning',
  check: (document, options) =>
    numberingSteps(document, options.numbering)
      .filter(({ node, accepted }) => node.num.value > Math.max(...accepted))
      .map(({ node, accepted }) => {
        const expected = Math.max(...accepted);
        const missing = node.num.value - 1 === expected ? `${expected}` : `${expected}–${node.num.value - 1}`;
        return {
          message: translate(options.lang, 'rule.numbering-gap', { node: { kind: node.kind, num: trimBlank(node.num.raw) }, missing }),
          position: markerPosition(node),
          eId: node.eId,
          expected: String(expected),
          actual: String(node.num.value),
        };
      }),
};
