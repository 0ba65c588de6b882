// An output file that cannot be written is an error for that file, named as it would have been
// (never by its temporary); the run goes on, index.json is written, no temporary is left.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileOne } from '../src/cli/compile-one.js';
import { run } from '../src/cli/run.js';
import { recordingIo } from './cli-io.js';
import { ROOT } from './helpers.js';

const PLAN = '一、总体要求\n1.加强领导。各部门按时完成。\n';
const BIG = `一、总体要求\n${Array.from({ length: 3000 }, (_, i) => `${i + 1}.加强领导。推进政务服务标准化建设，完善考核办法（市考核办负责）。`).join('\n')}\n`;

function noTemporaries(folder: string): void {
  expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
}

describe('emit failures are per file', () => {
  it('EFBIG under ulimit -f: the big plan is an error naming its file, the small one is written, and index.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-efbig-'));
    writeFileSync(join(dir, 'a-big.txt'), BIG);
    writeFileSync(join(dir, 'b-small.txt'), PLAN);
    // 256 blocks of 1 KB: the small plan's files and the index fit, the big plan's JSON does not.
    const result = spawnSync('bash', ['-c', `ulimit -f 256; exec "${process.execPath}" "${ROOT}bin/policy-compile.js" a-big.txt b-small.txt -o out -f json --jobs 1`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stderr).toContain('error  a-big.txt: cannot write a-big.json: larger than the system lets one file grow (ulimit -f)');
    expect(result.stderr).not.toMatch(/\.tmp|\n\s+at /);
    expect(result.stderr).toContain('1 compiled, 1 unreadable');
    expect(result.status).toBe(2);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['b-small.json', 'index.json']);
    const index = JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8'));
    expect(index.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'write-failed', file: 'a-big.txt', message: expect.stringContaining('cannot write a-big.json') }));
  });

  it('run-wide files under ulimit -f: documents.jsonl and index.json are dropped with an error naming each, the run goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-efbig-run-'));
    writeFileSync(join(dir, 'a-small.txt'), PLAN);
    writeFileSync(join(dir, 'b-big.txt'), BIG);
    // The big plan's line does not fit in documents.jsonl, nor its 2,999 duplicate-sentence findings in index.json.
    const result = spawnSync('bash', ['-c', `ulimit -f 256; exec "${process.execPath}" "${ROOT}bin/policy-compile.js" a-small.txt b-big.txt -o out -f jsonl --jobs 1 --lang zh`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stderr).toContain('错误  无法写入 documents.jsonl：超过系统允许的单个文件大小（ulimit -f）；本次运行不再输出该文件');
    expect(result.stderr).toContain('错误  无法写入 index.json：超过系统允许的单个文件大小（ulimit -f）；本次运行不再输出该文件');
    expect(result.stderr).not.toMatch(/EFBIG|\n\s+at /);
    expect(result.stderr).toContain('已编译2份，无法读取0份，错误0项，警告2999项；已写入 out，共0个文件');
    expect(result.status).toBe(2);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it.skipIf(!existsSync('/dev/full'))('a full standard output is an error that says so (exit 2); a full standard error does not stop the run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-full-'));
    writeFileSync(join(dir, 'a.txt'), PLAN);
    const command = `exec "${process.execPath}" "${ROOT}bin/policy-compile.js"`;
    const env = { ...process.env, NO_COLOR: '1' };
    const stdout = spawnSync('bash', ['-c', `${command} a.txt --stdout -f csv --lang zh > /dev/full`], { cwd: dir, encoding: 'utf8', env });
    expect(stdout.stderr).toBe('错误  无法写入 标准输出：磁盘空间不足\n');
    expect(stdout.status).toBe(2);
    const stderr = spawnSync('bash', ['-c', `${command} a.txt -o out 2> /dev/full`], { cwd: dir, encoding: 'utf8', env });
    expect(stderr.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.csv', 'a.json', 'a.yaml', 'index.json']);
  });

  it('a folder where an output file goes: an error for that file, the next input is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-inway-'));
    writeFileSync(join(dir, 'a.txt'), PLAN);
    writeFileSync(join(dir, 'b.txt'), PLAN);
    mkdirSync(join(dir, 'out', 'a.json', 'inside'), { recursive: true });
    const { io, stderr } = recordingIo(dir);
    expect(await run(['a.txt', 'b.txt', '-o', 'out', '-f', 'json,csv'], io)).toBe(2);
    expect(stderr()).toContain('error  a.txt: cannot write a.json: a folder of that name is in the way');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.json', 'b.csv', 'b.json', 'index.json']);
    noTemporaries(join(dir, 'out'));
    const zh = recordingIo(dir);
    expect(await run(['a.txt', 'b.txt', '-o', 'out', '-f', 'json,csv', '--lang', 'zh'], zh.io)).toBe(2);
    expect(zh.stderr()).toContain('错误  a.txt: 无法写入 a.json：已有同名文件夹');
  });

  it('an output too large for one string (Invalid string length) is an error naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-length-'));
    const tools = {
      emitters: {
        csv: () => 'ok\n',
        json: () => {
          throw new RangeError('Invalid string length');
        },
      },
    };
    const outcome = await compileOne({ path: 'p.txt', file: null, bytes: new TextEncoder().encode(PLAN), id: 'p', read: {}, formats: ['csv', 'json'], folder: dir }, tools);
    expect(outcome).toMatchObject({ kind: 'failed', problem: 'p.txt: cannot write p.json: the output is too large to build as one string', finding: { ruleId: 'write-failed', file: 'p.txt' } });
    const zh = await compileOne({ path: 'p.txt', file: null, bytes: new TextEncoder().encode(PLAN), id: 'p', read: { lang: 'zh' }, formats: ['csv', 'json'], folder: dir }, tools);
    expect(zh).toMatchObject({ kind: 'failed', problem: 'p.txt: 无法写入 p.json：输出过大，无法生成为单个字符串', finding: { ruleId: 'write-failed', message: '无法写入 p.json：输出过大，无法生成为单个字符串' } });
    noTemporaries(dir);
  });
});
