import type { Node, NodeKind, Position } from '../model/index.js';
import { joinLines } from '../text/join-lines.js';
import { firstClause } from './first-clause.js';
import { trimBlank } from '../text/blank.js';

const ABBREVIATION: Record<NodeKind, string> = { section: 'sec', subsection: 'subsec', item: 'item', subitem: 'subitem', point: 'point' };

/**
 * Gives every node its eId, label and full position, in place, and takes back the title of a
 * node that is a single sentence.
 * The eId is the path of kinds and numbers (`sec_3__item_10`); a number that repeats among
 * siblings gets `-2`, `-3`… so eIds stay unique. The label is the title, else the first clause.
 * @param nodes siblings
 * @param prefix the eId of their parent followed by `__`, or `att_1__` in an attachment
 */
export function finishNodes(nodes: Node[], prefix = ''): void {
  const seen = new Map<string, number>();
  for (const node of nodes) {
    const base = `${prefix}${ABBREVIATION[node.kind]}_${node.num.value}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    node.eId = count === 1 ? base : `${base}-${count}`;
    finishNodes(node.children, `${node.eId}__`);
    keepTitleOnlyAboveProse(node);
    node.label = labelOf(node);
    writeTitleOnOneLine(node);
    node.position = spanOf(node);
  }
}

/**
 * A lead sentence is a title only when prose follows it. In `10．推动…延伸。（牵头考核单位：…）`
 * the sentence is the whole task, so it is text, not title.
 */
function keepTitleOnlyAboveProse(node: Node): void {
  if (node.title === null || node.titleEnd === '' || node.blocks.length || node.children.length) return;
  const prose = node.text.replace(/[（(][^（）()]*[）)]/gu, '').replace(/[\s，,。；;]/gu, '');
  if (prose) return;
  node.text = node.title + node.titleEnd + node.text;
  node.title = null;
  node.titleEnd = '';
}

/** A title a hard wrap broke over lines is read as one line; the source keeps it as written. */
function writeTitleOnOneLine(node: Node): void {
  if (node.title === null || !/[\r\n]/u.test(node.title)) return;
  node.titleAsWritten = node.title;
  node.title = joinLines(node.title);
}

/** The title, else the first clause, read as one line (a wrapped heading loses its line break). */
function labelOf(node: Node): string {
  if (node.title) return joinLines(node.title);
  const prose = node.text || node.blocks.find((block) => block.role === 'paragraph')?.text || '';
  return firstClause(joinLines(prose)) || trimBlank(node.num.raw);
}

/** From the marker to the end of the last paragraph or child. */
function spanOf(node: Node): Position | null {
  if (!node.position) return null;
  const last = node.children.at(-1)?.position ?? node.blocks.at(-1)?.position ?? node.position;
  return { start: { ...node.position.start }, end: { ...last.end } };
}
