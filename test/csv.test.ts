import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { CSV_COLUMNS, toCsv, toCsvPieces } from '../src/emit/csv.js';
import type { Document } from '../src/model/index.js';
import { compileFile, CORPUS, hasCorpus, ROOT, SEED } from './helpers.js';

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

/** The table as csv-stringify writes it with the options toCsv follows: the reference. */
const csvStringify = (rows: string[][]) => stringify(rows, { bom: true, header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', quoted_match: /[\r\n]/ });

describe('the CSV writer', () => {
  it('writes what csv-stringify writes for the seed, every fixture and every corpus document', () => {
    const folders = [`${ROOT}fixtures/`, ...(hasCorpus ? [`${CORPUS}documents/`] : [])];
    const files = [SEED, ...folders.flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:txt|md)$/.test(f) && !f.includes('encodings')).map((f) => folder + f))];
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const csv = toCsv(compileFile(file).document);
      const cells: string[][] = parse(csv, { bom: true, relax_quotes: true });
      expect(csv, file).toBe(csvStringify(cells.slice(1)));
    }
  });

  it('writes in pieces what it writes whole: the seed, a plan of a thousand items in more than one piece, a plan without tasks', () => {
    const seed = readFileSync(SEED, 'utf8');
    const long = `一、总体要求\n${Array.from({ length: 1000 }, (_, i) => `${i + 1}.加强领导。推进政务服务标准化建设，完善考核办法（市考核办负责）。`).join('\n')}\n`;
    for (const [text, count] of [[seed, 1], [long, 2], ['一、总体要求\n', 1]] as const) {
      const document = compile(text).document;
      const chunks: string[] = [];
      toCsvPieces(document, (chunk) => chunks.push(chunk));
      expect(chunks.join('')).toBe(toCsv(document));
      expect(chunks.length).toBeGreaterThanOrEqual(count);
    }
  });

  // Cell text made of what decides quoting: commas, quotes, line ends, formula openers.
  const piece = fc.constantFrom('a', '深化', ',', '，', '"', '“', "'", '\r\n', '\n', '\r', ' ', '\t', '=', '+', '-', '@', '；', '\ufeff');
  const cell = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

  it('quotes, doubles quotes and guards formulas as csv-stringify did, for generated cells', () => {
    fc.assert(
      fc.property(cell, cell, cell, (label, text, lead) => {
        const document = {
          id: 'plan', title: null, year: 2023, front: [], preamble: [], closing: [], attachments: [],
          body: [{ kind: 'section', num: { raw: '一、' }, label, children: [], obligations: [{ eId: 'sec_1__obl_1', text, leads: [lead], partners: [], deadline: null }] }],
        } as unknown as Document;
        const guard = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
        const row = ['plan', '2023', '', '一、', label, 'section', '一、', label, 'sec_1__obl_1', text, lead, '', ''];
        const csv = toCsv(document);
        expect(csv).toBe(csvStringify([row.map(guard)]));
        // Any reader gets the row back whole, line breaks inside cells included.
        expect(parse(csv, { bom: true })).toEqual([[...CSV_COLUMNS], row.map(guard)]);
      }),
      { numRuns: 2000 },
    );
  });
});
