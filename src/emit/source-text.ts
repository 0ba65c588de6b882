import { partsOf } from '../model/walk.js';
import type { Block, Document, Node, Part } from '../model/index.js';

/**
 * Rebuilds the decoded source text from the tree: every character of the input belongs to
 * exactly one block, marker, title, title end, text or layout string, so this gives back the
 * input exactly (for Markdown, the input without its inline markup).
 * @param document a compiled document
 */
export function toSourceText(document: Document): string {
  return partsOf(document).map(partText).join('');
}

function partText(part: Pick<Part, 'front' | 'preamble' | 'body' | 'closing'>): string {
  return [...part.front.map(blockText), ...part.preamble.map(blockText), ...part.body.map(nodeText), ...part.closing.map(blockText)].join('');
}

function blockText(block: Block): string {
  return block.lead + block.text + block.trail;
}

function nodeText(node: Node): string {
  const head = node.lead + node.num.raw + (node.titleAsWritten ?? node.title ?? '') + node.titleEnd + node.text + node.trail;
  return head + node.blocks.map(blockText).join('') + node.children.map(nodeText).join('');
}
