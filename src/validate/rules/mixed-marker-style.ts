import { allNodes, partsOf } from '../../model/walk.js';
import type { Node } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { markerPosition } from '../numbering-steps.js';
import { trimBlank } from '../../text/blank.js';
import { translate } from '../../i18n/translate.js';

/**
 * `1.` beside `1．`, or `（一）` beside `(一)`: nodes of one level should share one marker
 * style. The style most nodes of that level use in the part (the first in a tie) is taken
 * as intended; every node that differs is reported.
 */
export const mixedMarkerStyle: Rule = {
  id: 'mixed-marker-style',
  description: 'Nodes of one level use different marker styles (1. beside 1．, or （一） beside (一)).',
  severity: 'warning',
  check: (document, options) =>
    partsOf(document).flatMap((part) => {
      const byKind = new Map<string, Node[]>();
      for (const node of allNodes(part.body)) {
        const same = byKind.get(node.kind) ?? [];
        same.push(node);
        byKind.set(node.kind, same);
      }
      return [...byKind.values()].flatMap((nodes) => {
        const usual = mostUsedStyle(nodes);
        return nodes
          .filter((node) => node.num.style !== usual)
          .map((node) => ({
            message: translate(options.lang, 'rule.mixed-marker-style', { node: { kind: node.kind, num: trimBlank(node.num.raw) }, style: node.num.style, usual }),
            position: markerPosition(node),
            eId: node.eId,
            expected: usual,
            actual: node.num.style,
          }));
      });
    }),
};

function mostUsedStyle(nodes: Node[]): string {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.num.style, (counts.get(node.num.style) ?? 0) + 1);
  let best = nodes[0]!.num.style;
  for (const [style, count] of counts) if (count > counts.get(best)!) best = style;
  return best;
}
