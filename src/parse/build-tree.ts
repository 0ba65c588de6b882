import type { Block, Node, NodeKind } from '../model/index.js';
import { isPageNumber } from './line-patterns.js';
import { buildRowNode } from './build-row-node.js';
import type { Marker } from './match-marker.js';
import { isArticle } from './read-article-ladder.js';
import type { TaskRow } from './read-task-tables.js';
import { splitHeadline } from './split-headline.js';

/** Depth of each kind on the ladder; a node nests under the nearest open node of a smaller rank. */
const RANK: Record<NodeKind, number> = { section: 0, subsection: 1, item: 2, subitem: 3, point: 4 };

/** The prose before the first numbered paragraph, and the numbered nodes. */
export interface Tree {
  preamble: Block[];
  body: Node[];
}

/**
 * Builds the node tree of blocks `[from, to)`. Kind comes from the marker, so levels may be
 * skipped; an unnumbered paragraph belongs to the node before it.
 * @param blocks all paragraphs of the file
 * @param markers the marker of each paragraph, or null
 * @param rows the rows of task tables, by their first cell: each row's cells make one item
 */
export function buildTree(blocks: Block[], markers: Array<Marker | null>, from: number, to: number, rows: Map<number, TaskRow> = new Map()): Tree {
  const preamble: Block[] = [];
  const body: Node[] = [];
  const open: Node[] = [];
  for (let i = from; i < to; i++) {
    const block = blocks[i]!;
    const marker = markers[i];
    if (!marker) {
      // A page number left by a PDF conversion belongs to no sentence.
      const paragraph = block.role === 'page-number' || isPageNumber(block.text) ? { ...block, role: 'page-number' as const } : block;
      const owner = open.at(-1);
      if (owner) owner.blocks.push(paragraph);
      else preamble.push(paragraph);
      continue;
    }
    const row = rows.get(i);
    const node = row ? buildRowNode(blocks.slice(i, row.end), marker, row) : makeNode(block, marker);
    if (row) i = row.end - 1;
    while (open.length && RANK[open.at(-1)!.kind] >= RANK[node.kind]) open.pop();
    (open.at(-1)?.children ?? body).push(node);
    open.push(node);
  }
  return { preamble, body };
}

function makeNode(block: Block, marker: Marker): Node {
  // An article has no heading: its first sentence is its text (`第三条　本办法适用于…。`).
  const rest = block.text.slice(marker.raw.length);
  const { title, titleEnd, text } = isArticle(marker) ? { title: null, titleEnd: '', text: rest } : splitHeadline(rest, marker.raw);
  return {
    kind: marker.kind,
    eId: '',
    num: { raw: marker.raw, value: marker.value, style: marker.style },
    title,
    titleEnd,
    label: '',
    text,
    lead: block.lead,
    trail: block.trail,
    blocks: [],
    obligations: [],
    children: [],
    position: block.position,
  };
}
