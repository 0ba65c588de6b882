import type { Nodes } from 'hast';
import { isLeftOut } from './is-left-out.js';

/** The characters that count as text when weighing a block: all but blanks. */
const BLANKS = /[\s\u200b-\u200d\u2060]+/gu;

/**
 * How much text some nodes show outside links: the number of characters that are not blank,
 * leaving out what never shows (scripts, hidden elements) and the labels of links, which are
 * a site's navigation or an attachment's name rather than an article's text.
 * @param nodes hast nodes
 */
export function visibleTextLength(nodes: Nodes[]): number {
  let length = 0;
  const walk = (node: Nodes): void => {
    if (node.type === 'text') length += node.value.replace(BLANKS, '').length;
    else if (node.type === 'root') node.children.forEach(walk);
    else if (node.type === 'element' && !isLeftOut(node) && node.tagName !== 'a') node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return length;
}
