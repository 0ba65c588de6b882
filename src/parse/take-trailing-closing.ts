import type { Block, Node } from '../model/index.js';

/**
 * Paragraphs that speak of the plan as a whole (`本方案…`, `…工作要点任务落实…`,
 * `自…起施行`, `…负责解释`) end it, even when they follow the last node.
 */
const CLOSING_CUE =
  /本(?:工作)?(?:要点|意见|方案|计划|办法|规定|细则|政策|通知|措施)|(?:工作要点|实施方案|行动方案|行动计划|实施意见)(?:任务|的?(?:落实|实施|执行))|自[^，。]{0,15}起(?:施行|执行|实施)|负责解释|制定(?:具体)?实施细则/u;

/** How many other one-paragraph nodes it takes before their pattern says anything about the last one. */
const MIN_EVIDENCE = 3;

/**
 * Takes the paragraphs after the last node that belong to the closing rather than to that node,
 * and returns them. They start at the first paragraph with a closing cue; or all of them are
 * closing when the last node has prose of its own in its head paragraph and no other such node
 * has paragraphs after it (a plan whose items are one paragraph each).
 * @param body the nodes of a part; the last leaf loses the paragraphs taken
 */
export function takeTrailingClosing(body: Node[]): Block[] {
  let last = body.at(-1);
  while (last?.children.length) last = last.children.at(-1);
  if (!last || last.blocks.length === 0) return [];
  const lastNode = last;
  const others = flatten(body).filter((node) => node !== lastNode && node.text !== '');
  const oneParagraphNodes = lastNode.text !== '' && others.length >= MIN_EVIDENCE && others.every((node) => node.blocks.length === 0);
  const cue = lastNode.blocks.findIndex((block) => CLOSING_CUE.test(block.text));
  const from = oneParagraphNodes ? 0 : cue;
  return from === -1 ? [] : lastNode.blocks.splice(from);
}

function flatten(nodes: Node[]): Node[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}
