// Text that broke the readers: Markdown nested or marked up past what remark can take, and one
// line of tens of megabytes. `compile` reads each, without throwing.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toSourceText } from '../src/emit/source-text.js';
import { splitText } from '../src/source/split-text.js';
import { MAX_MARKDOWN_DEPTH, markdownShapeProblem } from '../src/source/markdown-shape-problem.js';
import { doublingRatio, MAX_DOUBLING_RATIO } from './growth.js';

const PLAN = '一、总体要求\n1.加强领导。各部门按时完成。\n';

describe('Markdown that the parser cannot take', () => {
  it.each([
    ['2,000 nested `- `', `${PLAN}${'- '.repeat(2000)}x\n`],
    ['100,000 `>`', `${PLAN}${'>'.repeat(100_000)}\n`],
    ['20,000 lines of nested lists', PLAN + Array.from({ length: 20_000 }, (_, i) => `${'  '.repeat(i % 400)}- 项`).join('\n')],
    ['100,000 `*a`', `${PLAN}${'*a'.repeat(100_000)}\n`],
  ])('%s: read as plain text with a warning, not a throw', (_, text) => {
    const { document, diagnostics } = compile(text, { path: 'plan.md' });
    expect(diagnostics.find((d) => d.ruleId === 'markdown-as-text')).toMatchObject({ severity: 'warning', file: 'plan.md', message: expect.stringContaining('read as plain text, not Markdown') });
    expect(document.body[0]?.num.raw).toBe('一、');
    expect(toSourceText(document)).toBe(text);
  });

  it('a plan in Markdown nested a few levels goes through the Markdown reader as before', () => {
    const text = `# 工作要点\n\n${PLAN}\n- 一级\n  - 二级\n    - 三级\n\n> 引用 **强调** _斜体_\n`;
    expect(markdownShapeProblem(text)).toBeNull();
    expect(compile(text, { path: 'plan.md' }).diagnostics.map((d) => d.ruleId)).not.toContain('markdown-as-text');
    expect(markdownShapeProblem(`${'- '.repeat(MAX_MARKDOWN_DEPTH)}x`)).toBeNull();
    expect(markdownShapeProblem(`${'- '.repeat(MAX_MARKDOWN_DEPTH + 1)}x`)).toContain('line 1 nests 101 levels');
  });

  it('nested lists take linear time to check', () => {
    const { ratio } = doublingRatio((text: string) => compile(text, { path: 'plan.md' }), (n) => `${PLAN}${'- '.repeat(n)}x\n`, 20_000);
    expect(ratio).toBeLessThanOrEqual(MAX_DOUBLING_RATIO);
  });
});

describe('one long line', () => {
  it('a 29 MB line without a newline splits into one paragraph, without overflowing the stack', () => {
    const line = `1.加强${'推进政务服务'.repeat(1_612_000)}`;
    expect(Buffer.byteLength(line)).toBeGreaterThan(29_000_000);
    const blocks = splitText(`  ${line}`);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ lead: '  ', trail: '' });
    expect(blocks[0]!.text.length).toBe(line.length);
  });

  it('splits lines as before: blanks at the edges go to lead and trail, \\r\\n and \\r end lines', () => {
    const text = '\u3000\u3000一、总体要求 \r\n\r\n\t1.加强领导。\u200b\r2.完善制度\n \n';
    const blocks = splitText(text);
    expect(blocks.map((b) => [b.lead, b.text, b.trail])).toEqual([
      ['\u3000\u3000', '一、总体要求', ' \r\n'],
      ['\r\n\t', '1.加强领导。', '\u200b\r'],
      ['', '2.完善制度', '\n \n'],
    ]);
    expect(blocks[2]!.position.start).toEqual({ line: 4, column: 1, offset: 23 });
  });
});
