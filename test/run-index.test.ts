import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { toRunEntry, toRunIndex } from '../src/emit/run-index.js';
import { recordingIo } from './cli-io.js';
import { compileFile, ROOT, SEED } from './helpers.js';

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('index.json', () => {
  it('is laid out as JSON.stringify lays it out, with findings and without', () => {
    const entries = [SEED, `${ROOT}fixtures/validate/rules/numbering-gap/fires.txt`].map((file) => {
      const { document, diagnostics } = compileFile(file);
      return toRunEntry(document, diagnostics, [`${document.id}.json`]);
    });
    expect(entries.flatMap((entry) => entry.diagnostics).length).toBeGreaterThan(1);
    const documents = entries.map((entry) => entry.entry);
    expect(toRunIndex(entries)).toBe(asJson({ documents, diagnostics: entries.flatMap((entry) => entry.diagnostics) }));
    expect(toRunIndex(entries.map((entry) => ({ ...entry, diagnostics: [] })))).toBe(asJson({ documents, diagnostics: [] }));
    expect(toRunIndex([])).toBe(asJson({ documents: [], diagnostics: [] }));
  });

  it('is written the same way by a run that writes its findings as they come, and leaves no scratch file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-index-'));
    cpSync(`${ROOT}fixtures/parse`, join(dir, 'plans'), { recursive: true });
    writeFileSync(join(dir, 'clean.txt'), '一、总体要求\n1.加强领导。成立工作专班。\n');
    for (const [args, findings] of [[['plans'], true], [['clean.txt'], false]] as const) {
      await run([...args, '-o', 'out', '-f', 'csv'], recordingIo(dir).io);
      const text = readFileSync(join(dir, 'out', 'index.json'), 'utf8');
      const index = JSON.parse(text);
      expect(index.diagnostics.length > 0).toBe(findings);
      expect(text).toBe(asJson(index));
      expect(readdirSync(join(dir, 'out')).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    }
  });
});
