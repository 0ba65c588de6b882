import type { Document, Node, Obligation, Part, Position, SideKind } from '../model/index.js';
import { trimBlank } from '../text/blank.js';

/** Which edition a unit belongs to. */
export type Side = 'old' | 'new';

/**
 * A node, attachment or obligation of one edition as the diff sees it: its place in the tree,
 * the text that is compared, and where a reader finds it.
 */
export interface Unit {
  side: Side;
  level: 'node' | 'obligation';
  /** `root` is the document itself, which is never reported. */
  kind: SideKind | 'root';
  eId: string;
  /** The number as written, trimmed (`11.`, `（三）`), or null. */
  num: string | null;
  /** Numbers from the top down, as a reader finds the unit: `三、 › 11.` or `三、 › 11. › 第2句`. */
  path: string;
  label: string;
  /** The short lead sentence, when the node has one. */
  title: string | null;
  /** The text after the title: the rest of the head paragraph and the node's unnumbered paragraphs. */
  body: string;
  /** Everything compared: title, body (paragraphs joined by a line break); an obligation's sentence. */
  text: string;
  position: Position | null;
  parent: Unit | null;
  /** Nodes under this one (an attachment's or the root's top-level nodes). */
  children: Unit[];
  /** The node's obligations. */
  obligations: Unit[];
  /** Place among the units it is listed with (children of its parent, or obligations of its node). */
  index: number;
  /** How many units it is listed with. */
  count: number;
  /** Place in reading order among the units of its level and side. */
  order: number;
  /** The obligation itself, for its units and cited documents. */
  obligation: Obligation | null;
}

/** The units of one edition: the root, every node and attachment in reading order, every obligation. */
export interface EditionUnits {
  root: Unit;
  nodes: Unit[];
  obligations: Unit[];
}

/**
 * Builds the units of one edition: the main body under the root, then each attachment as a
 * node of kind `attachment` (eId `att_N`) holding its body.
 * @param document a compiled document
 * @param side which edition it is
 */
export function editionUnits(document: Document, side: Side): EditionUnits {
  const nodes: Unit[] = [];
  const obligations: Unit[] = [];
  const root = blankUnit(side, 'node', 'root', '', null, '', null, '', null, 0, 1);
  const addNode = (node: Node, parent: Unit, index: number, count: number): Unit => {
    const num = trimBlank(node.num.raw);
    const path = parent.path ? `${parent.path} › ${num}` : num;
    const paragraphs = node.blocks.map((block) => block.text);
    const body = [node.text, ...paragraphs].filter((text) => text.trim()).join('\n');
    const unit = blankUnit(side, 'node', node.kind, node.eId, num, path, node.title, body, node.position, index, count);
    unit.label = node.label;
    unit.text = [`${node.title ?? ''}${node.titleEnd}${node.text}`, ...paragraphs].filter((text) => text.trim()).join('\n');
    unit.parent = parent;
    unit.order = nodes.length;
    nodes.push(unit);
    parent.children.push(unit);
    node.obligations.forEach((obligation, k) => {
      const sentence = blankUnit(side, 'obligation', 'obligation', obligation.eId, null, `${path} › 第${k + 1}句`, null, asWritten(obligation), obligation.position, k, node.obligations.length);
      sentence.label = obligation.text;
      sentence.parent = unit;
      sentence.order = obligations.length;
      sentence.obligation = obligation;
      unit.obligations.push(sentence);
      obligations.push(sentence);
    });
    return unit;
  };
  // Depth first in reading order, with a stack of its own: a crafted edition nested a thousand
  // levels deep must not overflow the call stack.
  const addTree = (top: Node[], parent: Unit): void => {
    const stack: Array<{ node: Node; parent: Unit; index: number; count: number }> = [];
    for (let k = top.length - 1; k >= 0; k--) stack.push({ node: top[k]!, parent, index: k, count: top.length });
    while (stack.length) {
      const { node, parent: above, index, count } = stack.pop()!;
      const unit = addNode(node, above, index, count);
      for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k]!, parent: unit, index: k, count: node.children.length });
    }
  };
  const parts: Array<Pick<Part, 'title' | 'preamble' | 'body'>> = [document, ...document.attachments];
  parts.forEach((part, p) => {
    let parent = root;
    if (p > 0) {
      const title = document.attachments[p - 1]!.title;
      const preamble = part.preamble.map((block) => block.text).join('\n');
      parent = blankUnit(side, 'node', 'attachment', `att_${p}`, null, `附件${p}`, title, preamble, null, p - 1, document.attachments.length);
      parent.label = title ?? `附件${p}`;
      parent.text = [title ?? '', preamble].filter(Boolean).join('\n');
      parent.parent = root;
      parent.order = nodes.length;
      nodes.push(parent);
      root.children.push(parent);
    }
    addTree(part.body, parent);
  });
  return { root, nodes, obligations };
}

function blankUnit(
  side: Side,
  level: Unit['level'],
  kind: Unit['kind'],
  eId: string,
  num: string | null,
  path: string,
  title: string | null,
  body: string,
  position: Position | null,
  index: number,
  count: number,
): Unit {
  const text = title ? `${title}${body ? `\n${body}` : ''}` : body;
  return { side, level, kind, eId, num, path, label: title ?? text, title, body, text, position, parent: null, children: [], obligations: [], index, count, order: 0, obligation: null };
}

/**
 * An obligation as the plan writes it: its text followed by the unit notes it carries itself
 * (`…加强统筹。（市交通运输局牵头，市生态环境局配合）`), so that a task whose units change is
 * reworded; notes inherited from the node above stand before it and are left out.
 */
function asWritten(obligation: Obligation): string {
  const from = obligation.position?.start.offset;
  const own = obligation.notes.filter((note) => from === undefined || (note.position !== null && note.position.start.offset >= from));
  return obligation.text + own.map((note) => note.text).join('');
}
