import type { Node, NodeKind } from '../model/index.js';
import { isTimeHead } from '../text/time-head.js';

/**
 * Most share of the nodes of a kind that may carry a title for a short first sentence read as one to be
 * a lone task written short rather than the document's way of heading its nodes. A plan that heads its
 * items heads most of them (a mixed plan still heads one item in five); one item in fourteen or more
 * opening short (`探索建立…共建共享机制。`) among items that open with their tasks is no heading style.
 */
const RARE = 0.125;

/**
 * Gives back to its text the title `splitHeadline` read from a short first sentence (`组织开展…主题活动。`),
 * in place, when the document does not head its nodes so: fewer than `RARE` of the nodes of that kind
 * with a head paragraph carry any title, the rest open with their tasks, and the node's own siblings do
 * not mostly open with such a title either (a section whose items are all headed keeps them). A phase's
 * heading (`isTimeHead`) counts neither way: it names when, not what, and says nothing of how tasks are headed.
 * @param body the nodes of a part, after `titleCommaHeadings`, before `finishNodes`
 */
export function untitleLoneLeads(body: Node[]): void {
  const byKind = new Map<NodeKind, { titled: number; untitled: number; leads: Node[] }>();
  const siblingsOf = new Map<Node, Node[]>();
  const visit = (siblings: Node[]) => {
    for (const node of siblings) {
      visit(node.children);
      // A phase's heading (`全面排查阶段（3月—4月）。`) names a period, not a task: it neither heads nor opens with a task.
      if ((node.title === null && !node.text) || (node.title !== null && isTimeHead(node.title))) continue;
      let tally = byKind.get(node.kind);
      if (!tally) byKind.set(node.kind, (tally = { titled: 0, untitled: 0, leads: [] }));
      if (node.title === null) tally.untitled++;
      else tally.titled++;
      if (!isSentenceTitle(node)) continue;
      tally.leads.push(node);
      siblingsOf.set(node, siblings);
    }
  };
  visit(body);
  for (const { titled, untitled, leads } of byKind.values()) {
    if (!leads.length || titled >= (titled + untitled) * RARE) continue;
    for (const node of leads) {
      const siblings = siblingsOf.get(node)!.filter((other) => other.kind === node.kind);
      const headed = siblings.filter(isSentenceTitle).length;
      const open = siblings.filter((other) => other.title === null && other.text).length;
      if (headed > open) continue;
      node.text = node.title! + node.titleEnd + node.text;
      node.title = null;
      node.titleEnd = '';
    }
  }
}

/** Whether a node's title is a short first sentence ended by its stop, with more of the paragraph after it. */
function isSentenceTitle(node: Node): boolean {
  return node.title !== null && /[。！？!?]$/u.test(node.titleEnd) && node.text !== '';
}
