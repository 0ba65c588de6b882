import type { Block } from '../model/index.js';

/**
 * Longest label of a field cell (`指标来源：`, `计算方法：`, `指标属性：`): a column's name is a short
 * noun phrase; more characters before a colon are a sentence's lead-in (`实现以下目标：`).
 */
const FIELD_LABEL_MAX = 8;
const FIELD = new RegExp(`^[\\p{Script=Han}A-Za-z0-9（）()]{2,${FIELD_LABEL_MAX}}[：:]\\s*\\S`, 'u');
/**
 * Longest bare cell: an indicator's name with its unit (`二级及以上综合医院设置老年医学科的比例（%）`,
 * 22 characters) fits; a line of prose without any mark is rarely shorter.
 */
const BARE_CELL_MAX = 40;
/** A bare cell holds no mark of a clause or sentence. */
const CLAUSE_MARK = /[，,；;：:。！？!?]/u;
/** A field's value that is prose: it has clauses (`工作目标：到2026年，全省…。`). */
const PROSE_VALUE = /[，,；;]/u;
/** A value cell: a number with its unit or year (`3.2`, `40`, `≥90%`, `2024年`, `1.5万人`). */
const VALUE = /^[≥≤><＞＜]?\d+(?:\.\d+)?(?:%|％|年|万|亿|个|人|张|家|元)?[^\p{Script=Han}]*$/u;
/**
 * A table's note right under it (`注：快递包裹进村率=…。`, `备注：…`): it explains the cells above,
 * and is one of them, not a task.
 */
const TABLE_NOTE = /^(?:注|备注|说明)\s*[0-9０-９一二三四五六七八九十]*\s*[：:]/u;
/** Fewest cells in a row that make a table rather than a stray short line. */
const MIN_CELLS = 2;
/** Cells of a table row copied as text keep the table's tabs between them (`指标	2024年	2027年	属性`). */
const CELL_TABS = /\t+/u;
/** A unit or note in brackets inside a cell (`城镇老旧小区改造（个，累计）`), whose comma is no clause's. */
const BRACKETED = /[（(][^（）()]*[）)]/gu;

/**
 * Which blocks of a node are cells of an indicator table flattened to one cell a line, as such
 * tables are published (`每千人口基层卫生人员数（人）` / `3.2` / `预期性` / `计算方法：…` /
 * `指标来源：…`): runs of at least two blocks, each a field (`指标来源：省卫生健康委。`) or a
 * bare line without any mark, that hold a field or a value (`3.2`, `2024年`). Such cells are
 * never obligations, nor is a note right under them (`注：…`). A field or a short line alone beside prose (`工作目标：到2026年，…。`,
 * `加强经费保障`) is no table. A table copied with tabs between its cells, a row a line, is read cell by cell.
 * @param blocks a node's unnumbered paragraphs (or a part's closing), unit-note lines already given their role
 * @returns for each block, whether it is such a cell
 */
export function findIndicatorCells(blocks: Block[]): boolean[] {
  const cellLike = blocks.map((block) => block.role === 'paragraph' && block.text.trim().split('\n').every((line) => isCellLine(line.trim())));
  const cells = blocks.map(() => false);
  for (let i = 0; i < blocks.length; ) {
    if (!cellLike[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end < blocks.length && cellLike[end]) end++;
    const run = blocks.slice(i, end).flatMap((block) => block.text.trim().split('\n').flatMap((line) => line.split(CELL_TABS).map((cell) => cell.trim())));
    if (end - i >= MIN_CELLS && run.some((line) => FIELD.test(line) || VALUE.test(line))) {
      cells.fill(true, i, end);
      if (end < blocks.length && blocks[end]!.role === 'paragraph' && TABLE_NOTE.test(blocks[end]!.text.trim())) cells[end++] = true;
    }
    i = end;
  }
  return cells;
}

/** A line that reads as one cell, or as a row of cells separated by tabs. */
function isCellLine(line: string): boolean {
  if (!line.includes('\t')) return isCell(line);
  const cells = line.split(CELL_TABS).map((cell) => cell.trim().replace(BRACKETED, ''));
  return cells.length >= MIN_CELLS && cells.every((cell) => cell === '' || isCell(cell));
}

/** A field whose value is no clause of prose, or a short text without any mark. */
function isCell(text: string): boolean {
  if (FIELD.test(text)) return !PROSE_VALUE.test(text.slice(text.search(/[：:]/u) + 1));
  return text.length > 0 && text.length <= BARE_CELL_MAX && !CLAUSE_MARK.test(text);
}
