import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench is plain JavaScript, without types.
import { writeCorpus } from '../bench/corpus.js';
import { ROOT } from './helpers.js';

// The filter as a distributed engine drives it: the built command (`npm test` builds first) with
// records on stdin, alone and under GNU parallel, against compiling the same plans as files.
const BIN = `${ROOT}bin/policy-compile.js`;
const COUNT = 600;
/** Where the malformed line goes: mid-stream, so that records follow it. */
const BROKEN_AT = 300;
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.warn('skipped: GNU parallel is not installed (`.ci/run` installs Debian\'s parallel), so the test through `parallel --pipe` does not run');

let dir: string;
let stream: string;
let expected: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-compile-filter-'));
  // Short plans in every encoding and form the bench corpus has: what matters here is their number.
  const { files } = writeCorpus(join(dir, 'corpus'), { count: COUNT, seed: 3, meanSize: 2000 }) as { files: string[] };
  const compiled = spawnSync(process.execPath, [BIN, 'corpus', '-o', 'out', '-f', 'jsonl'], { cwd: dir, encoding: 'utf8' });
  expect(compiled.stderr).toContain(`${COUNT} compiled, 0 unreadable`);
  expected = readFileSync(join(dir, 'out', 'documents.jsonl'), 'utf8').trimEnd().split('\n');
  const ids = (JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8')) as { documents: Array<{ id: string }> }).documents.map((d) => d.id);
  // UTF-8 files as text records (the same bytes again), the others (GB18030, UTF-16) as their bytes.
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const records = files.map((file, i) => {
    const bytes = readFileSync(file);
    const name = `corpus/${basename(file)}`;
    let text: string | null = null;
    try {
      text = utf8.decode(bytes);
    } catch {}
    return JSON.stringify(text === null ? { id: ids[i], bytes: bytes.toString('base64'), name } : { id: ids[i], text, name });
  });
  records.splice(BROKEN_AT, 0, '{"id": "broken", "text": "一、');
  stream = `${records.join('\n')}\n`;
}, 300_000);

/** The output lines of a run of the filter, and its stderr. */
function filter(command: string, args: string[], input: string) {
  const result = spawnSync(command, args, { cwd: dir, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: result.status, lines: result.stdout.trimEnd().split('\n'), stderr: result.stderr };
}

/** The output holds the documents compiling the files gave, in their order, and an error record where the broken line was. */
function expectSameDocuments(lines: string[]) {
  expect(lines).toHaveLength(COUNT + 1);
  expect(JSON.parse(lines[BROKEN_AT]!)).toMatchObject({ id: null, error: expect.stringContaining('not JSON') });
  expect(lines.filter((_, i) => i !== BROKEN_AT)).toEqual(expected);
}

describe(`the streaming filter on a stream of ${COUNT} plans`, () => {
  it('gives, in one process, the documents compiling the files gives; the malformed line an error record', () => {
    const { status, lines, stderr } = filter(process.execPath, [BIN, '--from', 'jsonl', '-'], stream);
    expect(status).toBe(0);
    expectSameDocuments(lines);
    expect(JSON.parse(lines[BROKEN_AT]!).line).toBe(BROKEN_AT + 1);
    expect(stderr).toContain(`${COUNT} compiled, 1 failed`);
  }, 300_000);

  it.skipIf(!hasParallel)('gives the same under GNU parallel --pipe -k -j 2, in chunks (skipped where GNU parallel is missing)', () => {
    // Small blocks, so that the stream is cut into many chunks over the two jobs.
    const { status, lines } = filter('parallel', ['--pipe', '-k', '-j', '2', '--block', '100k', process.execPath, BIN, '--from', 'jsonl', '-'], stream);
    expect(status).toBe(0);
    expectSameDocuments(lines);
  }, 300_000);

  it('holds its memory flat: six times the stream peaks at about the same RSS', () => {
    const peak = (copies: number) => {
      const file = join(dir, `rss-${copies}.json`);
      const env = { ...process.env, BENCH_PEAK_RSS: file };
      const result = spawnSync(process.execPath, ['--import', pathToFileURL(`${ROOT}bench/peak-rss.js`).href, BIN, '--from', 'jsonl', '-'], { cwd: dir, env, input: stream.repeat(copies), maxBuffer: 1 << 30 });
      expect(result.status).toBe(0);
      const { rss } = JSON.parse(readFileSync(file, 'utf8')) as { rss: number };
      rmSync(file);
      return rss;
    };
    const once = peak(1);
    const six = peak(6);
    expect(six / once).toBeLessThan(1.25);
  }, 600_000);
});
