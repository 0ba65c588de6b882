import { advance, type Node, type Obligation, type Point } from '../model/index.js';
import { joinLines } from '../text/join-lines.js';
import { splitSentences } from '../text/sentences.js';

/**
 * Fills the obligations of every node: one per sentence of its prose after the title, from the
 * rest of its head paragraph and from its unnumbered paragraphs.
 * @param nodes a tree from `parse`; a new tree is returned, the input is left as it was
 */
export function extractObligations(nodes: Node[]): Node[] {
  return nodes.map((node) => {
    const obligations: Obligation[] = [];
    const push = (text: string, base: Point | null) => {
      for (const span of splitSentences(text)) {
        const sentence = text.slice(span.start, span.end);
        const start = base && advance(base, text.slice(0, span.start));
        const position = start && { start, end: advance(start, sentence) };
        obligations.push(blank(`${node.eId}__obl_${obligations.length + 1}`, joinLines(sentence), position));
      }
    };
    const head = node.position && advance(node.position.start, node.num.raw + (node.title ?? '') + node.titleEnd);
    push(node.text, head);
    for (const block of node.blocks) if (block.role === 'paragraph') push(block.text, block.position.start);
    return { ...node, obligations, children: extractObligations(node.children) };
  });
}

function blank(eId: string, text: string, position: Obligation['position']): Obligation {
  return { eId, text, position, actions: [], leads: [], partners: [], deadline: null, targets: [], references: [], modality: 'plain' };
}
