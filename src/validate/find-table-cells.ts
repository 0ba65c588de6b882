import type { Document } from '../model/index.js';
import { paragraphs, type Paragraph } from './paragraphs.js';

/**
 * Longest label of a field cell, `指标来源：`, `计算方法：`, `指标属性：`, `责任单位：`: a column's name is a
 * short noun phrase; more characters before a colon are a sentence's lead-in (`实现以下目标：`).
 */
const CELL_LABEL_MAX = 8;
const FIELD = new RegExp(`^[\\p{Script=Han}A-Za-z0-9（）()]{2,${CELL_LABEL_MAX}}[：:]\\s*\\S`, 'u');

/** Whether a paragraph ends as a sentence does (。！？；), unlike a bare cell (`定量`, `预期性`, `40`). */
function endsAsSentence(text: string): boolean {
  return /[。！？；!?;]$/u.test(text.trim());
}

/** Whether a paragraph reads as a cell of a flattened table: a field, or a line that is no sentence, not a numbered head. */
function cellLike(paragraph: Paragraph): boolean {
  return paragraph.place !== 'head' && (FIELD.test(paragraph.text.trim()) || !endsAsSentence(paragraph.text));
}

/**
 * The paragraphs that are cells of a table flattened to one cell a line, as indicator tables are
 * published: a field `指标来源：国家卫生健康委。` next to another cell of its row (a field, or a
 * line that is no sentence). Such a cell repeats from row to row and is not a sentence of the plan.
 * @param document a compiled document
 */
export function findTableCells(document: Document): Paragraph[] {
  const all = paragraphs(document);
  return all.filter((paragraph, k) => {
    if (paragraph.place === 'head' || !FIELD.test(paragraph.text.trim())) return false;
    const neighbours = [all[k - 1], all[k + 1]].filter((other) => other !== undefined && other.part === paragraph.part);
    return neighbours.some((other) => cellLike(other!));
  });
}
