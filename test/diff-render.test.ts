import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { diff, diffSeries } from '../src/diff/diff.js';
import { toHtml } from '../src/diff/render/html.js';
import { toDiffJson } from '../src/diff/render/json.js';
import { MARKDOWN_LIMIT, toMarkdown } from '../src/diff/render/markdown.js';
import { diffFormatOf, diffRenderers } from '../src/diff/render/renderers.js';
import { DiffReport, DiffSeries } from '../src/model/index.js';
import { jsonSchemas } from '../src/model/json-schemas.js';
import { diffFixtures } from './diff-helpers.js';
import { compileFile, ROOT } from './helpers.js';

const [seedPair] = diffFixtures().filter((f) => f.name === 'seed-2023');
const before = compileFile(seedPair!.old).document;
const after = compileFile(seedPair!.new).document;
const series = diffSeries([before, after]);
const schema = (file: string) => JSON.parse(readFileSync(`${ROOT}schemas/${file}`, 'utf8')) as object;

describe('JSON report', () => {
  it('is a DiffReport that the committed JSON Schema accepts', () => {
    const value = JSON.parse(toDiffJson(series)) as unknown;
    expect(DiffReport.parse(value).changes.length).toBeGreaterThan(100);
    const validate = new Ajv2020({ strict: false }).compile(schema('diff.schema.json'));
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is a DiffSeries for three editions or more', () => {
    const value = JSON.parse(toDiffJson(diffSeries([before, after, before]))) as unknown;
    expect(DiffSeries.parse(value).reports).toHaveLength(2);
    const validate = new Ajv2020({ strict: false }).compile(schema('diff-series.schema.json'));
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has committed schema files that match the model (npm run schemas rewrites them)', () => {
    const generated = jsonSchemas();
    for (const file of ['diff.schema.json', 'diff-series.schema.json']) expect(schema(file)).toEqual(generated[file]);
  });
});

describe('Markdown report', () => {
  const markdown = toMarkdown(series);

  it('opens with the summary tables and lists changes with inline wording', () => {
    expect(markdown).toMatch(/^## policy-compile diff: `2022-quanmian-yifa-zhishi \(2022\)` → `new \(2023\)`/);
    expect(markdown).toContain('| change | nodes | obligations |');
    expect(markdown).toContain('**By section**');
    expect(markdown).toContain('全面贯彻党的<del>十九大和十九届历次</del><ins>二十大和二十届二中</ins>全会精神');
    expect(markdown).toContain('**moved** `三、 › 12. → 六、 › 26.` 加强产权执法司法保护');
    expect(markdown).toContain('- **renumbered** `一、 › 3. → 一、 › 4.` 深化XXX法治思想宣讲教育');
  });

  it('lists a removed item under its old section, even after an item that moved away', () => {
    const at = (text: string) => markdown.indexOf(text);
    expect(at('**五、聚焦法治政府建设')).toBeLessThan(at('**removed** `五、 › 18.`'));
    expect(at('**removed** `五、 › 18.`')).toBeLessThan(at('**六、深化司法体制'));
    expect(at('**六、深化司法体制')).toBeLessThan(at('**moved** `三、 › 12. → 六、 › 26.`'));
  });

  it('escapes what Markdown would read as syntax', () => {
    const a = compile('一、总体要求\n1.推进工作。开展*重点*检查|<b>通报</b>。\n', { path: 'a.txt' }).document;
    const b = compile('一、总体要求\n1.推进工作。开展*重点*核查|<b>通报</b>。\n', { path: 'b.txt' }).document;
    const text = toMarkdown(diffSeries([a, b]));
    expect(text).toContain('开展\\*重点\\*<del>检</del><ins>核</ins>查\\|&lt;b&gt;通报&lt;/b&gt;');
    expect(text).not.toContain('<b>');
  });

  it('fits a pull-request comment however large the change', () => {
    const words = ['数据共享', '平台建设', '考核评价', '执法监督', '法治宣传', '营商环境', '社会治理', '公共服务', '风险防控', '人才培养'];
    const plan = (edition: number) =>
      Array.from({ length: 3 }, (_, s) => {
        const items = Array.from({ length: 100 }, (_, k) => {
          const n = s * 100 + k + 1;
          const topic = `${words[n % 10]}${words[(n * 7) % 10]}${words[(n * 3 + 1) % 10]}`;
          return `${n}.推进第${n}项${topic}工作。围绕${topic}建立健全工作机制，${edition === 1 ? '完善' : '健全'}配套制度，每季度通报${words[(n + edition) % 10]}进展情况。`;
        });
        return [`${'一二三'[s]}、第${s + 1}部分`, ...items].join('\n');
      }).join('\n');
    const big = diffSeries([compile(plan(1), { path: 'a.txt' }).document, compile(plan(2), { path: 'b.txt' }).document]);
    expect(big.reports[0]!.summary.nodes.reworded).toBe(300);
    const text = toMarkdown(big);
    expect(text.length).toBeLessThanOrEqual(MARKDOWN_LIMIT + 2000);
    expect(text).toMatch(/changes are listed without their text, and the last \d+ not at all/);
  });

  it('says so when there is nothing to report', () => {
    expect(toMarkdown(diffSeries([before, before]))).toContain('No differences.');
  });
});

describe('HTML report', () => {
  const html = toHtml(series);

  it('is one self-contained page: no scripts, no external resources', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('links from the summary to every change, and every link has its target', () => {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(40);
    for (const link of links) expect(ids.has(link), link).toBe(true);
    const report = diff(before, after);
    for (const change of report.changes.filter((c) => c.level === 'node' && c.kind !== 'unchanged')) expect(links).toContain(change.id);
  });

  it('keeps the anchors of a series apart, one report after the other', () => {
    const page = toHtml(diffSeries([before, after, before]));
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, link] of page.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(link);
    expect(page).toContain('href="#r2-report"');
  });

  it('shows old and new side by side with deletions and insertions marked', () => {
    expect(html).toContain('<div class="old"><div class="path">二、 › 6.</div>全面贯彻实施宪法。举办纪念现行宪法公布施行四十周年系列活动，组织开展<del>领导干部</del>');
    expect(html).toContain('<div class="new"><div class="path">二、 › 7.</div>全面贯彻实施宪法。举办纪念现行宪法公布施行四十周年系列活动，组织开展<ins>国家工作人员</ins>');
  });

  it('escapes the text', () => {
    const a = compile('一、总体要求\n1.推进工作。开展<b>检查</b>&通报。\n', { path: 'a.txt' }).document;
    const b = compile('一、总体要求\n1.推进工作。开展<b>核查</b>&通报。\n', { path: 'b.txt' }).document;
    const page = toHtml(diffSeries([a, b]));
    expect(page).toContain('&lt;b&gt;');
    expect(page).not.toContain('<b>');
  });
});

describe('report formats', () => {
  it('are picked from the file extension', () => {
    expect(['r.html', 'r.HTM', 'r.md', 'r.markdown', 'r.json', 'r.pdf', 'r'].map(diffFormatOf)).toEqual(['html', 'html', 'md', 'md', 'json', null, null]);
    expect(Object.keys(diffRenderers)).toEqual(['md', 'html', 'json', 'csv']);
  });
});
