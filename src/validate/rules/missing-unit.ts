import { partsOf } from '../../model/walk.js';
import type { Node } from '../../model/index.js';
import type { Finding, Rule } from '../rule.js';
import { markerPosition } from '../numbering-steps.js';
import { trimBlank } from '../../text/blank.js';
import { translate } from '../../i18n/translate.js';

/**
 * A task without a responsible unit: a node without children that has obligations, none of
 * which (nor any obligation of a node above it) names a lead unit. Off unless a configuration
 * asks for it, since many plans name no units at all.
 */
export const missingUnit: Rule = {
  id: 'missing-unit',
  description: 'A task node has no responsible (lead) unit, in itself or in a node above it.',
  severity: 'off',
  check: (document, options) => {
    const findings: Finding[] = [];
    const walk = (nodes: Node[], covered: boolean) => {
      for (const node of nodes) {
        const hasLead = covered || node.obligations.some((obligation) => obligation.leads.length > 0);
        if (node.children.length) walk(node.children, hasLead);
        else if (node.obligations.length && !hasLead) {
          findings.push({ message: translate(options.lang, 'rule.missing-unit', { node: { kind: node.kind, num: trimBlank(node.num.raw) }, label: node.label }), position: markerPosition(node), eId: node.eId });
        }
      }
    };
    for (const part of partsOf(document)) walk(part.body, false);
    return findings;
  },
};
