import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toSourceText } from '../src/emit/source-text.js';
import { ROOT, SEED } from './helpers.js';

/** The tree without what depends on the source's layout: positions, whitespace, the source record. */
function logical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(logical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['position', 'lead', 'trail', 'source'].includes(key))
        .map(([key, v]) => [key, logical(v)]),
    );
  }
  return value;
}

describe('Markdown input', () => {
  const markdown = readFileSync(`${ROOT}fixtures/markdown/seed.md`, 'utf8');
  const fromMarkdown = compile(markdown, { path: 'seed.md', id: 'seed' }).document;
  const fromText = compile(readFileSync(SEED), { path: 'seed.txt', id: 'seed' }).document;

  it('reads the seed rendered with headings to the same tree as the plain text, positions aside', () => {
    expect(fromMarkdown.source.format).toBe('markdown');
    expect(logical(fromMarkdown)).toEqual(logical(fromText));
  });

  it('rebuilds Markdown without inline markup exactly', () => {
    expect(toSourceText(fromMarkdown)).toBe(markdown);
  });

  it('keeps list markers, drops inline markup, and points positions at the Markdown source', () => {
    const source = '# XX市2023年工作要点\n\n## 一、**加强**制度建设\n\n1. 完善立法机制。健全规章起草论证制度。\n2. 加强备案审查。\n   规范性文件全部纳入备案审查。\n';
    const { document } = compile(source, { path: 'plan.md' });
    expect(document.title).toBe('XX市2023年工作要点');
    const [section] = document.body;
    expect(section!.title).toBe('加强制度建设');
    expect(section!.children.map((item) => [item.num.raw, item.title, item.obligations.map((o) => o.text)])).toEqual([
      ['1. ', '完善立法机制', ['健全规章起草论证制度。']],
      ['2. ', '加强备案审查', ['规范性文件全部纳入备案审查。']],
    ]);
    const item = section!.children[0]!;
    expect(source.slice(item.position!.start.offset, item.position!.end.offset)).toBe('1. 完善立法机制。健全规章起草论证制度。');
  });

  it('closes bold that ends on Chinese punctuation, so markers and titles stay clean', () => {
    const source = '## 一、稳定粮食生产\n\n**（一）稳定粮食面积。**全年播种面积稳定在100万亩以上。\n\n1. **加强动态监测。**对重点人群开展监测。\n';
    const [section] = compile(source, { path: 'plan.md' }).document.body;
    const [subsection] = section!.children;
    expect([subsection!.kind, subsection!.title]).toEqual(['subsection', '稳定粮食面积']);
    expect(subsection!.children.map((item) => [item.num.raw, item.title])).toEqual([['1. ', '加强动态监测']]);
  });

  it('reads a table one block per cell, so numbered rows become items', () => {
    const source = '# XX市2023年民生实事项目\n\n| 序号 | 项目 | 责任单位 |\n| --- | --- | --- |\n| 1 | 新建幼儿园10所 | 市教育局 |\n| 2 | 改造老旧小区50个 | 市住房城乡建设局 |\n';
    const { document } = compile(source, { path: 'table.md' });
    expect(document.preamble.map((b) => b.text)).toEqual(['序号', '项目', '责任单位']);
    expect(document.body.map((row) => [row.num.value, row.blocks.map((b) => b.text)])).toEqual([
      [1, ['新建幼儿园10所', '市教育局']],
      [2, ['改造老旧小区50个', '市住房城乡建设局']],
    ]);
  });
});
