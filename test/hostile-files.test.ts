// Inputs that are not plain files, and entries that cannot be read, in a folder given as input:
// each is refused on its own, with its name, and the run goes on with the others.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../src/cli/collect-inputs.js';
import { escapeName } from '../src/text/escape-name.js';
import { InputRefusal, parseSize, readRegularFile } from '../src/cli/read-regular-file.js';
import { run } from '../src/cli/run.js';
import { recordingIo } from './cli-io.js';
import { ROOT } from './helpers.js';

const PLAN = '一、总体要求\n1.加强领导。各部门按时完成。\n';
const bin = `${ROOT}bin/policy-compile.js`;
/** Long enough for a run over a few files; a run that hangs on a FIFO or reads /dev/zero takes it all. */
const TIMEOUT_MS = 20_000;

/** A folder `plans/` holding one good plan and, beside it, every kind of entry that broke a run. */
function hostileFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-compile-hostile-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'a.txt'), PLAN);
  writeFileSync(join(dir, 'secret.txt'), '一、密码\n1.口令是 hunter2。\n');
  symlinkSync('/dev/zero', join(dir, 'plans', 'evil.txt'));
  spawnSync('mkfifo', [join(dir, 'plans', 'x.txt')]);
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'plans', 'link.txt'));
  symlinkSync('nothing-here.txt', join(dir, 'plans', 'dangling.txt'));
  symlinkSync('loop.txt', join(dir, 'plans', 'loop.txt'));
  // GBK for 工作.txt, as a zip made on Chinese Windows leaves it.
  writeFileSync(Buffer.concat([Buffer.from(join(dir, 'plans') + '/'), Buffer.from([0xb9, 0xa4, 0xd7, 0xf7]), Buffer.from('.txt')]), PLAN);
  return dir;
}

/** Runs the built command line in `cwd`, as the user `nobody` when this runs as root (so that permissions count). */
function cli(args: string[], cwd: string) {
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: TIMEOUT_MS, env: { ...process.env, NO_COLOR: '1' }, ...asNobody });
}

/** Lets `nobody` read and write everything under dir (not the locked folder). */
function openUp(dir: string): void {
  spawnSync('chmod', ['-R', 'a+rwX', dir]);
}

describe('files that are not regular files', () => {
  it('refuses a device, a FIFO and a link out of the folder, each with its name, and compiles the rest', () => {
    const dir = hostileFolder();
    openUp(dir);
    for (const command of [['validate', 'plans'], ['plans', '-o', 'out']]) {
      const result = cli(command, dir);
      expect(result.error, `${command[0]} ended within ${TIMEOUT_MS} ms`).toBeUndefined();
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('plans/evil.txt: a link to a file outside the folder given, not followed (--follow-links reads it)');
      expect(result.stderr).toContain('plans/link.txt: a link to a file outside the folder given, not followed');
      expect(result.stderr).toContain('plans/x.txt: is a FIFO (named pipe), not a regular file');
      expect(result.stderr).not.toContain('hunter2');
      expect(result.stdout).not.toContain('hunter2');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(join(dir, 'out', 'a.json'), 'utf8')).toContain('加强领导');
    expect(existsSync(join(dir, 'out', 'link.json'))).toBe(false);
  });

  it('with --follow-links reads a link out of the folder, but still no device', () => {
    const dir = hostileFolder();
    openUp(dir);
    const result = cli(['plans', '-o', 'out', '--follow-links'], dir);
    expect(result.error).toBeUndefined();
    expect(result.stderr).toContain('plans/evil.txt: a link to a device, not a regular file');
    expect(readFileSync(join(dir, 'out', 'link.json'), 'utf8')).toContain('hunter2');
  });

  it('refuses /dev/zero and a FIFO named on the command line', () => {
    const dir = hostileFolder();
    openUp(dir);
    const result = cli(['validate', '/dev/zero', 'plans/x.txt', 'plans/a.txt'], dir);
    expect(result.error).toBeUndefined();
    expect(result.stderr).toContain('/dev/zero: is a device, not a regular file');
    expect(result.stderr).toContain('plans/x.txt: is a FIFO (named pipe), not a regular file');
    expect(result.stdout).toContain('1 file checked');
  });

  it('caps the bytes read per input: --max-input-size, 16 MB by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-size-'));
    writeFileSync(join(dir, 'big.txt'), PLAN + '各部门按时完成。'.repeat(50_000));
    writeFileSync(join(dir, 'small.txt'), PLAN);
    const { io, stderr } = recordingIo(dir);
    expect(await run(['big.txt', 'small.txt', '-o', 'out', '--max-input-size', '1MB', '--jobs', '1'], io)).toBe(2);
    expect(stderr()).toContain('big.txt: is larger than the 1 MB read per input (1.1 MB or more; --max-input-size raises the limit)');
    expect(stderr()).toContain('1 compiled, 1 unreadable');
    expect(existsSync(join(dir, 'out', 'small.json'))).toBe(true);
    const raised = recordingIo(dir);
    expect(await run(['validate', 'big.txt', '--max-input-size', '4MB'], raised.io)).toBe(0);
    expect(() => readRegularFile(join(dir, 'big.txt'), { maxBytes: 1000 })).toThrow(InputRefusal);
    expect(readRegularFile(join(dir, 'small.txt')).length).toBe(Buffer.byteLength(PLAN));
    expect([parseSize('500KB'), parseSize('64mb'), parseSize('12'), parseSize('0'), parseSize('lots')]).toEqual([512_000, 64 * 1024 ** 2, 12, null, null]);
  });
});

describe('one bad entry never ends the run', () => {
  it('a dangling link, a link loop, an unreadable folder and a GBK name are one error each; the good plan compiles', () => {
    const dir = hostileFolder();
    mkdirSync(join(dir, 'plans', 'locked'));
    writeFileSync(join(dir, 'plans', 'locked', 'b.txt'), PLAN);
    openUp(dir);
    chmodSync(join(dir, 'plans', 'locked'), 0o000);
    for (const command of [['plans', '-o', 'out'], ['validate', 'plans']]) {
      const result = cli(command, dir);
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('error  plans/dangling.txt: a link to nothing (dangling link)');
      expect(result.stderr).toContain('error  plans/loop.txt: a link that leads back to itself (link loop)');
      expect(result.stderr).toContain('error  plans/locked: cannot list this folder (permission denied)');
      expect(result.stderr).toContain('error  plans/\\xB9\\xA4\\xD7\\xF7.txt: the name is not UTF-8; rename it to read it');
      expect(result.stderr).not.toMatch(/ENOENT|ELOOP|EACCES/);
    }
    expect(readFileSync(join(dir, 'out', 'a.json'), 'utf8')).toContain('加强领导');
    const index = JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8'));
    expect(index.diagnostics.map((d: { file: string }) => d.file)).toContain('plans/loop.txt');
    chmodSync(join(dir, 'plans', 'locked'), 0o755);
  });

  it('says each of these in Chinese under --lang zh, naming the same files, with the same exit code', () => {
    const dir = hostileFolder();
    mkdirSync(join(dir, 'plans', 'locked'));
    openUp(dir);
    chmodSync(join(dir, 'plans', 'locked'), 0o000);
    for (const command of [['plans', '-o', 'out'], ['validate', 'plans']]) {
      const result = cli([...command, '--lang', 'zh'], dir);
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('错误  plans/dangling.txt: 链接指向的文件不存在（悬空链接）');
      expect(result.stderr).toContain('错误  plans/loop.txt: 链接最终指回自身（循环链接）');
      expect(result.stderr).toContain('错误  plans/locked: 无法列出此文件夹的内容（权限不足）');
      expect(result.stderr).toContain('错误  plans/\\xB9\\xA4\\xD7\\xF7.txt: 文件名不是 UTF-8 编码；请改名后再读取');
      expect(result.stderr).toContain('plans/evil.txt: 链接指向所给文件夹之外的文件，未予跟随（--follow-links 可读取）');
      expect(result.stderr).toContain('plans/x.txt: 是命名管道（FIFO），不是普通文件；只读取文件');
      expect(result.stderr).not.toMatch(/a link|not a regular|cannot list|not UTF-8/);
    }
    chmodSync(join(dir, 'plans', 'locked'), 0o755);
    const followed = cli(['validate', 'plans', '/dev/zero', '--follow-links', '--lang', 'zh'], dir);
    expect(followed.stderr).toContain('plans/evil.txt: 链接指向设备文件，不是普通文件；只读取文件');
    expect(followed.stderr).toContain('/dev/zero: 是设备文件，不是普通文件；只读取文件');
  });

  it('says a file over --max-input-size in Chinese under --lang zh', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-size-'));
    writeFileSync(join(dir, 'big.txt'), PLAN + '各部门按时完成。'.repeat(50_000));
    const { io, stderr } = recordingIo(dir);
    expect(await run(['validate', 'big.txt', '--max-input-size', '1MB', '--lang', 'zh'], io)).toBe(2);
    expect(stderr()).toContain('big.txt: 超过每个输入 1 MB 的读取上限（至少 1.1 MB；可用 --max-input-size 提高上限）');
    expect(collectInputs(['plans/loop.txt', 'plans/dangling.txt'], hostileFolder(), { lang: 'zh' }).missing.map((m) => m.reason)).toEqual(['链接最终指回自身（循环链接）', '链接指向的文件不存在（悬空链接）']);
  });

  it('a link loop or dangling link named on the command line is an error for it alone', () => {
    const dir = hostileFolder();
    const { inputs, missing } = collectInputs(['plans/loop.txt', 'plans/dangling.txt', 'plans/a.txt'], dir);
    expect(inputs.map((input) => input.path)).toEqual(['plans/a.txt']);
    expect(missing).toEqual([
      { path: 'plans/loop.txt', reason: 'a link that leads back to itself (link loop)' },
      { path: 'plans/dangling.txt', reason: 'a link to nothing (dangling link)' },
    ]);
  });

  it('shows names with their control characters and non-UTF-8 bytes escaped', () => {
    expect(escapeName('a\u001b[31mred\nb.txt')).toBe('a\\x1b[31mred\\nb.txt');
    expect(escapeName(Buffer.from([0x61, 0xb9, 0xa4, 0xe5, 0xb7, 0xa5, 0x2e]))).toBe('a\\xB9\\xA4工.');
  });
});
