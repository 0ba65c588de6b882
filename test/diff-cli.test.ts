import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { compile } from '../src/compile.js';
import { toJson } from '../src/emit/json.js';
import { DiffReport, DiffSeries } from '../src/model/index.js';
import { diffFixtures } from './diff-helpers.js';
import { SEED } from './helpers.js';

const NEW = diffFixtures().find((f) => f.name === 'seed-2023')!.new;

/** Runs the command line in a fresh folder and keeps what it printed. */
async function cli(...argv: string[]) {
  return cliWithStdin(readFileSync(SEED), ...argv);
}

async function cliWithStdin(stdin: Uint8Array, ...argv: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'policy-compile-diff-'));
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => stdin,
    cwd,
    env: {},
    stderrIsTTY: false,
  });
  return { code, stdout, stderr, cwd };
}

describe('policy-compile diff', () => {
  it('prints a short summary and exits 0', async () => {
    const { code, stdout, stderr } = await cli('diff', SEED, NEW);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('≠ 2022-quanmian-yifa-zhishi (2022) → new (2023)  33 nodes changed');
    expect(stderr).toMatch(/nodes {8}4 added, 2 removed, 9 reworded, 1 moved, 1 split, 1 merged, 15 renumbered, 15 unchanged/);
    expect(stderr).toContain('cited        +《中华人民共和国对外关系法》 −《XXX法治思想学习问答》');
  });

  it('exits 1 with --exit-code when the editions differ, 0 when they do not', async () => {
    expect((await cli('diff', SEED, NEW, '--exit-code')).code).toBe(1);
    const same = await cli('diff', SEED, SEED, '--exit-code');
    expect(same.code).toBe(0);
    expect(same.stderr).toContain('no differences');
  });

  it('writes the report in the format of the file extension', async () => {
    for (const [file, start] of [
      ['report.html', '<!DOCTYPE html>'],
      ['report.md', '## policy-compile diff'],
      ['report.json', '{'],
    ] as const) {
      const { code, cwd, stderr } = await cli('diff', SEED, NEW, '-o', file);
      expect(code).toBe(0);
      expect(readFileSync(join(cwd, file), 'utf8').startsWith(start)).toBe(true);
      expect(stderr).toContain(`wrote ${file}`);
    }
  });

  it('writes a format to stdout with --format', async () => {
    const { code, stdout } = await cli('diff', SEED, NEW, '--format', 'json');
    expect(code).toBe(0);
    expect(DiffReport.parse(JSON.parse(stdout)).changed).toBe(true);
  });

  it('compares a series, each edition with the next', async () => {
    const { code, stdout, stderr } = await cli('diff', SEED, NEW, SEED, '--format', 'json');
    expect(code).toBe(0);
    const series = DiffSeries.parse(JSON.parse(stdout));
    // The same file twice gets two ids (the second numbered).
    expect(series.reports.map((r) => [r.old.year, r.new.year])).toEqual([
      [2022, 2023],
      [2023, 2022],
    ]);
    expect(series.reports[1]!.new.id).toMatch(/2022-quanmian-yifa-zhishi-2$/);
    expect(series.reports[1]!.summary.nodes.split).toBe(series.reports[0]!.summary.nodes.merged);
    expect(stderr.match(/≠/g)).toHaveLength(2);
  });

  it('reads compiled JSON documents, and stdin', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-compile-json-'));
    const file = join(folder, 'seed.json');
    writeFileSync(file, toJson(compile(readFileSync(SEED), { path: 'seeds/2022-quanmian-yifa-zhishi.txt' }).document));
    const fromJson = await cli('diff', file, NEW, '--format', 'json');
    const fromText = await cli('diff', SEED, NEW, '--format', 'json');
    expect(fromJson.code).toBe(0);
    expect(JSON.parse(fromJson.stdout).changes).toEqual(JSON.parse(fromText.stdout).changes);
    const fromStdin = await cli('diff', '-', SEED, '--exit-code');
    expect(fromStdin.code).toBe(0);
    const jsonOnStdin = await cliWithStdin(readFileSync(file), 'diff', '-', SEED, '--exit-code');
    expect(jsonOnStdin.code).toBe(0);
  });

  it('names the file that is not a compiled document, and exits 2', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-compile-json-'));
    writeFileSync(join(folder, 'other.json'), '{"name": "not a plan"}');
    writeFileSync(join(folder, 'broken.json'), '{"id": ');
    const other = await cli('diff', join(folder, 'other.json'), NEW);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/other\.json: not a compiled policy-compile document at id: /);
    const broken = await cli('diff', join(folder, 'broken.json'), NEW);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json: not valid JSON/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on bad usage or an unreadable edition, and leaves an existing report alone', async () => {
    expect((await cli('diff', SEED)).code).toBe(2);
    const missing = await cli('diff', SEED, 'nope.txt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.txt: no such file');
    const unknown = await cli('diff', SEED, NEW, '-o', 'report.pdf');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('cannot tell the report format from report.pdf');
    expect((await cli('diff', SEED, NEW, '-o', 'no/such/folder/r.html')).code).toBe(2);
    expect((await cli('diff', '-', '-')).code).toBe(2);

    const folder = mkdtempSync(join(tmpdir(), 'policy-compile-keep-'));
    const report = join(folder, 'report.html');
    writeFileSync(report, 'previous report');
    expect((await cli('diff', SEED, join(folder, 'missing.txt'), '-o', report)).code).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe('previous report');
    expect(readdirSync(folder)).toEqual(['report.html']);
  });

  it('names the report it cannot write and why, with no stack and no temporary', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-compile-unwritable-'));
    writeFileSync(join(folder, 'a-file'), '');
    const inFile = await cli('diff', SEED, NEW, '-o', join(folder, 'a-file', 'r.md'));
    expect(inFile.code).toBe(2);
    expect(inFile.stderr).toContain(`cannot write to ${join(folder, 'a-file', 'r.md')}: a part of the path is a file`);
    const zh = await cli('diff', SEED, NEW, '-o', join(folder, 'a-file', 'r.md'), '--lang', 'zh');
    expect(zh.stderr).toContain(`无法写入 ${join(folder, 'a-file', 'r.md')}：路径中有一级是文件`);
    // /proc takes no new files (Linux): the write itself fails, after the editions were compared.
    if (process.platform === 'linux') {
      const proc = await cli('diff', SEED, NEW, '-o', '/proc/report.md');
      expect(proc.code).toBe(2);
      expect(proc.stderr).toMatch(/^error {2}cannot write \/proc\/report\.md: \S/m);
      expect(proc.stderr).not.toMatch(/\.tmp|\n\s+at /);
    }
  });
});
