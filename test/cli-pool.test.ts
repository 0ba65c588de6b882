import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED } from './helpers.js';

// The worker pool runs from the built files (`npm test` builds first), so these tests spawn the bin.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-compile-pool-'));
  const plans = join(dir, 'plans');
  mkdirSync(plans);
  // Over 1 MB, so that two workers are worth starting: the seed many times, the parse fixtures, a PDF.
  for (let i = 0; i < 60; i++) cpSync(SEED, join(plans, `seed-${String(i).padStart(2, '0')}.txt`));
  for (const name of readdirSync(`${ROOT}fixtures/parse`)) cpSync(`${ROOT}fixtures/parse/${name}/input.txt`, join(plans, `${name}.txt`));
  cpSync(`${ROOT}fixtures/encodings/gb18030.txt`, join(plans, 'gb18030.txt'));
  cpSync(`${ROOT}fixtures/markdown/seed.md`, join(plans, 'seed.md'));
  writeFileSync(join(plans, 'scan.txt'), '%PDF-1.4\n%âãÏÓ\n');
});

const compileWith = (jobs: string, out: string) =>
  spawnSync(process.execPath, [`${ROOT}bin/policy-compile.js`, 'plans', '-o', out, '-f', 'json,csv,jsonl', '--jobs', jobs], { cwd: dir, encoding: 'utf8' });

describe('compile on worker processes', () => {
  it('writes the same bytes on two workers as in one thread, reports the same, and names an unreadable file', () => {
    const one = compileWith('1', 'one');
    const two = compileWith('2', 'two');
    expect(one.stderr).not.toContain('worker processes');
    expect(two.stderr).toContain('on 2 worker processes');
    for (const result of [one, two]) {
      expect(result.status).toBe(2);
      // Handed to the PDF reader by its bytes, on a worker too, and refused in the reader's words.
      expect(result.stderr).toMatch(/^error {2}plans\/scan\.txt: \S/m);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(two.stderr.replace(' on 2 worker processes', '').replaceAll('in two', 'in one')).toBe(one.stderr);
    const files = readdirSync(join(dir, 'one')).sort();
    expect(readdirSync(join(dir, 'two')).sort()).toEqual(files);
    // Two files (JSON, CSV) for each of the 60 seeds, the parse fixtures and two more plans, and the two run files.
    expect(files).toHaveLength(2 * (60 + readdirSync(`${ROOT}fixtures/parse`).length + 2) + 2);
    for (const file of files) expect(readFileSync(join(dir, 'two', file)).equals(readFileSync(join(dir, 'one', file))), file).toBe(true);
    const index = JSON.parse(readFileSync(join(dir, 'two', 'index.json'), 'utf8'));
    expect(index.documents.map((d: { id: string }) => d.id).slice(0, 3)).toEqual(['attachment-label-titled', 'attachment', 'closing-colophon']);
    // Two runs of 130 plans: seconds on a quiet machine, half a minute on a busy one.
  }, 120_000);

  it('refuses a --jobs that is not a whole number of 1 or more', () => {
    const result = compileWith('0', 'zero');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("option '-j, --jobs <n>' argument '0' is invalid");
  });
});
