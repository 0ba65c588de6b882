import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../src/diff/render/markdown.js';
import type { DiffReport } from '../src/model/index.js';
import { changeKey, diffFiles } from './diff-helpers.js';
import { CORPUS, hasCorpus } from './helpers.js';

// The real yearly editions in the shared corpus; its README describes what changed between them.
const editions = (series: string, year: string) => join(CORPUS, 'editions', series, `${year}.txt`);
const keys = (report: DiffReport) => report.changes.filter((c) => c.level === 'node').map(changeKey);

describe.runIf(hasCorpus)('MIIT 智能网联汽车标准化工作要点, 2018 → 2019', () => {
  const report = hasCorpus ? diffFiles(editions('miit-icv-standardization-workpoints', '2018'), editions('miit-icv-standardization-workpoints', '2019')) : null!;

  it('keeps sections 一 and 三 (reworded titles), drops 2018 二 and adds 2019 二', () => {
    expect(keys(report)).toEqual(expect.arrayContaining(['reworded sec_1 > sec_1', 'reworded sec_3 > sec_3', 'removed sec_2 > ', 'added  > sec_2']));
  });

  it('moves 2018 一.2–一.5 (ADAS, 自动驾驶, 信息安全, 网联) to 2019 二.1–二.4, in order', () => {
    expect(keys(report)).toEqual(
      expect.arrayContaining(['moved sec_1__item_2 > sec_2__item_1', 'moved sec_1__item_3 > sec_2__item_2', 'moved sec_1__item_4 > sec_2__item_3', 'moved sec_1__item_5 > sec_2__item_4']),
    );
  });

  it('splits 2018 三.1 into 2019 三.1 (WP29) and 三.2 (ISO/TC22)', () => {
    expect(keys(report)).toContain('split sec_3__item_1 > sec_3__item_1+sec_3__item_2');
  });

  it('finds the new and the dropped items, and pairs the rest', () => {
    expect(keys(report)).toEqual(
      expect.arrayContaining([
        'added  > sec_1__item_2',
        'added  > sec_1__item_3',
        'removed sec_2__item_1 > ',
        'removed sec_2__item_2 > ',
        'removed sec_2__item_3 > ',
        'reworded sec_1__item_1 > sec_1__item_1',
        'reworded sec_3__item_2 > sec_3__item_3',
      ]),
    );
    expect(report.summary.nodes).toMatchObject({ moved: 4, split: 1, added: 3, removed: 4, reworded: 4 });
  });

  it('shows those changes in the report', () => {
    const markdown = toMarkdown({ editions: [report.old, report.new], reports: [report] });
    expect(markdown).toMatch(/\*\*moved\*\* \([\d.]+\) `一、 › 2\. → 二、 › 1\.`/);
    expect(markdown).toMatch(/\*\*split\*\* \([\d.]+\) `三、 › 1\. → 三、 › 1\. \+ 三、 › 2\.`/);
    expect(markdown).toContain('+ 《C-V2X标准合作框架协议》');
  });
});

describe.runIf(hasCorpus)('数字山东行动方案, 2019 → 2021', () => {
  const report = hasCorpus ? diffFiles(editions('shandong-digital-shandong-action-plan', '2019'), editions('shandong-digital-shandong-action-plan', '2021')) : null!;

  it('matches items across the change of numbering style (1. → （一）)', () => {
    expect(keys(report)).toEqual(
      expect.arrayContaining([
        'reworded sec_2__item_6 > sec_2__subsec_9', // 打造数字农业样板 ↔ 加快发展特色数字农业
        'reworded sec_2__item_7 > sec_2__subsec_8', // 推进智能制造升级 ↔ 实施智能制造提升行动
        'reworded sec_3__item_14 > sec_3__subsec_14', // 推动城市管理智慧化 ↔ 全面建设新型智慧城市
      ]),
    );
    const pairs = report.changes.filter((c) => c.level === 'node' && c.old.length && c.new.length && c.old[0]!.kind === 'item');
    expect(pairs.length).toBeGreaterThanOrEqual(8);
    for (const change of pairs) {
      expect(change.old[0]!.num).toMatch(/^\d+\.$/);
      expect(change.new[0]!.num).toMatch(/^（[一二三四五六七八九十]+）$/);
      expect(change.renumbered).toBe(true);
    }
  });

  it('keeps the four reworded sections and adds 五、推进措施', () => {
    expect(keys(report)).toEqual(expect.arrayContaining(['reworded sec_1 > sec_1', 'reworded sec_2 > sec_2', 'reworded sec_3 > sec_3', 'reworded sec_4 > sec_4', 'added  > sec_5']));
  });

  it('drops the 版记 closing and notes the cited plan only once despite its dash', () => {
    expect(report.changes.at(-1)).toMatchObject({ level: 'text', kind: 'removed' });
    expect(report.summary.citedDocuments).toEqual({ added: [], removed: [] });
  });
});
