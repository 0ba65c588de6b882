import type { Block, Document, Node, Part } from '../model/index.js';
import { joinLines } from '../text/join-lines.js';
import { trimBlank } from '../text/blank.js';

/**
 * The document as an indented outline a person can read and a test can compare: one line per
 * node with its kind, number, title (or `~label` when it has none) and counts of unnumbered
 * paragraphs (`¶`) and obligations (`o`); the roles of front and closing paragraphs.
 * @param document a compiled document
 */
export function toOutline(document: Document): string {
  const lines: string[] = [`title ${document.title === null ? '—' : joinLines(document.title)}`, `year ${document.year ?? '—'}`];
  partLines(document, '', lines);
  document.attachments.forEach((part, i) => {
    lines.push(`attachment ${i + 1} ${part.title ?? '—'}`);
    partLines(part, '  ', lines);
  });
  return `${lines.join('\n')}\n`;
}

function partLines(part: Pick<Part, 'front' | 'preamble' | 'body' | 'closing'>, indent: string, lines: string[]): void {
  if (part.front.length) lines.push(`${indent}front ${roles(part.front)}`);
  if (part.preamble.length) lines.push(`${indent}preamble ${part.preamble.length}¶`);
  for (const node of part.body) nodeLines(node, indent, lines);
  if (part.closing.length) lines.push(`${indent}closing ${roles(part.closing)}`);
}

function nodeLines(node: Node, indent: string, lines: string[]): void {
  const name = node.title === null ? `~${node.label}` : joinLines(node.title);
  // Page numbers left between paragraphs are kept in the tree but are not the node's text.
  const paragraphs = node.blocks.filter((block) => block.role !== 'page-number').length;
  const counts = [paragraphs ? `${paragraphs}¶` : '', node.obligations.length ? `${node.obligations.length}o` : '']
    .filter(Boolean)
    .join(' ');
  lines.push(`${indent}${node.kind} ${trimBlank(node.num.raw)} ${name}${counts ? ` [${counts}]` : ''}`);
  for (const child of node.children) nodeLines(child, `${indent}  `, lines);
}

/** `title title doc-number` → `title×2 doc-number`. */
function roles(blocks: Block[]): string {
  const runs: Array<[string, number]> = [];
  for (const { role } of blocks) {
    const last = runs.at(-1);
    if (last && last[0] === role) last[1]++;
    else runs.push([role, 1]);
  }
  return runs.map(([role, n]) => (n > 1 ? `${role}×${n}` : role)).join(' ');
}
