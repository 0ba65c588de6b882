import type { Block } from '../model/index.js';
import { MAX_UNIT_LINE } from '../text/line-limits.js';
import { isDeadlineClause } from './find-deadline.js';
import { looksLikeUnit, splitUnits } from './split-units.js';

/** A bar closing a cell, which a web page copied one cell per line leaves after each cell (`1月20日前 |`). */
const CELL_BAR = /^[ \t\u3000]*[|｜]/u;
/** A line of bars alone: the empty cells of a row (`|`, `||||`, `| | |`). */
const EMPTY_CELLS = /^[|｜](?:[ \t\u3000]*[|｜])*$/u;

/**
 * The role of a paragraph that is a cell of a task table copied one cell per line, read through the bar that closes each
 * cell (`主要任务 |` / `重点工作和要求 |` / `责任单位 |` / `完成时限 |`, then `1.制定…清单。 |` / `市安委办 |` / `1月20日前 |` / `|`):
 * a line closed by a bar that names units alone is a lead cell, one that is a time alone a deadline cell, and a line of
 * bars alone an empty cell (`table-cell`, no prose). Null for any other paragraph: a line without a bar (`市安委办` under
 * prose) is left as it is. The header's cells, short lines of column names, read as neither and stay prose of no node.
 * @param block a paragraph of a node
 */
export function looseCellRole(block: Block): 'lead-cell' | 'deadline-cell' | 'table-cell' | null {
  const text = block.text.trim();
  if (EMPTY_CELLS.test(text)) return 'table-cell';
  if (!text || !CELL_BAR.test(block.trail) || text.length > MAX_UNIT_LINE || /[。，,；;：:]/u.test(text)) return null;
  if (isDeadlineClause(text)) return 'deadline-cell';
  return splitUnits(text).every(looksLikeUnit) ? 'lead-cell' : null;
}
