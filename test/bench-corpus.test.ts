import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the bench is plain JavaScript, without types.
import { encodeGb18030 } from '../bench/gb18030.js';
// @ts-expect-error: the bench is plain JavaScript, without types.
import { writeCorpus } from '../bench/corpus.js';
import { compile } from '../src/compile.js';
import { decode } from '../src/read/decode.js';
import { SEED } from './helpers.js';

describe('the bench corpus', () => {
  it('encodes GB18030 that decodes back to the same text', () => {
    const text = readFileSync(SEED, 'utf8');
    const bytes = encodeGb18030(text) as Buffer;
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text));
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).toBe(text);
    expect(decode(bytes).encoding).toBe('gb18030');
    expect(encodeGb18030('𠀀')).toBeNull();
  });

  it('writes plans in several encodings and forms that all compile to numbered trees, the same on every run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-corpus-'));
    const first = writeCorpus(join(dir, 'a'), { count: 60 }) as { files: string[]; encodings: Record<string, number> };
    const again = writeCorpus(join(dir, 'b'), { count: 60 }) as { files: string[] };
    expect(Object.keys(first.encodings)).toEqual(expect.arrayContaining(['utf-8', 'gb18030', 'utf-8 crlf']));
    first.files.forEach((file, i) => expect(readFileSync(again.files[i]!).equals(readFileSync(file))).toBe(true));
    for (const file of first.files) {
      const { document, diagnostics } = compile(readFileSync(file), { path: file });
      expect(diagnostics.filter((d) => d.ruleId === 'unreadable'), file).toEqual([]);
      expect(document.body.length + document.attachments.length, file).toBeGreaterThan(0);
    }
  });
});
