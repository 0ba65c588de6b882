import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toSourceText } from '../src/emit/source-text.js';
import { Document } from '../src/model/index.js';
import { CORPUS, hasCorpus, SEED } from './helpers.js';

describe('lossless: the tree rebuilds its input', () => {
  it('on the seed', () => {
    const text = readFileSync(SEED, 'utf8');
    expect(toSourceText(compile(text).document)).toBe(text);
  });

  it.runIf(hasCorpus)('on every corpus document and edition', () => {
    const files = [
      ...readdirSync(`${CORPUS}documents`).map((f) => `${CORPUS}documents/${f}`),
      ...readdirSync(`${CORPUS}editions`).flatMap((d) => readdirSync(`${CORPUS}editions/${d}`).map((f) => `${CORPUS}editions/${d}/${f}`)),
    ].filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(toSourceText(compile(text, { path: file }).document), file).toBe(text);
    }
  });

  // Lines made of the pieces real plans are made of: markers of every kind, prose with
  // brackets and quotes (matched or not), notes, dates, titles, odd whitespace and line ends.
  const piece = fc.constantFrom(
    '一、', '十二、', '（一）', '(二)', '（三)', '1.', '2．', '3、', '4﹒', '５．', '6. ', '（1）', '(2)', '3）', '①', '②', '7',
    '深化', '改革', '推进', '法治', '建设', 'XXX', '工作要点', '的通知', '关于印发', '附件', '附件：', '2022年', '3月1日', '5G', '3.5',
    '。', '，', '；', '：', '、', '！', '？', '“', '”', '"', '《', '》', '（', '）', '(', ')', '〔2023〕5号', '（此件公开发布）',
    '牵头单位：', '本方案', '自印发之日起施行', ' ', '　', '\t', '\u2003',
  );
  const line = fc.array(piece, { minLength: 0, maxLength: 12 }).map((parts) => parts.join(''));
  const ending = fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' \n', '　\n');
  const text = fc.array(fc.tuple(line, ending), { maxLength: 40 }).chain((lines) =>
    fc.boolean().map((finalBreak) => {
      const joined = lines.map(([l, e]) => l + e).join('');
      return finalBreak ? joined : joined.replace(/[\r\n]+$/, '');
    }),
  );

  it('on generated inputs, which also compile to schema-valid documents', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { document } = compile(input);
        expect(toSourceText(document)).toBe(input);
        expect(Document.safeParse(document).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
