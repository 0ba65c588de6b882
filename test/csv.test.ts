import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toCsv } from '../src/emit/csv.js';

/** Parses the CSV the simple way the test inputs allow: no quotes inside cells other than doubled ones. */
function rows(csv: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), out.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return out;
}

describe('the CSV task table', () => {
  const plan = '一、总体要求\n1.加强领导。=SUM(A1)。+1办件。@某单位负责。-分解任务，明确“时间表”, 责任人。\n';
  const csv = toCsv(compile(plan, { id: 'plan' }).document);

  it('starts with a byte-order mark and a header', () => {
    expect(csv.startsWith('\ufeffdocument,year,part,section,')).toBe(true);
  });

  it('makes cells that a spreadsheet would run as formulas plain text', () => {
    const texts = rows(csv.slice(1)).slice(1).map((row) => row[9]);
    expect(texts).toEqual(["'=SUM(A1)。", "'+1办件。", "'@某单位负责。", "'-分解任务，明确“时间表”, 责任人。"]);
  });

  it('quotes cells with commas and keeps every row the width of the header', () => {
    const table = rows(csv.slice(1));
    expect(csv).toContain('"\'-分解任务，明确“时间表”, 责任人。"');
    expect(new Set(table.map((row) => row.length))).toEqual(new Set([13]));
  });
});
