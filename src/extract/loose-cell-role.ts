import type { Block } from '../model/index.js';
import { isDeadlineClause } from './find-deadline.js';
import { looksLikeUnit, splitUnits } from './split-units.js';

/**
 * Longest cell read as a unit or a time: `市级各专委会办公室、市生态环境局` has 16 characters, a cell naming a leader with
 * the unit runs longer, as the table reader's longest unit line (40) allows.
 */
const LOOSE_CELL_MAX = 40;

/** A bar closing a cell, which a web page copied one cell per line leaves after each cell (`1月20日前 |`). */
const CELL_BAR = /^[ \t\u3000]*[|｜]/u;
/** A line of bars alone: the empty cells of a row (`|`, `||||`). */
const EMPTY_CELLS = /^[|｜]+$/u;

/**
 * The role of a paragraph under a numbered item that is a cell of a task table copied one cell per line whose header
 * the parser did not read as one (no `序号` column: `主要任务 | 重点工作和要求 | 责任单位 | 完成时限 |`, the numbers in the
 * task cells): a line closed by a bar that names units alone leads the item's tasks, one that is a time alone is their
 * deadline, and a line of bars alone is an empty cell, no prose. Null for any other paragraph.
 * @param block a paragraph of a node
 */
export function looseCellRole(block: Block): 'lead-cell' | 'deadline-cell' | 'empty' | null {
  const text = block.text.trim();
  if (EMPTY_CELLS.test(text)) return 'empty';
  if (!CELL_BAR.test(block.trail) || text.length > LOOSE_CELL_MAX || /[。，,；;：:]/u.test(text)) return null;
  if (isDeadlineClause(text)) return 'deadline-cell';
  return splitUnits(text).every(looksLikeUnit) ? 'lead-cell' : null;
}
