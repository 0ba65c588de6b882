import type { Node, NodeKind } from '../model/index.js';
import { allNodes } from '../model/walk.js';
import { bracketDepths } from '../text/brackets.js';
import { joinLines } from '../text/join-lines.js';
import { MAX_TITLE } from '../text/line-limits.js';
import { bindsSomebody } from './split-headline.js';

/** Least share of the nodes of a kind that open with a short sentence followed by prose, for that to be the document's way of writing headings. */
const MOST = 0.5;
/**
 * An Arabic figure that counts or measures (`下降1.5%`, `8万平方米`, `30家`), not a date (`2026年`, `3月`):
 * a heading names a task, a sentence that states its figure is the task itself.
 */
const FIGURE = /(?<![0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％‰]|(?![年月日号时批届期])\p{Script=Han})/u;

/**
 * Gives a title to nodes that open with a short heading sentence holding a comma (`对标规划，
 * 查找差距。…`, `完善监督机制，强化结果运用。…`), in place, when that is how the document writes
 * its nodes: more than half of the nodes of that kind open with a sentence of at most `MAX_TITLE`
 * characters (read as one line) followed by more prose, with or without a comma. A longer
 * opening sentence (`聚焦服务全市经济社会大局，推动开展…`) is the task itself and stays text, and so is one
 * that states a figure (`年内完成改造面积8万平方米。`) or binds somebody (`…的，应当在60日内完成整改。`): it
 * neither counts for the document's way nor becomes a title.
 * @param body the nodes of a part, before `finishNodes`
 */
export function titleCommaHeadings(body: Node[]): void {
  const byKind = new Map<NodeKind, Node[]>();
  // Articles (`第一条`) have no headings. Each kind's list grows in place: a copy per node made
  // the list of a plan of 4,000 items quadratic (a third of compile's allocations on such a plan).
  for (const node of allNodes(body)) {
    if ((node.title === null && !node.text) || /^第.条$/u.test(node.num.style)) continue;
    const nodes = byKind.get(node.kind);
    if (nodes) nodes.push(node);
    else byKind.set(node.kind, [node]);
  }
  for (const nodes of byKind.values()) {
    const leads = nodes.map((node) => (node.title === null ? leadSentence(node.text) : null));
    const headed = nodes.filter((node, i) => leads[i] || (node.title !== null && /[。！？!?]$/u.test(node.titleEnd) && hasProse(node.text))).length;
    if (headed <= nodes.length * MOST) continue;
    nodes.forEach((node, i) => {
      const lead = leads[i];
      if (!lead) return;
      node.title = lead.title;
      node.titleEnd = lead.titleEnd;
      node.text = lead.text;
    });
  }
}

/** The short first sentence of a head paragraph that holds a comma and is followed by prose, or null. */
function leadSentence(text: string): { title: string; titleEnd: string; text: string } | null {
  const inside = bracketDepths(text);
  let stop = 0;
  while (stop < text.length && (inside[stop] || !'。！？；：:!?;'.includes(text[stop]!))) stop++;
  if (stop === text.length || !'。！？!?'.includes(text[stop]!)) return null;
  const title = text.slice(0, stop).trimEnd();
  const rest = text.slice(stop + 1);
  if (!/[，,]/u.test(title) || joinLines(title).length > MAX_TITLE || !hasProse(rest) || FIGURE.test(title) || bindsSomebody(title)) return null;
  return { title, titleEnd: text.slice(title.length, stop + 1), text: rest };
}

/** Whether a text holds prose besides notes in brackets and punctuation. */
function hasProse(text: string): boolean {
  return text.replace(/[（(][^（）()]*[）)]/gu, '').replace(/[\s，,。；;]/gu, '') !== '';
}
