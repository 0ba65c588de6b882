import { BLANK } from '../text/blank.js';

/**
 * What a column of a task table (任务分解表) holds, read from its header cell: the row's number,
 * the task's name, what the task does, who leads, who helps, by when, or something else
 * (推广范围, 目标值, 备注).
 */
export type TaskColumn = 'number' | 'task' | 'content' | 'lead' | 'partner' | 'deadline' | 'other';

/** The header words of each known column, spaces taken out (`主 要 内 容` is `主要内容`). */
const FAMILIES: Array<[RegExp, TaskColumn]> = [
  [/^(?:序号|编号)$/u, 'number'],
  // A yearly list of the people's projects (民生实事) names each row's task `民生实事`/`实事项目`; a report's goals `目标与任务`.
  [/^(?:(?:重点|主要|工作|具体|改革|目标)?任务(?:名称|事项)?|重点工作(?:任务)?|工作(?:事项|名称|项目)|任务项目|目标(?:与|和)任务|(?:民生)?实事(?:项目|名称)?)$/u, 'task'],
  [/^(?:(?:工作|主要|任务|具体|实施|建设)内容|(?:具体|主要|工作|政策|改革|重点)(?:措施|举措)|工作要求)$/u, 'content'],
  // `牵头责任单位` joins two words of the family.
  [/^(?:主要)?(?:牵头|责任|主责|负责|指导|主办|承办){1,2}(?:单位|部门|主体|处室)$/u, 'lead'],
  // `协同配合单位` joins two words of the family.
  [/^(?:配合|协办|协同|协作|协助|参与|参加){1,2}(?:单位|部门|处室)$/u, 'partner'],
  [/^(?:完成(?:时限|时间|期限|时间节点)|时限(?:要求)?|时间(?:节点|安排|进度|要求)?|进度(?:安排|要求)|期限)$/u, 'deadline'],
];

/**
 * Longest header cell read as a column's name. Header cells are names (`牵头单位`, `完成时限`,
 * `推广范围`); the longest known one, `完成时间节点`, has 6 characters, and a header's own
 * remarks (`目标值（万人）`) stay under 12.
 */
const MAX_HEADER_CELL = 12;

/** Longest header cell as written: a name with a space between every two characters (`主 要 内 容`). */
const MAX_SPACED_CELL = 2 * MAX_HEADER_CELL;

/** Fewest columns of a task table: a task, a unit and one more (a number, a deadline, a partner). */
const MIN_COLUMNS = 3;

const BLANKS = new RegExp(`${BLANK}+`, 'gu');

/** A column's name: characters of words and brackets only, no sentence punctuation, no number alone. */
// Letters, then at most one run of digits and more letters: written so that no two parts can take the same letters (backtracking between them was quadratic).
const NAME = /^[\p{Script=Han}A-Za-z（）()/]+(?:[0-9]+[\p{Script=Han}A-Za-z（）()/]*)?$/u;

/**
 * The column a header cell names, `other` for a short name of no known family, or null when the
 * cell does not read as a column's name at all (a sentence, a number, a numbered heading).
 * @param cell one cell of a header row, as written
 */
export function taskTableColumn(cell: string): TaskColumn | null {
  // Most paragraphs are long: they are passed over before their blanks are taken out.
  if (cell.length > MAX_SPACED_CELL) return null;
  const name = cell.replace(BLANKS, '');
  if (!name || name.length > MAX_HEADER_CELL || !NAME.test(name)) return null;
  // A remark in brackets after the name (`牵头单位（部门）`, `完成时限（年月）`) leaves its family as it is.
  const bare = name.replace(/[（(][^（）()]*[）)]$/u, '') || name;
  return FAMILIES.find(([pattern]) => pattern.test(bare))?.[1] ?? 'other';
}

/**
 * Whether header cells name a task table: at least three columns, one naming the task (or what
 * it does) and one naming a unit or a deadline. With two columns of what the task does and none
 * of its name (`改革举措`, `主要内容`), the first names the task.
 * @param columns what each header cell names, null for a cell that names nothing
 * @returns the columns resolved, or null when they are no task table's
 */
export function resolveTaskColumns(columns: Array<TaskColumn | null>): TaskColumn[] | null {
  if (columns.length < MIN_COLUMNS || columns.some((column) => column === null)) return null;
  const known = columns as TaskColumn[];
  const hasTask = known.some((c) => c === 'task' || c === 'content');
  const hasUnit = known.some((c) => c === 'lead' || c === 'partner' || c === 'deadline');
  if (!hasTask || !hasUnit) return null;
  if (known.includes('task') || known.filter((c) => c === 'content').length < 2) return known;
  const first = known.indexOf('content');
  return known.map((c, i) => (i === first ? 'task' : c));
}

/**
 * Whether a cell reads as a time rather than a unit or a task: it opens with a year, a month or a
 * word of time (`2024年底前`, `6月底`, `年内`, `长期坚持`, `持续推进`, `每季度`).
 * @param cell one cell of a row
 */
export function readsAsTime(cell: string): boolean {
  return TIME.test(cell.trim());
}

const TIME = /^(?:(?:19|20)[0-9]{2}年|[0-9]{1,2}月|[一二三四五六七八九十]{1,2}月|年底|年内|年末|上半年|下半年|[一二三四]季度|第[一二三四]季度|长期|持续|常态|每(?:年|半年|季度|月|周))/u;
