import { allNodes } from '../model/walk.js';
import type { Block, Node } from '../model/index.js';

/**
 * Paragraphs that end a plan whatever stands before them: when it takes effect, who
 * interprets it, what it repeals, who writes its implementing rules.
 */
const STRONG_CUE = /自[^，。]{0,20}(?:起|之日)?(?:施行|执行|实施)|负责解释|同时废止|制定(?:具体)?实施细则/u;

/**
 * Paragraphs that speak of the plan as a whole (`本方案…`, `…工作要点任务落实…`) or to all who
 * receive it (`各地区、各部门要…`). After a heading they may be the heading's own prose
 * (`二、保障措施` / `…定期调度本方案各项任务…`), so they end the plan only after a node with
 * prose of its own.
 */
const WEAK_CUE = /本(?:工作)?(?:要点|意见|方案|计划|办法|规定|细则|政策|通知|措施)|(?:工作要点|实施方案|行动方案|行动计划|实施意见)(?:任务|的?(?:落实|实施|执行))|^各地区[、，]?各部门/u;

/**
 * How many other nodes with prose of their own, none with paragraphs after it, it takes before
 * that pattern says the paragraphs after the last one are not its own: the seed has 36.
 */
const MIN_EVIDENCE = 8;

/**
 * Takes the paragraphs after the last node that belong to the closing rather than to that node,
 * and returns them. They start at the first paragraph with a closing cue; or all of them are
 * closing when the last node has prose of its own in its head paragraph and many other such
 * nodes have no paragraphs after them (a plan whose items are one paragraph each).
 * @param body the nodes of a part; the last leaf loses the paragraphs taken
 */
export function takeTrailingClosing(body: Node[]): Block[] {
  let last = body.at(-1);
  while (last?.children.length) last = last.children.at(-1);
  if (!last || last.blocks.length === 0) return [];
  const lastNode = last;
  const hasProse = lastNode.text !== '';
  const others = allNodes(body).filter((node) => node !== lastNode && node.text !== '');
  // A last node that is one sentence (`2．局党组每半年专题研究一次…。`, read as a title until prose follows it) is a node of one paragraph too.
  const sentence = hasProse || /[。！？!?]/u.test(lastNode.titleEnd);
  const oneParagraphNodes = sentence && others.length >= MIN_EVIDENCE && others.every((node) => node.blocks.length === 0);
  const cue = lastNode.blocks.findIndex((block) => STRONG_CUE.test(block.text) || (hasProse && WEAK_CUE.test(block.text)));
  const from = oneParagraphNodes ? 0 : cue;
  return from === -1 ? [] : lastNode.blocks.splice(from);
}
