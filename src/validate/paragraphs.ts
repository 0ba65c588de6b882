import { advance } from '../model/advance.js';
import { allNodes, partsOf } from '../model/walk.js';
import type { Block, Document, Node, Point, Position } from '../model/index.js';

/** One paragraph of a document as written, with where it starts and what holds it. */
export interface Paragraph {
  /** The paragraph without its indentation; a node's head paragraph starts with its marker. */
  text: string;
  start: Point;
  /** Where the parser put it. */
  place: 'front' | 'preamble' | 'head' | 'continuation' | 'closing';
  /** The node that holds it (head or continuation), else null. */
  node: Node | null;
  /** The block, for paragraphs that are blocks (all but node heads). */
  block: Block | null;
  /** 0 for the main plan, 1… for attachments. */
  part: number;
}

/**
 * Every paragraph of the document in reading order: fronts, preambles, node heads and their
 * continuation paragraphs, closings, attachments included. Nodes without a position are left out.
 * @param document a compiled document
 */
export function paragraphs(document: Document): Paragraph[] {
  const found: Paragraph[] = [];
  const blocks = (list: Block[], place: Paragraph['place'], part: number, node: Node | null = null) => {
    for (const block of list) found.push({ text: block.text, start: block.position.start, place, node, block, part });
  };
  partsOf(document).forEach((part, index) => {
    blocks(part.front, 'front', index);
    blocks(part.preamble, 'preamble', index);
    for (const node of allNodes(part.body)) {
      if (node.position) {
        const text = node.num.raw + (node.titleAsWritten ?? node.title ?? '') + node.titleEnd + node.text;
        found.push({ text, start: node.position.start, place: 'head', node, block: null, part: index });
      }
      blocks(node.blocks, 'continuation', index, node);
    }
    blocks(part.closing, 'closing', index);
  });
  return found;
}

/**
 * The span of characters `[from, to)` of a paragraph.
 * @param paragraph where the characters are
 * @param from offset of the first character in the paragraph's text
 * @param to offset after the last one
 */
export function spanIn(paragraph: Pick<Paragraph, 'text' | 'start'>, from: number, to: number): Position {
  const start = advance(paragraph.start, paragraph.text.slice(0, from));
  return { start, end: advance(start, paragraph.text.slice(from, to)) };
}

/** Most characters of context `excerpt` shows on each side. */
const CONTEXT = 8;

/**
 * The characters `[from, to)` of a text with a little context, for messages: `…市县(区）镇…`.
 * @param text a paragraph
 * @param from first character to show
 * @param to after the last one
 */
export function excerpt(text: string, from: number, to: number): string {
  const start = Math.max(0, from - CONTEXT);
  const end = Math.min(text.length, to + CONTEXT);
  const middle = to - from > 3 * CONTEXT ? `${text.slice(from, from + CONTEXT)}…${text.slice(to - CONTEXT, to)}` : text.slice(from, to);
  const shown = `${start > 0 ? '…' : ''}${text.slice(start, from)}${middle}${text.slice(to, end)}${end < text.length ? '…' : ''}`;
  // Control characters would act on the terminal or break a log line: show their code instead.
  return shown.replace(/[\u0000-\u001f\u007f-\u009f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
