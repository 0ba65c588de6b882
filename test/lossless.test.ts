import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toSourceText } from '../src/emit/source-text.js';
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
});
