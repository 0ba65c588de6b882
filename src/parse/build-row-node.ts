import type { Block, Node } from '../model/index.js';
import type { Marker } from './match-marker.js';
import type { TaskRow } from './read-task-tables.js';
import { splitHeadline } from './split-headline.js';

/**
 * The item of one row of a task table. Its marker is the row's number cell with the separator
 * after it (`1` and a tab, or a line break when the table is flattened), its title the task's
 * name (or its head paragraph the task's text, cut as any item's is), and its blocks the other
 * cells in order, each with the role of its column.
 * @param cells the row's cells, one block each
 * @param marker the row's marker, for its number
 * @param row how the row starts
 */
export function buildRowNode(cells: Block[], marker: Marker, row: TaskRow): Node {
  const first = cells[0]!;
  const at = row.numbered ? 1 : 0;
  const head = row.head ? cells[at] : undefined;
  const numberCell = row.numbered ? first.text + first.trail : '';
  const raw = head && row.numbered ? numberCell + head.lead : row.numbered ? first.text : '';
  const lead = row.numbered || !head ? first.lead : head.lead;
  const headline = !head ? { title: null, titleEnd: '', text: '' } : row.head === 'title' ? { title: head.text, titleEnd: '', text: '' } : row.head === 'whole' ? { title: null, titleEnd: '', text: head.text } : splitHeadline(head.text);
  const trail = head ? head.trail : row.numbered ? first.trail : '';
  const blocks = cells.slice(at + (head ? 1 : 0));
  // A row without a number or head cell gives its first cell's lead to the node's.
  if (!row.numbered && !head && blocks[0]) blocks[0] = { ...blocks[0], lead: '' };
  return {
    kind: 'item',
    eId: '',
    num: { raw, value: marker.value, style: marker.style },
    ...headline,
    label: '',
    lead,
    trail,
    blocks,
    obligations: [],
    children: [],
    position: { start: first.position.start, end: (head ?? first).position.end },
  };
}
