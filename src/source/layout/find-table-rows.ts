import type { LaidLine } from './lines-to-paragraphs.js';
import type { PageLine, PageLines, Rule, TextRun } from './positioned-text.js';
import { runText } from './runs-to-lines.js';

/** Ruling lines whose ends lie within this many points of each other meet (borders drawn with a small gap or overlap). */
const MEET = 3;

interface Grid {
  top: number;
  bottom: number;
  /** Column borders, left to right. */
  columns: number[];
  /** Row borders, top to bottom. */
  rows: number[];
}

/**
 * A page whose ruled tables are rebuilt as rows: each row of a table one line, its cells'
 * text joined by a tab (a cell's lines joined as a paragraph's), in its place among the page's
 * lines. A table is found from its vertical rules (its columns) and its horizontal rules (its
 * rows); a page without rules keeps its lines.
 * @param page a page's lines and ruling lines
 */
export function findTableRows(page: PageLines): Omit<PageLines, 'lines'> & { lines: LaidLine[] } {
  const grids = gridsOf(page.rules);
  if (grids.length === 0) return page;
  const lines: LaidLine[] = [];
  const taken = new Set<PageLine>();
  for (const grid of grids) {
    const inside = page.lines.filter((line) => line.y > grid.top && line.y < grid.bottom && !taken.has(line));
    if (inside.length === 0) continue;
    inside.forEach((line) => taken.add(line));
    lines.push(...rowsOf(grid, inside));
  }
  lines.push(...page.lines.filter((line) => !taken.has(line)));
  return { ...page, lines: lines.sort((a, b) => a.y - b.y || a.box[0] - b.box[0]) };
}

/** The tables a page's rules draw: vertical rules that overlap in height make one table, with at least two columns of cells. */
function gridsOf(rules: Rule[]): Grid[] {
  const verticals = rules.filter((rule) => rule.x1 - rule.x0 < rule.y1 - rule.y0).sort((a, b) => a.y0 - b.y0);
  const horizontals = rules.filter((rule) => rule.x1 - rule.x0 >= rule.y1 - rule.y0);
  const groups: Rule[][] = [];
  for (const rule of verticals) {
    const group = groups.find((rules) => rules.some((other) => rule.y0 <= other.y1 + MEET && other.y0 <= rule.y1 + MEET));
    if (group) group.push(rule);
    else groups.push([rule]);
  }
  return groups.flatMap((group) => {
    const top = Math.min(...group.map((rule) => rule.y0));
    const bottom = Math.max(...group.map((rule) => rule.y1));
    const columns = distinct(group.map((rule) => (rule.x0 + rule.x1) / 2));
    if (columns.length < 3) return [];
    const across = horizontals.filter((rule) => rule.y0 >= top - MEET && rule.y0 <= bottom + MEET && rule.x0 < columns.at(-1)! && rule.x1 > columns[0]!);
    const rows = distinct([top, bottom, ...across.map((rule) => (rule.y0 + rule.y1) / 2)]);
    return [{ top, bottom, columns, rows }];
  });
}

/** The values sorted, those within MEET of the one before left out. */
function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.filter((value, index) => index === 0 || value - sorted[index - 1]! > MEET);
}

/** The table's rows as lines: each run placed in the cell its start falls in. */
function rowsOf(grid: Grid, lines: PageLine[]): LaidLine[] {
  const cellOf = (edges: number[], at: number) => Math.max(0, edges.findIndex((edge, index) => at >= edge - MEET && at < (edges[index + 1] ?? Infinity)));
  const cells = new Map<number, Array<{ line: PageLine; runs: TextRun[] }[]>>();
  for (const line of lines) {
    const row = cellOf(grid.rows, line.y);
    const columns = cells.get(row) ?? Array.from({ length: grid.columns.length - 1 }, () => []);
    for (const run of line.runs) {
      const column = Math.min(columns.length - 1, cellOf(grid.columns, run.x));
      const cell = columns[column]!;
      const last = cell.at(-1);
      if (last?.line === line) last.runs.push(run);
      else cell.push({ line, runs: [run] });
    }
    cells.set(row, columns);
  }
  return [...cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, columns]) => {
      const texts = columns.map((cell) => cell.map((part) => textOf(part.line, part.runs)).reduce((text, next) => joinCellLines(text, next), ''));
      const first = columns.flatMap((cell) => cell.map((part) => part.line)).sort((a, b) => a.y - b.y || a.box[0] - b.box[0])[0]!;
      const firstCell = columns.find((cell) => cell.length > 0)![0]!;
      const left = Math.min(...firstCell.runs.map((run) => run.x));
      const right = Math.max(...firstCell.runs.map((run) => run.x + run.width));
      return { ...first, text: texts.join('\t'), box: [left, first.box[1], right, first.box[3]], row: true } satisfies LaidLine;
    });
}

/** The text of some runs of a line, as the line joins them. */
function textOf(line: PageLine, runs: TextRun[]): string {
  if (runs.length === line.runs.length) return line.text;
  return runs.map((run) => runText(run).trim()).join('');
}

/** A cell's lines joined: no space in Chinese text, a space between two Latin words. */
function joinCellLines(text: string, next: string): string {
  if (text === '') return next;
  return /[A-Za-z0-9]$/u.test(text) && /^[A-Za-z0-9]/u.test(next) ? `${text} ${next}` : text + next;
}
