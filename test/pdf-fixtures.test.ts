import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { ReadRefusal } from '../src/source/read-refusal.js';
import { runsToLines } from '../src/source/layout/runs-to-lines.js';
import { pdfToText } from '../src/source/pdf/pdf-to-text.js';
import { readPdfPages } from '../src/source/pdf/read-pdf-pages.js';
import { compileFile, ROOT } from './helpers.js';
import { planShape } from './plan-shape.js';

const FOLDER = `${ROOT}fixtures/published/pdf/`;
const read = (name: string) => pdfToText(readFileSync(`${FOLDER}${name}`));
const expected = (name: string) => readFileSync(`${FOLDER}${name}.expected.txt`, 'utf8').trimEnd();

// PDFs printed by LibreOffice from plans written for these tests (scripts/make-pdf-fixtures.js).
describe('PDF fixtures', () => {
  it('paragraphs that run across page breaks stay one line each; the running header and `— N —` are left out', async () => {
    const { text, lines } = await read('page-break.pdf');
    expect(text).toBe(expected('page-break'));
    expect(text).not.toMatch(/—\s*\d+\s*—/u);
    // The header is the title's text: it stays once, as the title, not once a page.
    expect(text.split('某市2026年社区治理工作要点')).toHaveLength(2);
    // Page 1's last line of text (above its footer) ends mid-paragraph; that paragraph, which
    // goes on on page 2, is one line, placed at its first line on page 1.
    const { pages } = await readPdfPages(readFileSync(`${FOLDER}page-break.pdf`));
    const lastOnPage1 = runsToLines(pages[0]!).lines.at(-2)!.text;
    const crossing = text.split('\n').findIndex((line) => line.includes(lastOnPage1));
    expect(text.split('\n')[crossing]!.endsWith(lastOnPage1)).toBe(false);
    expect(lines[crossing]).toMatchObject({ page: 1 });
    expect(lines[crossing + 1]).toMatchObject({ page: 2 });
    expect(lines.some((origin) => 'page' in origin && origin.page === 3)).toBe(true);
  });

  it('every line has an origin: the page and the box of its first line, in points from the top left', async () => {
    const { text, lines } = await read('page-break.pdf');
    expect(lines).toHaveLength(text.split('\n').length);
    for (const origin of lines) {
      if (!('box' in origin)) throw new Error('not a page origin');
      const [left, top, right, bottom] = origin.box;
      expect(left).toBeLessThan(right);
      expect(top).toBeLessThan(bottom);
      expect(bottom).toBeLessThanOrEqual(842);
    }
    expect(lines[0]).toMatchObject({ page: 1 });
  });

  it('a ruled table gives one line per row, its cells separated by tabs, and its rows compile', async () => {
    const { text } = await read('table.pdf');
    expect(text).toBe(expected('table'));
    const rows = text.split('\n').filter((line) => line.includes('\t'));
    expect(rows).toHaveLength(5);
    expect(rows[1]!.split('\t')).toEqual(['1', '推行企业开办全程网上办理，将企业开办时间压缩至一个工作日以内', '区市场监管局', '2026年6月底前']);
    expect(compile(text, { path: 'table.pdf' }).document.body.length).toBeGreaterThan(0);
  });

  it('a table set one paragraph per cell without indents keeps each cell apart, also a cell that fills its last line', async () => {
    const { text, lines } = await read('flattened-table.pdf');
    expect(text).toBe(expected('flattened-table'));
    expect(lines).toHaveLength(text.split('\n').length);
    const cells = text.split('\n');
    // Row 3's task fills its line exactly and row 5's content fills its second line, ending in 。;
    // row 4's content ends with a 。 hung past the margin. Each stays apart from the next cell.
    expect(cells).toContain('建立涉企政策统一发布平台实现惠企政策精准推送和免申即享');
    expect(cells).toContain('区金融办');
    expect(cells).toContain('区政务服务中心');
    // The cell after the one that filled its line starts where its first line is (page 2, at the margin).
    const split = cells.indexOf('区政务服务中心');
    expect(lines[split]).toMatchObject({ page: 2 });
    expect(planShape(compile(text, { path: 'flattened-table.pdf' }).document)).toEqual(planShape(compile(expected('flattened-table'), { path: 'flattened-table.txt' }).document));
  });

  it.each([
    ['encrypted.pdf', /encrypted with a password/u],
    ['scan.pdf', /scan.*OCR/u],
    ['scan-numbered.pdf', /scan.*OCR/u],
    ['corrupt.pdf', /corrupt/u],
  ])('%s is refused with a sentence that says why', async (name, message) => {
    const refusal = await read(name).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ReadRefusal);
    expect((refusal as Error).message).toMatch(message);
  });

  it('the 30-page plan of the benchmark compiles from its PDF to the tree of its text', async () => {
    const path = `${ROOT}fixtures/bench/plan-30-pages.pdf`;
    const { text } = await pdfToText(readFileSync(path));
    const fromText = compileFile(`${ROOT}fixtures/bench/plan-30-pages.txt`);
    expect(planShape(compile(text, { path }).document)).toEqual(planShape(fromText.document));
    expect(fromText.document.body).toHaveLength(18);
  });

  it('a PDF encrypted with an owner password only opens without one and is read', async () => {
    expect((await read('owner-password.pdf')).text).toBe(expected('page-break'));
  });

  it('bytes that are not a PDF at all are refused as corrupt', async () => {
    await expect(pdfToText(new TextEncoder().encode('not a PDF'))).rejects.toThrow(ReadRefusal);
  });
});
