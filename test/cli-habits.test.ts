import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { recordingIo } from './cli-io.js';
import { ROOT, SEED } from './helpers.js';

// Everyday habits of the command line: corpus runs (--quiet, JSON Lines to stdout, closed pipes,
// documentation beside plans, globs and --ignore) and the small ones (help, typos, -f, colour).

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pc-habits-'));
  mkdirSync(join(dir, 'plans/drafts'), { recursive: true });
  cpSync(SEED, join(dir, 'plans/2022.txt'));
  cpSync(`${ROOT}fixtures/validate/edition/2023-quanmian-yifa-zhishi.txt`, join(dir, 'plans/2023.txt'));
  cpSync(SEED, join(dir, 'plans/drafts/2024.txt'));
  writeFileSync(join(dir, 'plans/README.md'), '# Plans\n\n1. These are the city plans.\n');
  writeFileSync(join(dir, 'plans/CHANGELOG.md'), '# Changes\n\n一、2023 added.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const TOTALS_2 = '2 compiled, 0 unreadable, 1 error, 5 warnings';

describe('corpus habits', () => {
  it('--quiet prints the errors and the last line only', async () => {
    const { io, stderr } = recordingIo(dir);
    expect(await run(['plans/2022.txt', 'plans/2023.txt', '-o', 'out', '--quiet'], io)).toBe(1);
    expect(stderr()).toBe(
      'plans/2023.txt:27:1  error  item 20. repeats the number before it  duplicate-number\n' + `${TOTALS_2}; wrote 7 files in out\n`,
    );
    expect(readdirSync(join(dir, 'out'))).toHaveLength(7);
  });

  it('--stdout --format jsonl streams every document to stdout, one a line', async () => {
    const { io, stdout, stderr } = recordingIo(dir);
    expect(await run(['plans/2022.txt', 'plans/2023.txt', 'plans/drafts/', '--stdout', '-f', 'jsonl'], io)).toBe(1);
    const lines = stdout().split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['2022', '2023', '2024']);
    expect(stderr()).toMatch(/; wrote 3 documents to stdout\n$/);
    expect(existsSync(join(dir, 'documents.jsonl'))).toBe(false);
  });

  it('leaves out README.md, CHANGELOG.md and other documentation in a folder of plans, and says so', async () => {
    const { io, stderr } = recordingIo(dir);
    expect(await run(['plans', '-o', 'out', '-f', 'json'], io)).toBe(1);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['2022.json', '2023.json', '2024.json', 'index.json']);
    expect(stderr()).toContain('left out 2 documentation files, not plans: plans/CHANGELOG.md, plans/README.md\n');
    // Named on the command line, a README is read as asked.
    const named = recordingIo(dir);
    await run(['plans/README.md', '-o', 'out2', '-f', 'json'], named.io);
    expect(readdirSync(join(dir, 'out2')).sort()).toEqual(['README.json', 'index.json']);
  });

  it('expands a quoted glob and leaves out what --ignore matches', async () => {
    const { io, stderr } = recordingIo(dir);
    expect(await run(['plans/**/*.txt', '--ignore', 'plans/drafts', '--ignore', '**/2023.txt', '-o', 'out', '-f', 'json'], io)).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['2022.json', 'index.json']);
    expect(stderr()).toMatch(/^1 compiled, .*; wrote 2 files in out\n$/m);
    // Every .txt file under plans/, documentation left out as in a folder; a glob that matches nothing is named.
    const all = recordingIo(dir);
    expect(await run(['plans/**/*', 'plans/*.pdf', '-o', 'all', '-f', 'json'], all.io)).toBe(2);
    expect(readdirSync(join(dir, 'all')).sort()).toEqual(['2022.json', '2023.json', '2024.json', 'index.json']);
    expect(all.stderr()).toContain('error  plans/*.pdf: no file matches this pattern\n');
    // An --ignore that leaves out every input fails as a folder without plans does: a CI job must not pass having checked nothing.
    const none = recordingIo(dir);
    expect(await run(['plans/', '--ignore', 'plans/**', '-o', 'none', '-f', 'json'], none.io)).toBe(2);
    expect(none.stderr()).toContain('error  plans/: --ignore leaves out every input: nothing to compile\n');
    const noneChecked = recordingIo(dir);
    expect(await run(['validate', 'plans/*.txt', '--ignore', 'plans/**'], noneChecked.io)).toBe(2);
    // validate takes both too.
    const checked = recordingIo(dir);
    expect(await run(['validate', 'plans/*.txt', '--ignore', '**/2023.txt', '-f', 'json'], checked.io)).toBe(0);
    expect(new Set((JSON.parse(checked.stdout()) as Array<{ file: string }>).map((d) => d.file))).toEqual(new Set(['plans/2022.txt']));
  });

  // A closed pipe can only be seen with real streams: these run the built command line (`npm test` builds first).
  describe('a closed stdout or stderr', () => {
    const bin = `${ROOT}bin/policy-compile.js`;
    beforeEach(() => {
      // Enough documents that the reader is gone long before the run ends.
      for (let i = 0; i < 120; i++) cpSync(SEED, join(dir, `plans/drafts/p${String(i).padStart(3, '0')}.txt`));
    });
    const pipeline = (command: string) => spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });

    it('stdout closed by head: exit 0, nothing on stderr about it', () => {
      const result = pipeline(`"${process.execPath}" "${bin}" plans --stdout -f jsonl --jobs 1 2>err.txt | head -n 1 > first.jsonl`);
      expect(result.status).toBe(0);
      expect((JSON.parse(readFileSync(join(dir, 'first.jsonl'), 'utf8')) as { id: string }).id).toBe('2022');
      const err = readFileSync(join(dir, 'err.txt'), 'utf8');
      expect(err).not.toMatch(/EPIPE|Error|at /);
      expect(err).not.toMatch(/compiled, \d+ unreadable/);
    });

    it('stderr closed by head: exit 0, and no temporary file left in the output folder', () => {
      const result = pipeline(`"${process.execPath}" "${bin}" plans -o out -f json,jsonl --jobs 1 2>&1 >/dev/null | head -n 1 > first.txt`);
      expect(result.status).toBe(0);
      expect(readFileSync(join(dir, 'first.txt'), 'utf8')).toMatch(/^left out 2 documentation files/);
      const names = readdirSync(join(dir, 'out'));
      expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      // It stopped early: the run-wide files were never finished.
      expect(names).not.toContain('index.json');
      expect(names).not.toContain('documents.jsonl');
    });
  });
});

describe('small habits', () => {
  it('a bare policy-compile shows the help', async () => {
    const { io, stdout, stderr } = recordingIo(dir);
    expect(await run([], io)).toBe(0);
    expect(stdout()).toMatch(/^Usage: policy-compile \[options\] \[command\]/);
    expect(stdout()).toContain('compile is the default command.');
    expect(stderr()).toBe('');
  });

  it('suggests the command a typo meant, and still reads a file of that name', async () => {
    const { io, stderr } = recordingIo(dir);
    expect(await run(['valdate', 'plans'], io)).toBe(2);
    expect(stderr()).toBe("error: unknown command 'valdate'\n(Did you mean validate?)\n");
    writeFileSync(join(dir, 'valdate'), readFileSync(SEED));
    expect(await run(['valdate', '-o', 'out', '-f', 'json'], recordingIo(dir).io)).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['index.json', 'valdate.json']);
  });

  it('-f json -f csv writes both', async () => {
    expect(await run(['plans/2022.txt', '-o', 'out', '-f', 'json', '-f', 'csv'], recordingIo(dir).io)).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['2022.csv', '2022.json', 'index.json']);
  });

  it('-o with --stdout is a usage error', async () => {
    const { io, stdout, stderr } = recordingIo(dir);
    expect(await run(['plans/2022.txt', '-o', 'out', '--stdout', '-f', 'json'], io)).toBe(2);
    expect(stderr()).toBe('error  -o and --stdout both say where to write: give one of them\n(policy-compile --help shows usage)\n');
    expect(stdout()).toBe('');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('says wrote 1 file', async () => {
    const { io, stderr } = recordingIo(dir);
    cpSync(`${ROOT}fixtures/validate/unreadable/scan.png`, join(dir, 'scan.png'));
    expect(await run(['scan.png', '-o', 'out', '-f', 'json'], io)).toBe(2);
    expect(stderr()).toMatch(/; wrote 1 file in out\n$/);
  });

  it('TERM=dumb gets no colour on a terminal', async () => {
    const dumb = recordingIo(dir, { tty: true, env: { TERM: 'dumb' } });
    await run(['plans/2023.txt', '-o', 'out'], dumb.io);
    expect(dumb.stderr()).not.toContain('\u001b[');
    const colour = recordingIo(dir, { tty: true, env: { TERM: 'xterm-256color' } });
    await run(['plans/2023.txt', '-o', 'out'], colour.io);
    expect(colour.stderr()).toContain('\u001b[');
  });

  it('--frail says why the run fails', async () => {
    const { io, stderr } = recordingIo(dir);
    expect(await run(['plans/2022.txt', '-o', 'out', '--frail'], io)).toBe(1);
    expect(stderr().trimEnd().split('\n').at(-1)).toBe('✖ 1 warning, and --frail allows none');
  });
});
