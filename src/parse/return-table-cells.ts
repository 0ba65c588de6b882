import type { Block, Node } from '../model/index.js';

/**
 * Gives back to the last row of a flattened table the cells that read like a signature and a
 * date (`市住房城乡建设局` / `2023年10月31日`): when that row has fewer cells than the row
 * before it, its missing cells are the first closing blocks.
 * @param body the nodes of a part; the last row gains the cells, in place
 * @param closing the closing blocks read from the end of the part
 * @returns the closing without those cells
 */
export function returnTableCells(body: Node[], closing: Block[]): Block[] {
  let siblings = body;
  while (siblings.at(-1)?.children.length) siblings = siblings.at(-1)!.children;
  const [previous, last] = siblings.slice(-2);
  if (!previous || !last || !isRow(previous) || !isRow(last)) return closing;
  const missing = previous.blocks.length - last.blocks.length;
  const cells = closing.slice(0, Math.max(0, missing));
  if (cells.length === 0 || !cells.every((block) => block.role === 'signature' || block.role === 'date')) return closing;
  last.blocks.push(...cells.map((block) => ({ ...block, role: 'paragraph' as const })));
  return closing.slice(cells.length);
}

function isRow(node: Node): boolean {
  return node.num.style === '1';
}
