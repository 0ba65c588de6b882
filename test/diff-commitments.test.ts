import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { diff } from '../src/diff/diff.js';
import { CHANGE_COLUMNS, toChangesCsv } from '../src/diff/render/csv.js';
import { rollOver } from '../src/diff/task-fields.js';
import type { DiffReport } from '../src/model/index.js';
import { CORPUS, ROOT } from './helpers.js';

/** `path: field old → new` for every field change of the node records (or the obligation records). */
function fieldLines(report: DiffReport, level: 'node' | 'obligation'): string[] {
  return report.changes
    .filter((change) => change.level === level)
    .flatMap((change) => change.fields.map((field) => `${(change.new[0] ?? change.old[0])!.path}: ${field.field} ${field.old} → ${field.new}`));
}

/** The CSV's rows as objects by column. */
function csvRows(report: DiffReport): Array<Record<string, string>> {
  return parseCsv(toChangesCsv({ editions: [report.old, report.new], reports: [report] }).replace(/^\ufeff/, ''), { columns: true }) as Array<Record<string, string>>;
}

describe('commitment changes on a small fixture', () => {
  const folder = join(ROOT, 'fixtures/diff/commitments');
  const report = diff(compile(readFileSync(join(folder, 'old.txt')), { path: 'old.txt' }).document, compile(readFileSync(join(folder, 'new.txt')), { path: 'new.txt' }).document);

  it('lists a raised target, a moved deadline, a new lead unit, a new cited document and the rollover, per item', () => {
    expect(fieldLines(report, 'node')).toEqual([
      '一、 › 1.: target 网办率达到90%以上 → 网办率达到95%以上',
      '一、 › 2.: deadline 9月底 → 6月底',
      '一、 › 3.: references 《某市政务数据管理办法》 → 《某市公共数据管理办法》',
      '一、 › 3.: rollover 2023 → 2024',
      '二、 › 4.: leads 市工信局 → 市通信管理局',
    ]);
  });

  it('writes one CSV row per field change with section, item, kind, field, old, new and similarity', () => {
    const rows = csvRows(report).filter((row) => !row.item!.includes('第') && row.item !== 'front');
    expect(Object.keys(rows[0]!)).toEqual([...CHANGE_COLUMNS]);
    expect(rows.map((row) => [row.section, row.item, row.kind, row.field, row.old, row.new])).toEqual([
      ['一、', '一、 › 1.', 'reworded', 'target', '网办率达到90%以上', '网办率达到95%以上'],
      ['一、', '一、 › 2.', 'reworded', 'deadline', '9月底', '6月底'],
      ['一、', '一、 › 3.', 'reworded', 'references', '《某市政务数据管理办法》', '《某市公共数据管理办法》'],
      ['一、', '一、 › 3.', 'reworded', 'rollover', '2023', '2024'],
      ['二、', '二、 › 4.', 'reworded', 'leads', '市工信局', '市通信管理局'],
    ]);
    expect(rows.every((row) => Number(row.similarity) > 0 && Number(row.similarity) < 1)).toBe(true);
  });

  it('rolls over only the old edition\'s year, not a period that does not move', () => {
    expect(rollOver('2023年度目标，《行动方案（2021—2023年）》', { from: 2023, to: 2024 })).toBe('2024年度目标，《行动方案（2021—2024年）》');
    expect(rollOver('2022年6月底，2021—2023年', { from: 2022, to: 2023 })).toBe('2023年6月底，2021—2023年');
  });
});

// A real plan with units and deadlines, edited at run time (the corpus text is not copied into
// the project): targets raised, deadlines moved, a lead unit changed, the year rolled over. (A count of
// courses, `不少于100场…课程`, is no target: the blind gold sets read counts of events so.)
const PLAN = join(CORPUS, 'documents/03-baotou-2022-digital-gov-assessment.txt');
const EDITS: Array<[string, string]> = [
  ['各级大厅综合一窗率达90%以上', '各级大厅综合一窗率达95%以上'],
  ['以评促改、以评促优。（10月底完成', '以评促改、以评促优。（12月底完成'],
  ['动态调整办事指南的重要依据。（6月底完成', '动态调整办事指南的重要依据。（9月底完成'],
  ['（6月底完成，牵头考核单位：市卫健委）', '（6月底完成，牵头考核单位：市医保局）'],
  ['新增5G基站1000座', '新增5G基站1200座'],
];

describe.runIf(existsSync(PLAN))('commitment changes on an edited edition of the Baotou 2022 assessment plan', () => {
  const text = existsSync(PLAN) ? readFileSync(PLAN, 'utf8') : '';
  let edited = text;
  for (const [from, to] of EDITS) edited = edited.replace(from, to);
  edited = edited.replaceAll('2022年', '2023年');
  const report = existsSync(PLAN) ? diff(compile(text, { path: 'old.txt' }).document, compile(edited, { path: 'new.txt' }).document) : null!;

  it('each edit is found once in the plan', () => {
    for (const [from] of EDITS) expect(text.split(from)).toHaveLength(2);
  });

  it('the JSON lists exactly the field changes made, per item', () => {
    expect(fieldLines(report, 'node')).toEqual([
      '附件1 › 一、 › （五） › 9．: target 各级大厅综合一窗率达90%以上 → 各级大厅综合一窗率达95%以上',
      '附件1 › 一、 › （七） › 17．: deadline 6月底 → 9月底',
      '附件1 › 一、 › （八） › 18．: deadline 10月底 → 12月底',
      '附件1 › 一、 › （九） › 20．: leads 市卫健委 → 市医保局',
      '附件1 › 二、 › （三） › 45．: rollover 2022 → 2023',
      '附件1 › 四、 › （一） › 59．: target 新增5G基站1000座 → 新增5G基站1200座',
    ]);
  });

  it('the rollover alone makes no item reworded: only the five edited items are', () => {
    const reworded = report.changes.filter((change) => change.level === 'node' && change.kind !== 'unchanged').map((change) => change.new[0]!.path);
    expect(reworded).toEqual(['附件1 › 一、 › （五） › 9．', '附件1 › 一、 › （七） › 17．', '附件1 › 一、 › （八） › 18．', '附件1 › 一、 › （九） › 20．', '附件1 › 四、 › （一） › 59．']);
    expect(report.changes.find((change) => change.level === 'text' && change.old[0]?.kind === 'front')?.kind).toBe('unchanged');
  });

  it('the CSV lists the same changes, one row each', () => {
    const rows = csvRows(report).filter((row) => !row.item!.includes('第') && row.item !== 'front');
    expect(rows.map((row) => `${row.item}: ${row.field} ${row.old} → ${row.new}`)).toEqual(fieldLines(report, 'node'));
    expect(rows.filter((row) => row.field === 'rollover').map((row) => row.kind)).toEqual(['unchanged']);
  });
});

describe('commitment tables in the reports', () => {
  const folder = join(ROOT, 'fixtures/diff/commitments');
  const report = diff(compile(readFileSync(join(folder, 'old.txt')), { path: 'old.txt' }).document, compile(readFileSync(join(folder, 'new.txt')), { path: 'new.txt' }).document);
  const series = { editions: [report.old, report.new], reports: [report] };

  it('Markdown has a table per section with item, field, old and new', async () => {
    const { toMarkdown } = await import('../src/diff/render/markdown.js');
    const markdown = toMarkdown(series);
    expect(markdown).toContain('## Commitments');
    expect(markdown).toMatch(/\*\*一、\*\*\n+\| item \| field \| old \| new \|/);
    expect(markdown).toMatch(/\| `一、 › 1\.` \| target \| 网办率达到90%以上 \| 网办率达到95%以上 \|/);
    expect(markdown).toMatch(/\| `二、 › 4\.` \| leads \| 市工信局 \| 市通信管理局 \|/);
  });

  it('HTML has the same tables, old deleted and new inserted', async () => {
    const { toHtml } = await import('../src/diff/render/html.js');
    const html = toHtml(series);
    expect(html).toContain('<caption>二、</caption>');
    expect(html).toContain('<td>二、 › 4.</td><td>leads</td><td><del>市工信局</del></td><td><ins>市通信管理局</ins></td>');
  });
});

describe('HTML report on paper and on a phone', () => {
  it('marks insertions and deletions without colour when printed, and goes to one column on a narrow screen', async () => {
    const { toHtml } = await import('../src/diff/render/html.js');
    const folder = join(ROOT, 'fixtures/diff/commitments');
    const report = diff(compile(readFileSync(join(folder, 'old.txt'))).document, compile(readFileSync(join(folder, 'new.txt'))).document);
    const html = toHtml({ editions: [report.old, report.new], reports: [report] });
    const print = /@media print \{([\s\S]*?)\n\}/u.exec(html)?.[1] ?? '';
    expect(print).toMatch(/ins \{[^}]*text-decoration: underline/u);
    expect(print).toMatch(/del \{[^}]*text-decoration: line-through/u);
    expect(print).toMatch(/\.kind \{[^}]*border:/u);
    expect(html).toMatch(/@media \(max-width: 700px\) \{[\s\S]*?\.sides \{ grid-template-columns: 1fr; \}/u);
  });
});

describe.runIf(existsSync(CORPUS))('low-confidence matches (MIIT work points 2018 → 2019 of the shared corpus)', () => {
  it('flags every paired record below LOW_CONFIDENCE, and every report shows the flag', async () => {
    const { LOW_CONFIDENCE } = await import('../src/diff/thresholds.js');
    const { toMarkdown } = await import('../src/diff/render/markdown.js');
    const { toHtml } = await import('../src/diff/render/html.js');
    const edition = (year: string) => compile(readFileSync(join(CORPUS, 'editions/miit-icv-standardization-workpoints', `${year}.txt`))).document;
    const report = diff(edition('2018'), edition('2019'));
    const low = report.changes.filter((change) => change.lowConfidence);
    expect(low.length).toBeGreaterThan(0);
    for (const change of report.changes) expect(change.lowConfidence).toBe(change.old.length > 0 && change.new.length > 0 && change.similarity !== null && change.similarity < LOW_CONFIDENCE && change.level !== 'text');
    const series = { editions: [report.old, report.new], reports: [report] };
    expect(toMarkdown(series)).toContain('low confidence)');
    expect(toHtml(series)).toContain('<span class="sim low">');
  });
});

describe('HTML labels in Chinese', () => {
  it('--lang zh (or a Chinese locale) gives Chinese labels; English stays the default', async () => {
    const { toHtml } = await import('../src/diff/render/html.js');
    const folder = join(ROOT, 'fixtures/diff/commitments');
    const report = diff(compile(readFileSync(join(folder, 'old.txt'))).document, compile(readFileSync(join(folder, 'new.txt'))).document);
    const series = { editions: [report.old, report.new], reports: [report] };
    const zh = toHtml(series, { lang: 'zh' });
    for (const label of ['<h2>概要</h2>', '<h3>任务要素变化</h3>', '<h2>变化明细</h2>', '>修改</span>', '<td>牵头单位</td>', '<th>旧版</th>']) expect(zh).toContain(label);
    expect(zh).not.toContain('<h2>Summary</h2>');
    expect(toHtml(series)).toContain('<h2>Summary</h2>');
  });
});
