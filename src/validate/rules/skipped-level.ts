import { allNodes, partsOf } from '../../model/walk.js';
import type { Node, NodeKind } from '../../model/index.js';
import type { Finding, Rule } from '../rule.js';
import { markerPosition } from '../numbering-steps.js';
import { trimBlank } from '../../text/blank.js';
import { translate } from '../../i18n/translate.js';

const LADDER: NodeKind[] = ['section', 'subsection', 'item', 'subitem', 'point'];

/**
 * `一、` followed by `1.` where the same part uses `（一）` elsewhere: a level of the ladder is
 * left out. Levels the part never uses are not missing; each parent is reported once, at its
 * first child that skips. A regulation's article (`第一条`) may stand directly under its chapter;
 * a list of notes (`注：1.…` then `2.…`) is no nodes (the parser gives it the role `note`).
 */
export const skippedLevel: Rule = {
  id: 'skipped-level',
  description: 'A node sits directly under a node two or more levels up the ladder, skipping a level the document uses elsewhere.',
  severity: 'warning',
  check: (document, options) =>
    partsOf(document).flatMap((part) => {
      const used = new Set(allNodes(part.body).map((node) => node.kind));
      const findings: Finding[] = [];
      const walk = (siblings: Node[], parent: Node | null) => {
        const reported = new Set<NodeKind>();
        for (const node of siblings) {
          const from = parent ? LADDER.indexOf(parent.kind) + 1 : 0;
          // A regulation's chapters hold their articles directly or through sections (节), as each chapter needs.
          const optional = (kind: NodeKind) => kind === 'subsection' && /^第.条$/u.test(node.num.style);
          const skipped = LADDER.slice(from, LADDER.indexOf(node.kind)).filter((kind) => used.has(kind) && !optional(kind));
          if (skipped.length && !reported.has(node.kind)) {
            reported.add(node.kind);
            findings.push({
              message: translate(options.lang, 'rule.skipped-level', { node: { kind: node.kind, num: trimBlank(node.num.raw) }, parent: parent ? { kind: parent.kind, num: trimBlank(parent.num.raw) } : null, skipped }),
              position: markerPosition(node),
              eId: node.eId,
              expected: skipped[0]!,
              actual: node.kind,
            });
          }
          walk(node.children, node);
        }
      };
      walk(part.body, null);
      return findings;
    }),
};
