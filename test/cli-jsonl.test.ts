import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { Document } from '../src/model/index.js';
import { recordingIo } from './cli-io.js';
import { ROOT, SEED } from './helpers.js';

it('writes --format jsonl as one documents.jsonl, a valid document a line, in input order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-compile-jsonl-'));
  mkdirSync(join(dir, 'plans'));
  cpSync(SEED, join(dir, 'plans', 'a-seed.txt'));
  for (const name of readdirSync(`${ROOT}fixtures/parse`)) cpSync(`${ROOT}fixtures/parse/${name}/input.txt`, join(dir, 'plans', `${name}.txt`));
  cpSync(`${ROOT}fixtures/markdown/seed.md`, join(dir, 'plans', 'z-seed.md'));
  const { io, stderr } = recordingIo(dir);
  expect(await run(['plans', '-o', 'out', '-f', 'jsonl,json'], io)).toBe(0);

  const text = readFileSync(join(dir, 'out', 'documents.jsonl'), 'utf8');
  expect(text.endsWith('}\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  const index = JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8'));
  expect(lines).toHaveLength(index.documents.length);
  expect(lines).toHaveLength(readdirSync(join(dir, 'plans')).length);
  lines.forEach((line, i) => {
    const document = JSON.parse(line);
    expect(Document.safeParse(document).success, line.slice(0, 80)).toBe(true);
    expect(document.id).toBe(index.documents[i].id);
    expect(document).toEqual(JSON.parse(readFileSync(join(dir, 'out', `${document.id}.json`), 'utf8')));
  });
  expect(index.documents[0].files).toEqual(['documents.jsonl', 'a-seed.json']);
  // One documents.jsonl, one .json per document, and index.json.
  expect(readdirSync(join(dir, 'out'))).toHaveLength(lines.length + 2);
  expect(stderr()).toContain(`wrote ${lines.length + 2} files in out\n`);
});

it('writes one document as one JSON line to stdout', async () => {
  const { io, stdout } = recordingIo(ROOT);
  expect(await run(['seeds', '--stdout', '-f', 'jsonl'], io)).toBe(0);
  expect(stdout().split('\n')).toHaveLength(2);
  expect(JSON.parse(stdout()).body).toHaveLength(8);
});

it('exits 2, naming the file, when an output cannot be written, writes index.json and leaves no temporary file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-compile-unwritable-'));
  cpSync(SEED, join(dir, 'plan.txt'));
  // A folder where the JSON would go: renaming the finished file onto it fails.
  mkdirSync(join(dir, 'out', 'plan.json'), { recursive: true });
  const { io, stderr } = recordingIo(dir);
  expect(await run(['plan.txt', '-o', 'out', '-f', 'jsonl,json'], io)).toBe(2);
  expect(stderr()).toContain('plan.json');
  expect(stderr()).not.toMatch(/\n\s+at /);
  // The run goes on past the file it could not write: the run-wide files are written without that document.
  expect(readdirSync(join(dir, 'out')).sort()).toEqual(['documents.jsonl', 'index.json', 'plan.json']);
  expect(readFileSync(join(dir, 'out', 'documents.jsonl'), 'utf8')).toBe('');
});

it('writes <id>.json on one line with --compact: the same data as the indented file, less than half its bytes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-compile-compact-'));
  cpSync(SEED, join(dir, 'plan.txt'));
  const { io } = recordingIo(dir);
  expect(await run(['plan.txt', '-o', 'people', '-f', 'json'], io)).toBe(0);
  expect(await run(['plan.txt', '-o', 'machines', '-f', 'json', '--compact'], io)).toBe(0);
  const indented = readFileSync(join(dir, 'people', 'plan.json'), 'utf8');
  const compact = readFileSync(join(dir, 'machines', 'plan.json'), 'utf8');
  expect(compact.split('\n')).toEqual([expect.stringMatching(/^\{"id":"plan",/), '']);
  expect(JSON.parse(compact)).toEqual(JSON.parse(indented));
  expect(compact.length).toBeLessThan(indented.length / 2);
});
