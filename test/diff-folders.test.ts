import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { compile } from '../src/compile.js';
import { pairEditions, planName } from '../src/diff/pair-editions.js';
import { DiffSeries } from '../src/model/index.js';
import { ROOT } from './helpers.js';

const FOLDERS = join(ROOT, 'fixtures/diff-folders');

async function cli(...argv: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'policy-compile-folders-'));
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: async () => new Uint8Array(), cwd, env: {}, stderrIsTTY: false });
  return { code, stdout, stderr, cwd };
}

const plan = (title: string | null, path: string, opening = '为推进工作，制定本要点。') =>
  compile(`${title ? `${title}\n` : ''}${opening}\n一、总体要求\n1.做好${path}相关工作。\n`, { path }).document;

describe('pairing the plans of two folders', () => {
  it('names a plan by its title without years, else by how it opens', () => {
    expect(planName(plan('某市2023年数字政府建设工作要点', 'a.txt'))).toBe('某市年数字政府建设工作要点');
    expect(planName(plan(null, '2023.txt', '2023年，全市法治工作的总体要求是坚持依法行政。'))).toContain('全市法治工作的总体要求');
  });

  it('pairs by title, not by file name, and leaves a plan without a counterpart unpaired', () => {
    const olds = [plan('某区2023年优化营商环境工作要点', 'yingshang.txt'), plan('某市2023年数字政府建设工作要点', 'shuzi.txt')];
    const news = [plan('某市2024年数字政府建设工作要点', 'yingshang.txt'), plan('某市2024年公共数据开放工作要点', 'kaifang.txt'), plan('某区2024年优化营商环境工作要点', 'b.txt')];
    const { pairs, unpaired } = pairEditions(olds, news);
    expect(pairs.map((pair) => [pair.old, pair.new])).toEqual([
      [0, 2],
      [1, 0],
    ]);
    expect(unpaired).toEqual({ old: [], new: [1] });
  });
});

describe('policy-compile diff <folder> <folder>', () => {
  it('pairs three plans per year (one renamed), compares each pair and lists the unpaired plan', async () => {
    const { code, stdout, stderr } = await cli('diff', join(FOLDERS, '2023'), join(FOLDERS, '2024'), '-f', 'json');
    expect(code).toBe(0);
    const series = DiffSeries.parse(JSON.parse(stdout));
    const name = (path: string | null) => path!.split(/[\\/]/u).pop();
    expect(series.folders!.pairs.map((pair) => `${name(pair.old.path)} → ${name(pair.new.path)}`).sort()).toEqual([
      'shuzi-zhengfu.txt → shuzi-zhengfu.txt',
      'yifa-zhishi.txt → yifa-zhishi.txt',
      'yingshang-huanjing.txt → business-environment.txt',
    ]);
    expect(series.folders!.unpaired.old).toEqual([]);
    expect(series.folders!.unpaired.new.map((edition) => name(edition.path))).toEqual(['gonggong-shuju.txt']);
    // Each pair is compared as on its own.
    expect(series.reports).toHaveLength(3);
    series.folders!.pairs.forEach((pair, k) => expect([series.reports[k]!.old.path, series.reports[k]!.new.path]).toEqual([pair.old.path, pair.new.path]));
    const renamed = series.reports[series.folders!.pairs.findIndex((pair) => name(pair.new.path) === 'business-environment.txt')]!;
    expect(renamed.summary.nodes.renumbered).toBeGreaterThan(0);
    expect(stderr).toContain('unpaired     +');
  });

  it('writes one report with the table of pairs and the unpaired plans (Markdown and HTML)', async () => {
    const md = await cli('diff', join(FOLDERS, '2023'), join(FOLDERS, '2024'), '-f', 'md');
    expect(md.stdout).toMatch(/^## policy-compile diff: 3 plans paired, 0 old and 1 new unpaired/mu);
    expect(md.stdout).toMatch(/\| — \| \S*gonggong-shuju\.txt · 某市2024年公共数据开放工作要点 \| unpaired \|/u);
    expect(md.stdout).toMatch(/yingshang-huanjing\.txt · XX区2023年优化营商环境工作要点 \| \S*business-environment\.txt/u);
    const { cwd, code } = await cli('diff', join(FOLDERS, '2023'), join(FOLDERS, '2024'), '-o', 'folders.html');
    expect(code).toBe(0);
    const html = readFileSync(join(cwd, 'folders.html'), 'utf8');
    expect(html).toContain('<table class="series folders">');
    expect(html.match(/<a href="#r\d-report">1\.00<\/a>/gu)).toHaveLength(3);
  });
});
