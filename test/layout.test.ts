import { describe, expect, it } from 'vitest';
import { pagesToText } from '../src/source/layout/pages-to-text.js';
import type { PageRuns, TextRun } from '../src/source/layout/positioned-text.js';

// Pages laid out by hand: A4 in points, 16 pt text from x = 80 to 512 (27 characters a line).
const SIZE = 16;
const LEFT = 80;
const PER_LINE = 27;
const width = (text: string) => [...text].reduce((sum, glyph) => sum + (/[\x20-\x7e]/u.test(glyph) ? SIZE / 2 : SIZE), 0);
const run = (text: string, x: number, y: number, size = SIZE): TextRun => ({ text, x, y, width: (width(text) * size) / SIZE, size });
const centred = (text: string, y: number, size = SIZE) => run(text, (595 - (width(text) * size) / SIZE) / 2, y, size);

/** A paragraph set as a word processor would: a first-line indent of two characters, 27 characters a line. */
function paragraph(text: string, y: number, indent = true): { runs: TextRun[]; next: number } {
  const runs: TextRun[] = [];
  const glyphs = [...text];
  let at = 0;
  let first = true;
  while (at < glyphs.length) {
    const room = first && indent ? PER_LINE - 2 : PER_LINE;
    const line = glyphs.slice(at, at + room).join('');
    runs.push(run(line, LEFT + (first && indent ? 2 * SIZE : 0), y));
    at += room;
    y += 28;
    first = false;
  }
  return { runs, next: y };
}

const page = (number: number, runs: TextRun[]): PageRuns => ({ page: number, width: 595, height: 842, runs });
const LONG = '各地区各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务按时完成，并将落实情况按季度报送牵头单位汇总后报市人民政府。';

describe('layout: running headers, footers and page numbers', () => {
  // Each page's text differs in its words (a line that repeats on most pages, numbers aside, at the same place is running).
  const bodyOf = (number: number) => paragraph(`${'甲乙丙'[number - 1]}页的正文${LONG}`, 120).runs;

  it.each([
    ['— N —', (n: number) => `— ${n} —`],
    ['- N -', (n: number) => `- ${n} -`],
    ['第N页 共M页', (n: number) => `第${n}页 共3页`],
    ['a bare number', (n: number) => `${n}`],
  ])('a header repeated at the top and %s at the foot of each page are left out', (_, footer) => {
    const pages = [1, 2, 3].map((n) => page(n, [centred('某市2026年工作要点', 50, 9), ...bodyOf(n), centred(footer(n), 790, 14)]));
    const { text } = pagesToText(pages);
    expect(text).not.toContain('某市2026年工作要点');
    expect(text.split('\n')).toHaveLength(3);
    expect(text.split('\n').map((line) => line.slice(0, 4))).toEqual(['甲页的正', '乙页的正', '丙页的正']);
  });

  it('headers that alternate on odd and even pages are left out; a number inside the text is kept', () => {
    const headers = ['某市人民政府文件', '某市2026年工作要点'];
    const pages = [1, 2, 3, 4].map((n) => page(n, [centred(headers[n % 2]!, 50, 9), ...paragraph(`${LONG}共${n}项。`, 120).runs]));
    const { text } = pagesToText(pages);
    expect(text).not.toMatch(/某市人民政府文件|某市2026年工作要点/u);
    expect(text).toContain('共3项。');
  });

  it('a `— 1 —` at the foot of a one-page plan is left out, a title at its top is kept', () => {
    const { text } = pagesToText([page(1, [centred('某市2026年工作要点', 80, 22), ...paragraph(LONG, 130).runs, centred('— 1 —', 790, 14)])]);
    expect(text.split('\n')).toEqual(['某市2026年工作要点', LONG]);
  });
});

describe('layout: paragraphs', () => {
  it('a paragraph running across a page break is one line; an indented line or one after a short line starts a paragraph', () => {
    const first = paragraph(LONG + LONG, 700);
    const [onPage1, onPage2] = [first.runs.filter((r) => r.y < 790), first.runs.filter((r) => r.y >= 790).map((r, i) => ({ ...r, y: 120 + 28 * i }))];
    const heading = run('二、保障措施', LEFT + 2 * SIZE, 120 + 28 * onPage2.length);
    const next = paragraph('各单位要按月报送进展。', 120 + 28 * (onPage2.length + 1));
    const { text, lines } = pagesToText([page(1, [run('一、总体要求', LEFT + 2 * SIZE, 672), ...onPage1]), page(2, [...onPage2, heading, ...next.runs])]);
    expect(text.split('\n')).toEqual(['一、总体要求', LONG + LONG, '二、保障措施', '各单位要按月报送进展。']);
    expect(lines.map((origin) => ('page' in origin ? origin.page : 0))).toEqual([1, 1, 2, 2]);
  });

  it('without first-line indents, a full line ending a sentence before a numbered paragraph ends the paragraph', () => {
    const full = '本市各级各部门要认真贯彻落实本意见的各项要求。'.padEnd(PER_LINE - 1, '好') + '。';
    const runs = [run(full, LEFT, 120), run('（二）加强统筹协调，形成工作合力。', LEFT, 148), run(full, LEFT, 176), run('继续推进。', LEFT, 204)];
    expect(pagesToText([page(1, runs)]).text.split('\n')).toEqual([full, '（二）加强统筹协调，形成工作合力。', `${full}继续推进。`]);
  });
});

describe('layout: a table set one paragraph per cell', () => {
  // 序号, task, content, lead unit: each cell its own paragraph at the margin, no indent. Row 3's
  // task has exactly a line's 27 characters, so nothing on the page ends it but the row's count.
  const full = '建立涉企政策统一发布平台实现惠企政策精准推送和免申即享';
  const rows = [
    ['1', '推行企业开办全程网上办理', '压缩企业开办时间。', '区市场监管局'],
    ['2', '深化审批制度改革', '实行联合审图和联合验收。', '区住房城乡建设局'],
    ['3', full, '归集各部门涉企政策。', '区发展改革局'],
    ['4', '完善融资服务机制', '扩大首贷和信用贷款规模。', '区金融办'],
    ['5', '规范涉企行政检查', '推行综合查一次制度。', '区司法局'],
  ];
  const laid = (cells: string[]) => page(1, cells.map((cell, index) => run(cell, LEFT, 100 + 28 * index)));

  it('a cell that fills its line is set apart from the next cell when the other rows have one cell more', () => {
    expect(full).toHaveLength(PER_LINE);
    expect(pagesToText([laid(rows.flat())]).text.split('\n')).toEqual(rows.flat());
  });

  it('without rows enough to show the usual count, the full line goes on into the next paragraph', () => {
    const [second, third] = [rows[1]!, rows[2]!];
    expect(pagesToText([laid([...second, ...third])]).text.split('\n')).toEqual([...second, '3', `${full}${third[2]}`, third[3]]);
  });
});

describe('layout: lines', () => {
  it('puts no space between Chinese runs or beside Latin text in Chinese, and keeps the space between Latin words', () => {
    // A full line below sets the right margin.
    const runs = [...paragraph(LONG, 176, false).runs.slice(0, 1), run('利用', LEFT, 120), run('2-3', LEFT + 32 + 3.2, 120), run('年时间', LEFT + 32 + 3.2 + 24 + 3.2, 120), run('AI', LEFT, 148), run('for', LEFT + 16 + 4, 148), run('Science', LEFT + 16 + 4 + 24 + 4, 148)];
    expect(pagesToText([page(1, runs)]).text.split('\n').slice(0, 2)).toEqual(['利用2-3年时间', 'AI for Science']);
  });
});
