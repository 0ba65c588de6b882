import type { Nodes, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block } from '../model/index.js';
import { blocksFromPieces, type Piece } from './blocks-from-pieces.js';
import { markdownShapeProblem } from './markdown-shape-problem.js';
import { UnreadableMarkdown } from './unreadable-markdown.js';

/**
 * Reads Markdown with `remark-parse` (with GFM tables and CJK-friendly emphasis) and maps its
 * headings, paragraphs, list items, table rows and code blocks to the same blocks a plain-text
 * rendering gives; a table gives one block per cell, as a table flattened to one cell per line
 * does in plain text.
 * @param text the decoded Markdown file
 * Note: `lead` and `trail` hold the Markdown between blocks (`## `, blank lines), so a file
 * without inline markup is rebuilt exactly; inline markup (`**`, links) is dropped from `text`.
 * Throws `UnreadableMarkdown` for text nested deeper or marked up more densely than remark can
 * take in time and stack (see `markdownShapeProblem`), or that makes it fail all the same.
 */
export function markdownBlocks(text: string): Block[] {
  const problem = markdownShapeProblem(text);
  if (problem) throw new UnreadableMarkdown(problem);
  try {
    // GFM for tables; CJK-friendly emphasis so that `**（一）稳定粮食生产。**全年…` closes its bold.
    const tree = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).parse(text) as Root;
    const pieces: Piece[] = [];
    collect(tree, text, pieces);
    return blocksFromPieces(text, pieces);
  } catch (error) {
    // A shape the check above does not foresee, deep enough to overflow the stack.
    if (error instanceof RangeError) throw new UnreadableMarkdown(`the Markdown parser failed (${error.message})`);
    throw error;
  }
}

function collect(node: Nodes, source: string, pieces: Piece[]): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'tableCell':
      pushInline(node, source, pieces);
      return;
    case 'listItem':
      collectListItem(node, source, pieces);
      return;
    case 'code':
      if (node.value.trim() && node.position) {
        pieces.push({ text: node.value, start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 });
      }
      return;
    case 'html':
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return;
    default:
      if ('children' in node) for (const child of (node as Parents).children) collect(child, source, pieces);
  }
}

/** An ordered or bulleted item keeps its marker (`1. `) in front of its first paragraph, as written. */
function collectListItem(item: Extract<Nodes, { type: 'listItem' }>, source: string, pieces: Piece[]): void {
  const [first, ...rest] = item.children;
  const itemStart = item.position?.start.offset;
  if (first?.type === 'paragraph' && itemStart !== undefined) {
    const before = pieces.length;
    pushInline(first, source, pieces);
    const piece = pieces[before];
    if (piece) {
      const marker = source.slice(itemStart, piece.start);
      pieces[before] = { text: marker + piece.text, start: itemStart, end: piece.end };
    }
  } else if (first) {
    collect(first, source, pieces);
  }
  for (const child of rest) collect(child, source, pieces);
}

function pushInline(node: Parents, source: string, pieces: Piece[]): void {
  const first = node.children[0]?.position;
  const last = node.children.at(-1)?.position;
  if (!first || !last) return;
  const text = toString(node);
  if (!text.trim()) return;
  const start = first.start.offset ?? 0;
  const end = last.end.offset ?? start;
  // Line breaks and the blanks around them go: each run of blanks is looked at once (`\s*\n\s*`
  // retried every blank of a long run without a break, in quadratic time).
  pieces.push({ text: text === source.slice(start, end) ? text : text.replace(/\s+/g, (gap) => (gap.includes('\n') ? '' : gap)), start, end });
}
