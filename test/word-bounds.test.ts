import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from '../src/model/index.js';
import { SEPARATORS, wordBounds } from '../src/text/word-bounds.js';
import { CORPUS, SEED, compileFile, hasCorpus } from './helpers.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Every offset where the segmenter, run over the whole text, starts or ends a word. */
function segmenterBounds(text: string): Set<number> {
  const bounds = new Set([0, text.length]);
  for (const { index, segment } of segmenter.segment(text)) bounds.add(index).add(index + segment.length);
  return bounds;
}

/** The obligations' texts of the seed and of the corpus's documents and editions. */
function obligationTexts(): string[] {
  const files = [SEED];
  if (hasCorpus) {
    for (const folder of ['documents', 'editions']) {
      const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []));
      files.push(...walk(join(CORPUS, folder)));
    }
  }
  const texts: string[] = [];
  const collect = (nodes: Node[]) => nodes.forEach((node) => (node.obligations.forEach((o) => texts.push(o.text)), collect(node.children)));
  for (const file of files) {
    const { document } = compileFile(file);
    [document.body, ...document.attachments.map((part) => part.body)].forEach(collect);
  }
  return texts;
}

describe('wordBounds', () => {
  it('sets a separator apart from the Chinese characters beside it, as the segmenter does', () => {
    const contexts = ['中国', '〇〇', '要'];
    const joined: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (!SEPARATORS.test(c)) continue;
      for (const before of contexts) {
        for (const after of contexts) {
          const bounds = segmenterBounds(before + c + after);
          if (!bounds.has(before.length) || !bounds.has(before.length + 1)) joined.push(`U+${code.toString(16)} in ${before}${c}${after}`);
        }
      }
    }
    expect(joined).toEqual([]);
  });

  it('answers as the segmenter over the whole text does, at every offset of every task of the seed and the corpus', () => {
    const texts = obligationTexts();
    // The seed's 120 tasks alone where the shared corpus is not beside the project, some 2,000 with it.
    expect(texts.length).toBeGreaterThan(hasCorpus ? 500 : 100);
    const wrong: string[] = [];
    for (const text of texts) {
      const expected = segmenterBounds(text);
      // Asked backwards, so that most answers come before the words around them are known, and forwards.
      const backwards = wordBounds(text);
      for (let at = text.length; at >= 0; at--) if (backwards(at) !== expected.has(at)) wrong.push(`${at} in ${text}`);
      const forwards = wordBounds(text);
      for (let at = 0; at <= text.length; at++) if (forwards(at) !== expected.has(at)) wrong.push(`${at} (forwards) in ${text}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('answers for text that mixes Chinese with digits, Latin letters, marks that join and kana', () => {
    const texts = ['加强5G基站建设，2023年底前完成100%覆盖', 'AI for Science要加快推进', '中ｶ国要、应̀当推进「数据」', '要求各单位都要在3个工作日内报送', '在1,000家企业中开展试点'];
    for (const text of texts) {
      const expected = segmenterBounds(text);
      const bounds = wordBounds(text);
      for (let at = 0; at <= text.length; at++) expect(bounds(at), `${at} in ${text}`).toBe(expected.has(at));
    }
  });
});
