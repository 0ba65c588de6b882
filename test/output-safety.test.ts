import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { uniqueIds } from '../src/cli/unique-ids.js';
import { removeStaleTemporaries } from '../src/cli/temporary-file.js';
import { writeFileAtomic } from '../src/cli/write-file-atomic.js';
import { idFromPath } from '../src/compile.js';
import { recordingIo } from './cli-io.js';
import { ROOT, SEED } from './helpers.js';

const seed = readFileSync(SEED);
const BIN = `${ROOT}bin/policy-compile.js`;

describe('document ids are safe file names inside the output folder', () => {
  it.each([
    ['../../etc/passwd.txt', 'passwd'],
    ['/abs/path/plan.txt', 'plan'],
    ['C:\\plans\\2023\\plan.txt', 'plan'],
    ['..', 'document'],
    ['....txt', 'document'],
    ['.hidden.txt', 'hidden'],
    ['a:b|c?*<d>".txt', 'a-b-c-d'],
    ['tab\tand\u0000nul\u007f.txt', 'tab-and-nul'],
    ['zero\u200bwidth.txt', 'zero-width'],
    ['CON.txt', 'CON-document'],
    ['lpt1.md', 'lpt1-document'],
  ])('%j → %s', (path, id) => {
    expect(idFromPath(path)).toBe(id);
  });

  it('keeps long names under 200 bytes, whole characters only', () => {
    const id = idFromPath(`${'计划'.repeat(120)}.txt`);
    expect(Buffer.byteLength(id)).toBeLessThanOrEqual(200);
    expect(id).toBe('计划'.repeat(33));
  });

  it('gives inputs whose ids clash, even only in case or with index.json, distinct names', () => {
    expect(uniqueIds(['2022/plan.txt', '2023/plan.txt'])).toEqual(['2022-plan', '2023-plan']);
    expect(uniqueIds(['a/Plan.txt', 'b/plan.txt'])).toEqual(['a-Plan', 'b-plan']);
    expect(uniqueIds(['plan.txt', 'plan.txt', null])).toEqual(['plan', 'plan-2', 'stdin']);
    expect(uniqueIds(['plans/index.txt', 'index.md'])).toEqual(['plans-index', 'index-2']);
    // A number given to a clash never lands on the id of another input.
    expect(uniqueIds(['x/Plan.txt', 'x/plan.txt', 'x/x-plan-2.txt'])).toEqual(['x-Plan', 'x-plan-3', 'x-plan-2']);
    expect(uniqueIds(['a.txt', 'a.md', 'a-2.txt', 'A.txt'])).toEqual(['a', 'a-3', 'a-2', 'A-4']);
    const many = uniqueIds(Array.from({ length: 500 }, (_, i) => (i % 3 ? `plan-${i % 7}.txt` : 'Plan.txt')));
    expect(new Set(many.map((id) => id.toLowerCase())).size).toBe(500);
  });

  it('the CLI writes every file of oddly named inputs inside the output folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-names-'));
    mkdirSync(join(dir, 'in'));
    for (const name of ['..txt', 'con.txt', 'index.txt', 'Plan.txt', 'plan.md', ' a b .txt']) writeFileSync(join(dir, 'in', name), seed);
    expect(await run(['in', '-o', 'out'], recordingIo(dir).io)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out']);
    const written = readdirSync(join(dir, 'out')).sort();
    expect(written).toHaveLength(6 * 3 + 1);
    expect(written.filter((f) => f.endsWith('.json'))).toEqual(['a-b.json', 'con-document.json', 'document.json', 'in-Plan.json', 'in-index.json', 'in-plan-2.json', 'index.json']);
    const index = JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8'));
    expect(index.documents).toHaveLength(6);
  });
});

describe('output is written whole, and never over an input', () => {
  it('refuses a run that would overwrite one of its inputs, before writing anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-overwrite-'));
    writeFileSync(join(dir, 'plan.csv'), seed);
    writeFileSync(join(dir, 'other.txt'), seed);
    const { io, stderr } = recordingIo(dir);
    expect(await run(['other.txt', 'plan.csv', '-o', '.'], io)).toBe(2);
    expect(stderr()).toContain('plan.csv would be overwritten by the output');
    expect(readFileSync(join(dir, 'plan.csv')).equals(seed)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['other.txt', 'plan.csv']);
  });

  it('stops with exit 2 and a plain message when the output folder cannot be made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-mkdir-'));
    writeFileSync(join(dir, 'plan.txt'), seed);
    const cases: Array<[string, string]> = [[join('plan.txt', 'sub'), 'cannot write to plan.txt/sub: a part of the path is a file']];
    // Node's own recursive mkdir never returns under /proc.
    if (process.platform === 'linux') cases.push(['/proc/policy-compile/out', 'cannot create /proc/policy-compile/out: no such folder']);
    for (const [out, message] of cases) {
      const { io, stderr } = recordingIo(dir);
      expect(await run(['plan.txt', '-o', out], io)).toBe(2);
      expect(stderr()).toContain(message);
    }
    const { io, stderr } = recordingIo(dir);
    expect(await run(['missing.txt', '--stdout', '-f', 'outline'], io)).toBe(2);
    expect(stderr()).toContain('missing.txt: no such file or folder');
  });

  it('compiles into its own input folder again and again: its outline files are not read back as plans', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-again-'));
    writeFileSync(join(dir, 'plan.txt'), seed);
    for (let i = 0; i < 2; i++) expect(await run(['.', '-o', '.', '-f', 'json,outline'], recordingIo(dir).io)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['index.json', 'plan.json', 'plan.outline.txt', 'plan.txt']);
  });

  it('writes through a hidden temporary file and removes the ones a killed run left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-atomic-'));
    writeFileAtomic(join(dir, 'a.json'), '{}');
    expect(readdirSync(dir)).toEqual(['a.json']);
    // A process id that cannot be running (above the kernel's limit), and this process's own.
    writeFileSync(join(dir, '.b.json.99999999.0123abcd.tmp'), '{"half');
    writeFileSync(join(dir, `.c.json.${process.pid}.0123abcd.tmp`), '{"mine');
    writeFileSync(join(dir, '.notes.tmp'), 'not ours');
    expect(removeStaleTemporaries(dir)).toEqual(['.b.json.99999999.0123abcd.tmp']);
    expect(readdirSync(dir).sort()).toEqual([`.c.json.${process.pid}.0123abcd.tmp`, '.notes.tmp', 'a.json']);
  });

  it('writes the same bytes for the same input, run after run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-same-'));
    writeFileSync(join(dir, 'plan.txt'), seed);
    for (const out of ['a', 'b']) spawnSync(process.execPath, [BIN, 'plan.txt', '-o', out, '-f', 'json,yaml,csv,outline'], { cwd: dir });
    const files = readdirSync(join(dir, 'a'));
    expect(files).toHaveLength(5);
    for (const file of files) expect(readFileSync(join(dir, 'b', file)).equals(readFileSync(join(dir, 'a', file))), file).toBe(true);
  });

  // A large folder, killed while its output is being written: every file that shows is whole.
  it.each(['SIGKILL', 'SIGTERM'] as const)('leaves no half-written output file when killed with %s, and the next run cleans up', async (signal) => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-kill-'));
    mkdirSync(join(dir, 'in'));
    const count = 80;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, 'in', `plan-${String(i).padStart(3, '0')}.txt`), seed);
    // The complete output, and a copy of it that the killed run is replacing.
    expect(spawnSync(process.execPath, [BIN, 'in', '-o', 'reference'], { cwd: dir }).status).toBe(0);
    cpSync(join(dir, 'reference'), join(dir, 'out'), { recursive: true, preserveTimestamps: true });

    const child = spawn(process.execPath, [BIN, 'in', '-o', 'out'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, killedBy) => resolve(killedBy)));
    // Kill once the run is well into writing: 30 files replaced since it started.
    const started = Date.now() - 1;
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (writtenSince(join(dir, 'out'), started) >= 30) {
          clearInterval(poll);
          child.kill(signal);
          resolve();
        }
      }, 2);
    });
    expect(await exited, 'the run was killed before it ended').toBe(signal);
    expect(writtenSince(join(dir, 'out'), started)).toBeLessThan(count * 3);

    const visible = readdirSync(join(dir, 'out')).filter((name) => !name.startsWith('.'));
    expect(visible.sort()).toEqual(readdirSync(join(dir, 'reference')).sort());
    for (const file of visible) expect(readFileSync(join(dir, 'out', file)).equals(readFileSync(join(dir, 'reference', file))), file).toBe(true);
    // The next run into the folder leaves no temporary file behind.
    expect(spawnSync(process.execPath, [BIN, 'in', '-o', 'out'], { cwd: dir }).status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(readdirSync(join(dir, 'reference')).sort());
  }, 60_000);
});

/** How many files in the folder were written at or after `time` (none when it does not exist yet). */
function writtenSince(folder: string, time: number): number {
  try {
    return readdirSync(folder).filter((name) => (statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= time).length;
  } catch {
    return 0;
  }
}
