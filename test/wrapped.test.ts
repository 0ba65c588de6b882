import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { diff } from '../src/diff/diff.js';
import { toOutline } from '../src/emit/outline.js';
import { toSourceText } from '../src/emit/source-text.js';
import { allNodes } from '../src/model/index.js';
import { joinLines } from '../src/text/join-lines.js';
import { ROOT, SEED, treeOf } from './helpers.js';

const seed = readFileSync(SEED, 'utf8');

/** The seed as a PDF conversion or an editor gives it: every paragraph broken at `width` characters. */
function wrapped(width: number, indent = ''): string {
  const paragraphs = seed.split('\n').map((line) => line.trim()).filter(Boolean);
  return paragraphs.map((paragraph) => (indent + paragraph).match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n')).join('\n') + '\n';
}

describe('hard-wrapped text', () => {
  const original = compile(seed, { path: 'seed.txt', id: 'seed' }).document;
  const tasks = (document: typeof original) => allNodes(document.body).flatMap((node) => node.obligations.map((o) => [o.text, o.actions]));

  // The fixtures are the seed wrapped as a PDF conversion wraps it: 28 and 40 characters a line
  // with no indent, 35 under paragraphs that open with `　　`.
  it.each([
    ['seed-28.txt', 28, ''],
    ['seed-35.txt', 35, '　　'],
    ['seed-40.txt', 40, ''],
  ])('fixtures/wrapped/%s compiles to the seed’s tree, positions aside', (file, width, indent) => {
    const text = readFileSync(`${ROOT}fixtures/wrapped/${file}`, 'utf8');
    expect(text).toBe(wrapped(width, indent));
    expect(text.split('\n').length).toBeGreaterThan(150);
    const document = compile(text, { path: 'seed.txt', id: 'seed' }).document;
    expect(treeOf(document)).toEqual(treeOf(original));
    expect(toSourceText(document)).toBe(text);
    expect(diff(original, document).changed).toBe(false);
  });

  it('reads the seed wrapped at every width from 22 to 45, with and without indents, to the seed’s outline and tasks', () => {
    for (let width = 22; width <= 45; width++) {
      for (const indent of ['', '　　']) {
        const document = compile(wrapped(width, indent), { path: 'seed.txt', id: 'seed' }).document;
        expect(toOutline(document), `width ${width}, indent ${JSON.stringify(indent)}`).toBe(toOutline(original));
        expect(tasks(document)).toEqual(tasks(original));
      }
    }
  });

  it('ends an unindented paragraph at a stop short of the wrap, and goes on past a stop exactly at it', () => {
    const wrap = (paragraph: string) => paragraph.match(/.{1,20}/gu)!.join('\n');
    const sentence = (n: number) => `${'推进依法行政完善执法程序'.repeat(4).slice(0, n - 1)}。`;
    const plan = (first: string) =>
      [first, '各地各部门要按照本方案要求抓好落实并按时报送工作进展情况和总结材料。', '一、总体要求', `1.${sentence(47)}`, `2.${sentence(58)}`].map(wrap).join('\n') + '\n';
    // 35 characters: the last line holds 15 of 20, so the stop ends the paragraph.
    const short = compile(plan(sentence(35))).document;
    expect(short.preamble).toHaveLength(2);
    // 40 characters: the stop falls exactly at the wrap, where a sentence ends far more often than a paragraph.
    const full = compile(plan(sentence(40))).document;
    expect(full.preamble).toHaveLength(1);
    expect(toSourceText(full)).toBe(plan(sentence(40)));
  });

  it('reads lines whose width varies by a character, and one line past the margin, to the seed’s outline and tasks', () => {
    const widths = [34, 35, 33, 35, 34, 33];
    let k = 0;
    const jittered = seed
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((paragraph) => {
        const lines: string[] = [];
        for (let rest = [...`　　${paragraph}`]; rest.length; ) lines.push(rest.splice(0, widths[k++ % widths.length]!).join(''));
        return lines.join('\n');
      });
    // The first paragraph left unwrapped, as a PDF conversion leaves a line it could not break.
    const text = `${[seed.split('\n')[0]!, ...jittered.slice(1)].join('\n')}\n`;
    const document = compile(text, { path: 'seed.txt', id: 'seed' }).document;
    expect(toOutline(document)).toBe(toOutline(original));
    expect(tasks(document)).toEqual(tasks(original));
    expect(toSourceText(document)).toBe(text);
  });

  it.each([
    ['— 3 — between blank lines', '\n\n                — %d —\n\n'],
    ['- 3 - after a form feed', '\n\f- %d -\n'],
    ['第3页', '\n第%d页\n'],
    ['a bare 3', '\n%d\n'],
  ])('reads a PDF’s text with page numbers (%s) at every page break to the seed’s outline and tasks', (_, page) => {
    for (const [width, indent] of [[30, ''], [33, '　　']] as const) {
      const lines = wrapped(width, indent).split('\n');
      // A page every 22 lines, wherever it falls: mostly inside a paragraph.
      const text = lines.map((line, i) => (i > 0 && i % 22 === 0 && i < lines.length - 2 ? `${line}${page.replace('%d', String(i / 22))}` : `${line}\n`)).join('').replace(/\n$/, '');
      const document = compile(text, { path: 'seed.txt', id: 'seed' }).document;
      expect(toOutline(document), `width ${width}`).toBe(toOutline(original));
      expect(tasks(document)).toEqual(tasks(original));
      expect(toSourceText(document)).toBe(text);
    }
  });

  it('reads a paragraph as one line without the page numbers standing on lines inside it', () => {
    expect(joinLines('重点领域信用评\n\n                — 1 —\n\n价覆盖率达到90%以上。')).toBe('重点领域信用评价覆盖率达到90%以上。');
    expect(joinLines('推进\n- 12 -\n落实；\n第3页 共5页\n完成。')).toBe('推进落实；完成。');
    // A page number that is the whole paragraph, or stands inside a line, is text.
    expect(joinLines('— 1 —')).toBe('— 1 —');
    expect(joinLines('比例 - 3 - 倍')).toBe('比例 - 3 - 倍');
  });
});
