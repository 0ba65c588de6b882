import { advance } from '../model/advance.js';
import type { Block, BlockRole } from '../model/index.js';
import { BLANK } from '../text/blank.js';
import { MAX_UNIT_LINE } from '../text/line-limits.js';
import { isAttachmentLabel, isAttachmentList, isTitleLike } from './line-patterns.js';
import type { Marker } from './match-marker.js';
import { readsAsTime, resolveTaskColumns, taskTableColumn, type TaskColumn } from './task-table-column.js';

/** One row of a task table: where its cells end, and which of them make the node's head. */
export interface TaskRow {
  /** Index of the block after the row's last cell. */
  end: number;
  /** Whether the first cell is the row's number (`1`), written as the node's marker. */
  numbered: boolean;
  /**
   * What the cell after the number is to the node: its title (the task's name), its text (whose short lead sentence may be
   * read as a title), its whole text (`whole`: a row with a sub-row, whose first cell is a task as the sub-row's is), or neither.
   */
  head: 'title' | 'text' | 'whole' | null;
}

/** The paragraphs with the task tables found in them. */
export interface TaskTables {
  /** The blocks, a TAB-separated row cut into one block per non-empty cell (the tabs go to their leads). */
  blocks: Block[];
  /** The marker of each block: a row's first cell carries the row's number, a group row its own marker. */
  markers: Array<Marker | null>;
  /** The rows, by the index of their first cell. */
  rows: Map<number, TaskRow>;
  /** Each table as `[start, end)`: its header and rows. */
  tables: Array<{ start: number; end: number }>;
}

/** The role of a cell that is neither the row's number nor its head, by its column. */
const CELL_ROLES = {
  number: 'table-cell',
  task: 'paragraph',
  content: 'paragraph',
  lead: 'lead-cell',
  partner: 'partner-cell',
  deadline: 'deadline-cell',
  other: 'table-cell',
} satisfies Record<TaskColumn, BlockRole>;

/** A row's number as its cell writes it: `1`, `12`, `3.`, `4、`. */
const ROW_NUMBER = /^([0-9]{1,3})[.．、]?$/u;
const EDGE_BLANKS = new RegExp(`^(${BLANK}*)(.*?)(${BLANK}*)$`, 'su');

/** A cell of a row read from a block, with where it stands in the block's text. */
interface Cell {
  column: TaskColumn;
  /** The cell's text without the blanks around it; empty for an empty cell. */
  text: string;
  /** Offsets of `text` in the block's text. */
  start: number;
  end: number;
}

/**
 * Finds the task tables (任务分解表) among the paragraphs: a header row whose cells name a task
 * and its units (`序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限`), either one line with its cells
 * separated by TAB, as the readers of Word, PDF and web pages give a table, or one cell per
 * line; then its rows, each to become a numbered item, and the rows that only name a group
 * (`一、知识产权保护方面（共5项）`), each to become the node above its rows. The header gets the
 * role `table-header`; a row's cells get the role of their column (`lead-cell`, `deadline-cell`…).
 * Other tables are left as they are.
 * @param blocks the paragraphs, after hard-wrapped lines are joined
 * @param markers the marker of each paragraph (bare numbers confirmed as row numbers)
 * Note: a table flattened one cell per line is read only when its first column is 序号, whose
 * numbers tell where each row starts; an empty cell leaves no line, so a short row's cells fill
 * its columns from the left, but for a last cell that reads as a time under a last column of
 * deadlines.
 */
export function readTaskTables(blocks: Block[], markers: Array<Marker | null>): TaskTables {
  const found: TaskTables = { blocks: [], markers: [], rows: new Map(), tables: [] };
  let lastSection = -1;
  for (let i = 0; i < blocks.length; ) {
    const table = readTabTable(blocks, markers, i) ?? readFlatTable(blocks, markers, i);
    if (!table) {
      if (isAttachmentLabel(blocks[i]!.text) || isAttachmentList(blocks[i]!.text)) lastSection = -1;
      else if (markers[i]?.kind === 'section') lastSection = i;
      found.blocks.push(blocks[i]!);
      found.markers.push(markers[i] ?? null);
      i++;
      continue;
    }
    // Under a section of the plan, a group row is a subsection of it whatever its marker.
    const nested = lastSection !== -1;
    const start = found.blocks.length;
    for (const piece of table.pieces) {
      if (piece.kind === 'header') {
        found.blocks.push(...piece.blocks.map((block) => ({ ...block, role: 'table-header' as const })));
        found.markers.push(...piece.blocks.map(() => null));
      } else if (piece.kind === 'group') {
        found.blocks.push(piece.block);
        found.markers.push(nested && piece.marker.kind === 'section' ? { ...piece.marker, kind: 'subsection' } : piece.marker);
      } else {
        found.rows.set(found.blocks.length, { end: found.blocks.length + piece.cells.length, numbered: piece.numbered, head: piece.head });
        found.markers.push(piece.marker, ...piece.cells.slice(1).map(() => null));
        found.blocks.push(...piece.cells);
      }
    }
    found.tables.push({ start, end: found.blocks.length });
    i = table.end;
  }
  return found;
}

type Piece =
  | { kind: 'header'; blocks: Block[] }
  | { kind: 'group'; block: Block; marker: Marker }
  | { kind: 'row'; cells: Block[]; marker: Marker; numbered: boolean; head: TaskRow['head'] };

interface Table {
  pieces: Piece[];
  /** Index of the block after the table. */
  end: number;
}

/** A table whose rows are lines with TAB-separated cells, its header at `i`. */
function readTabTable(blocks: Block[], markers: Array<Marker | null>, i: number): Table | null {
  const header = blocks[i]!;
  if (!hasTab(header)) return null;
  const columns = resolveTaskColumns(cellsOf(header).map((cell) => (cell.text ? taskTableColumn(cell.text) : null)));
  if (!columns) return null;
  const pieces: Piece[] = [{ kind: 'header', blocks: [header] }];
  const numbers = { last: 0, groups: 0 };
  let k = i + 1;
  while (k < blocks.length) {
    // Lines without a tab between rows are group rows: one cell spanning the table.
    let after = k;
    while (after < blocks.length && !hasTab(blocks[after]!) && isTitleLike(blocks[after]!.text)) after++;
    if (after === blocks.length || !hasTab(blocks[after]!)) break;
    for (; k < after; k++) pieces.push(groupPiece(blocks[k]!, markers[k] ?? null, numbers));
    const cells = cellsOf(blocks[k]!, columns);
    const filled = cells.filter((cell) => cell.text);
    if (filled.length === 1 && !ROW_NUMBER.test(filled[0]!.text)) pieces.push(groupPiece(blocks[k]!, markers[k] ?? null, numbers));
    else pieces.push(rowPiece(splitRow(blocks[k]!, filled), filled.map((cell) => cell.column), columns, numbers));
    k++;
  }
  return pieces.length > 1 ? { pieces, end: k } : null;
}

/** A table flattened one cell per line: its header cells start at `i`, and every row at its number. */
function readFlatTable(blocks: Block[], markers: Array<Marker | null>, i: number): Table | null {
  const header = readFlatHeader(blocks, markers, i);
  if (!header) return null;
  const { columns, end: h } = header;
  const isRowStart = (k: number) => markers[k]?.kind === 'item' && /^[0-9]{1,3}$/u.test(blocks[k]!.text);
  const isGroup = (k: number) => markers[k]?.kind === 'section' || markers[k]?.kind === 'subsection';
  const pieces: Piece[] = [{ kind: 'header', blocks: blocks.slice(i, h) }];
  const numbers = { last: 0, groups: 0 };
  let k = h;
  while (k < blocks.length) {
    // Group rows count only when a row follows them: else they are the plan's next heading.
    let after = k;
    while (after < blocks.length && isGroup(after)) after++;
    if (after === blocks.length || !isRowStart(after)) break;
    for (; k < after; k++) pieces.push(groupPiece(blocks[k]!, markers[k] ?? null, numbers));
    // A row whose cells run on to the next row's number over more lines than the table has columns writes a cell over
    // several lines (one unit a line) or a second task under the same number: it is read to that number.
    const spanned = spanEnd(k, columns.length, isRowStart, isGroup);
    let end = k + 1;
    // A time ends a row whose last column is its deadline: what follows the table's last row is no cell of it.
    const endsRow = (j: number) => columns.at(-1) === 'deadline' && j > k + 1 && isTimeCell(blocks[j]!.text);
    if (spanned !== -1) end = spanned;
    else while (end < blocks.length && end - k < columns.length && !isRowStart(end) && !isGroup(end) && !endsRow(end - 1)) end++;
    const cells = blocks.slice(k, end).map((block) => ({ ...block }));
    pieces.push(rowPiece(cells, spanned !== -1 ? spannedColumns(cells, columns) : flatColumns(cells, columns), columns, numbers));
    k = end;
  }
  return pieces.length > 1 ? { pieces, end: k } : null;
}

/**
 * The header of a table flattened one cell per line, its first cell (`序号`) at `i`: the columns
 * its cells name and the index of the line after it, or null when the lines name no task table's.
 * @param blocks the paragraphs
 * @param markers the marker of each paragraph
 * @param i where the header would start
 */
export function readFlatHeader(blocks: Block[], markers: Array<Marker | null>, i: number): { columns: TaskColumn[]; end: number } | null {
  const first = taskTableColumn(blocks[i]!.text);
  if (first !== 'number' || markers[i]) return null;
  let h = i;
  const named: Array<TaskColumn | null> = [];
  for (; h < blocks.length && !markers[h] && !hasTab(blocks[h]!); h++) {
    const column = taskTableColumn(blocks[h]!.text);
    if (!column) break;
    named.push(column);
  }
  const columns = resolveTaskColumns(named);
  return columns ? { columns, end: h } : null;
}

/**
 * Most lines a flattened row spans, in columns: a row of five columns whose unit cells name
 * several units one a line, or that holds a second task with its own units and time under the
 * same number, stays within three lines a column (task, units, time, then the same again at most
 * once more, as the tables of the page sets write them); a longer run before the next number is a
 * list of lines the tool does not know as a row, and is read line by line as before.
 */
const MAX_SPAN_PER_COLUMN = 3;

/**
 * Where a flattened row at `k` ends when it runs to the next row's number over more lines than
 * the table has columns, or -1 when it does not (the row is read cell by cell as before).
 */
function spanEnd(k: number, width: number, isRowStart: (j: number) => boolean, isGroup: (j: number) => boolean): number {
  for (let j = k + 1; j - k <= width * MAX_SPAN_PER_COLUMN; j++) {
    if (isRowStart(j) || isGroup(j)) return j - k > width ? j : -1;
  }
  return -1;
}


/** A line of a spanned row that names units or people rather than a task: short, no sentence's stop in it or at its end. */
function readsAsUnitLine(text: string): boolean {
  return text.length <= MAX_UNIT_LINE && !/[。；！？，]/u.test(text);
}

/**
 * The columns of a row spanning more lines than the table has columns. The number and the
 * task's cell come first; a line that reads as a task (a sentence) is more of the task, as
 * content; a line of units fills the next column of units or people (the last of them taking
 * any more units); a time is the deadline; a task after the deadline starts a sub-row without
 * a number (`开工建设…。` / `12月底前`), whose units fill those columns again.
 */
function spannedColumns(cells: Block[], columns: TaskColumn[]): TaskColumn[] {
  const deadlineAt = columns.indexOf('deadline');
  const taskAt = columns.findIndex((c) => c === 'task' || c === 'content');
  const unitEnd = deadlineAt > taskAt ? deadlineAt : columns.length;
  let next = 0;
  return cells.map((cell) => {
    if (next <= taskAt || (columns[next] === 'content' && next < unitEnd)) return columns[next++]!;
    if (deadlineAt !== -1 && isTimeCell(cell.text)) {
      next = unitEnd;
      return 'deadline';
    }
    if (!readsAsUnitLine(cell.text)) {
      next = taskAt + 1;
      return 'content';
    }
    const column = columns[Math.min(next, unitEnd - 1)]!;
    next = Math.min(next + 1, unitEnd - 1);
    return column === 'task' || column === 'content' ? 'other' : column;
  });
}

/**
 * The columns of a flattened row's cells. An empty cell leaves no line, so the cells fill the
 * columns from the left; but a short row whose last cell reads as a time gives it to the table's
 * last column when that is the deadline (the empty cell was before it: 配合单位, 备注).
 */
function flatColumns(cells: Block[], columns: TaskColumn[]): TaskColumn[] {
  const filled = columns.slice(0, cells.length);
  const short = cells.length < columns.length && cells.length > 1;
  if (short && columns.at(-1) === 'deadline' && filled.at(-1) !== 'deadline' && isTimeCell(cells.at(-1)!.text)) filled[filled.length - 1] = 'deadline';
  return filled;
}

/** Longest cell read as a row's deadline: `2024年6月底前完成`, `长期坚持，每季度调度一次`. */
const MAX_TIME_CELL = 20;

/** A short cell, without a sentence's stop, that reads as a time. */
function isTimeCell(text: string): boolean {
  return text.length <= MAX_TIME_CELL && !/[。；！？]/u.test(text) && readsAsTime(text);
}

function groupPiece(block: Block, marker: Marker | null, numbers: { last: number; groups: number }): Piece {
  numbers.groups++;
  // A group row without a marker of the ladder's upper levels stands just above the rows.
  const own = marker && (marker.kind === 'section' || marker.kind === 'subsection') ? marker : null;
  return { kind: 'group', block, marker: own ?? { kind: 'subsection', raw: '', value: numbers.groups, style: '', decimalLike: false } };
}

/**
 * A row's cells with their roles, and how it starts: with its number (else it takes the number
 * after the row before), then the task's name (a title when the table has a column for what the
 * task does) or its text.
 * @param columns the column of each cell
 * @param header the columns of the table
 */
function rowPiece(cells: Block[], columns: TaskColumn[], header: TaskColumn[], numbers: { last: number }): Piece {
  const written = columns[0] === 'number' ? ROW_NUMBER.exec(cells[0]!.text) : null;
  const value = written ? Number(written[1]) : numbers.last + 1;
  numbers.last = value;
  const at = written ? 1 : 0;
  const headColumn = columns[at];
  const hasContent = header.includes('content');
  // A task after the row's deadline is a sub-row without a number (`开工建设…。` / `12月底前`): the first cell is a task as it is.
  const deadlineAt = columns.indexOf('deadline');
  const subRow = deadlineAt !== -1 && columns.indexOf('content', deadlineAt) !== -1;
  const head = headColumn === 'task' && hasContent ? 'title' : headColumn === 'task' || headColumn === 'content' ? (subRow ? 'whole' : 'text') : null;
  const headEnd = at + (head ? 1 : 0);
  const roled = cells.map((cell, j) => (j < headEnd ? cell : { ...cell, role: CELL_ROLES[columns[j] ?? 'other'] }));
  const marker: Marker = { kind: 'item', raw: written ? cells[0]!.text : '', value, style: '1', decimalLike: false };
  return { kind: 'row', cells: roled, marker, numbered: written !== null, head };
}

/** Whether a line holds a tab between cells, or before its first cell. */
function hasTab(block: Block): boolean {
  return block.text.includes('\t') || lastLine(block.lead).includes('\t');
}

/**
 * The cells of a TAB-separated line, empty ones included: tabs in the line's indentation are
 * empty cells before the first.
 * @param columns the header's columns, to give each cell its column (`other` past the last)
 */
function cellsOf(block: Block, columns: TaskColumn[] = []): Cell[] {
  const leading = [...lastLine(block.lead)].filter((c) => c === '\t').length;
  const cells: Cell[] = Array.from({ length: leading }, () => ({ column: 'other', text: '', start: 0, end: 0 }));
  let from = 0;
  for (const raw of block.text.split('\t')) {
    const [, before, text, after] = EDGE_BLANKS.exec(raw)!;
    cells.push({ column: 'other', text: text!, start: from + before!.length, end: from + raw.length - after!.length });
    from += raw.length + 1;
  }
  return cells.map((cell, j) => ({ ...cell, column: columns[j] ?? 'other' }));
}

/**
 * Cuts a TAB-separated line into one block per non-empty cell, losslessly: the tabs and blanks
 * before a cell are its lead, the line's own lead goes to the first, its trail to the last.
 */
function splitRow(block: Block, filled: Cell[]): Block[] {
  return filled.map((cell, j) => {
    const from = j === 0 ? 0 : filled[j - 1]!.end;
    const lead = (j === 0 ? block.lead : '') + block.text.slice(from, cell.start);
    const trail = j === filled.length - 1 ? block.text.slice(cell.end) + block.trail : '';
    const start = advance(block.position.start, block.text.slice(0, cell.start));
    return { role: block.role, text: cell.text, lead, trail, position: { start, end: advance(start, cell.text) } };
  });
}

/** The last line of a block's lead: its indentation. */
function lastLine(lead: string): string {
  return lead.slice(Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf('\r')) + 1);
}
