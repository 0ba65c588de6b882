import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../src/cli/run.js';
import { rules } from '../src/validate/rules/index.js';
import { recordingIo } from './cli-io.js';
import { ROOT } from './helpers.js';

// The documentation's examples, counts and option lists, held to the code.

const temporary: string[] = [];
afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

/** The fenced blocks of a language in a Markdown file. */
function blocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map((match) => match[1]!);
}

describe('the GitHub Actions workflow of docs/validate.md', () => {
  const doc = readFileSync(`${ROOT}docs/validate.md`, 'utf8');
  const workflow = blocks(doc, 'yaml')
    .map((text) => parse(text) as { jobs?: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }> })
    .find((parsed) => parsed?.jobs)!;
  const steps = Object.values(workflow.jobs!)[0]!.steps;

  it('uses current major versions of its actions and Node.js 22 or newer', () => {
    // The majors that run on Node.js 24 (the Node.js 20 runner was retired in 2026); older ones warn or fail.
    const current: Record<string, number> = { 'actions/checkout': 6, 'actions/setup-node': 6, 'github/codeql-action/upload-sarif': 4 };
    const used = steps.flatMap((step) => (step.uses ? [step.uses.split('@') as [string, string]] : []));
    expect(used.map(([name]) => name).sort()).toEqual(Object.keys(current).sort());
    for (const [name, version] of used) expect(Number(/^v(\d+)/.exec(version)?.[1]), name).toBeGreaterThanOrEqual(current[name]!);
    const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node'))!;
    expect(Number(setup.with?.['node-version'])).toBeGreaterThanOrEqual(22);
  });

  it('needs no lock file: no npm cache, no npm ci', () => {
    const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node'))!;
    expect(setup.with).not.toHaveProperty('cache');
    expect(steps.map((step) => step.run ?? '').join('\n')).not.toMatch(/npm ci|package-lock/);
  });

  it('its commands run in a folder that holds only plans, and write a SARIF log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-workflow-'));
    temporary.push(dir);
    cpSync(`${ROOT}seeds`, join(dir, 'plans'), { recursive: true });
    // `npm install --global policy-compile` stands for the installed command: this checkout's bin.
    writeFileSync(join(dir, 'policy-compile'), `#!/bin/sh\nexec "${process.execPath}" "${ROOT}bin/policy-compile.js" "$@"\n`);
    chmodSync(join(dir, 'policy-compile'), 0o755);
    const commands = steps.flatMap((step) => (step.run && !step.run.startsWith('npm install') ? [step.run] : []));
    expect(commands.length).toBe(2);
    for (const command of commands) {
      const run = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, CI: 'true' } });
      expect(run.status, `${command}\n${run.stderr}`).toBe(0);
    }
    const log = JSON.parse(readFileSync(join(dir, 'policy-compile.sarif'), 'utf8'));
    expect(log.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['mixed-width-bracket']);
  });
});

/** The part of a Markdown file under a heading, up to the next heading of the same or a higher level. */
function section(markdown: string, heading: RegExp): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#+ /.test(line) && heading.test(line));
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** The long options named in the first column of the first `| option |` table of a section. */
function documentedOptions(text: string): Set<string> {
  const lines = text.split('\n');
  const header = lines.findIndex((line) => /^\| option \|/.test(line));
  expect(header, 'an option table').toBeGreaterThanOrEqual(0);
  const rows = [];
  for (let i = header + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!.split('|')[1]!);
  return new Set(rows.flatMap((cell) => cell.match(/--[a-z][a-z-]*/g) ?? []).filter((flag) => flag !== '--help' && flag !== '--version'));
}

/** The long options a command has, as its --help lists them. */
async function commandOptions(command: string): Promise<Set<string>> {
  const { io, stdout } = recordingIo(ROOT);
  await run([command, '--help'], io);
  const options = stdout().split('\nOptions:\n')[1]!.split('\n\n')[0]!;
  return new Set([...options.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((match) => match[1]!).filter((flag) => flag !== '--help'));
}

const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

describe('counts and option lists in the docs', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');

  it('the README counts the rules of the registry', () => {
    const said = /\b([A-Z][a-z]+) rules, one file each/.exec(readme)?.[1]?.toLowerCase();
    expect(said).toBe(NUMBERS[rules.length]);
    // docs/validate.md lists each rule once.
    const table = section(readFileSync(`${ROOT}docs/validate.md`, 'utf8'), /^### Rules$/);
    expect(new Set([...table.matchAll(/^\| \[`([a-z-]+)`\]/gm)].map((match) => match[1]))).toEqual(new Set(rules.map((rule) => rule.id)));
  });

  const tables: Array<[string, string, RegExp, string]> = [
    ['README.md', 'compile', /^## compile/, 'compile'],
    ['README.md', 'validate', /^## validate/, 'validate'],
    ['README.md', 'diff', /^## diff/, 'diff'],
    ['docs/validate.md', 'validate', /^### Command and options/, 'validate'],
    ['docs/diff.md', 'diff', /^## Command and options/, 'diff'],
  ];
  for (const [file, name, heading, command] of tables) {
    it(`${file} lists every option of ${name}, and no other`, async () => {
      const documented = documentedOptions(section(readFileSync(`${ROOT}${file}`, 'utf8'), heading));
      expect([...documented].sort()).toEqual([...(await commandOptions(command))].sort());
    });
  }
});

/** `rows 1–5, 9 and 10`: row numbers as the docs write them, runs of three or more joined by a dash. */
function rowsInWords(rows: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    if (j - i >= 2) runs.push(`${rows[i]}–${rows[j]}`);
    else for (let k = i; k <= j; k++) runs.push(String(rows[k]));
    i = j + 1;
  }
  return `${rows.length === 1 ? 'row' : 'rows'} ${runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}` : runs[0]}`;
}

describe('the task tables of docs/task-table.md', () => {
  const doc = readFileSync(`${ROOT}docs/task-table.md`, 'utf8');
  const cases: Array<[string, number]> = [
    ['seeds/2022-quanmian-yifa-zhishi.txt', 0],
    ['fixtures/extract/notations/input.txt', 1],
    ['fixtures/published/docx/task-table.txt', 2],
  ];
  for (const [input, k] of cases) {
    it(`names the rows of ${input} it shows, and shows them as the CSV has them`, async () => {
      const { io, stdout } = recordingIo(ROOT);
      await run([input, '--stdout', '-f', 'csv'], io);
      const csv = stdout().replace(/^\uFEFF/, '').split('\r\n');
      const block = blocks(doc, 'csv')[k]!.trimEnd().split('\n');
      expect(block[0]).toBe(csv[0]);
      const rows = block.slice(1).map((line) => csv.indexOf(line));
      expect(rows, 'every line shown is a row of the CSV').not.toContain(-1);
      const before = doc.slice(0, doc.lastIndexOf('```', doc.indexOf(blocks(doc, 'csv')[k]!)));
      // The paragraph that introduces the block names its rows.
      const paragraph = before.trimEnd().slice(before.trimEnd().lastIndexOf('\n\n'));
      expect(paragraph.replace(/\s+/g, ' ').toLowerCase()).toContain(rowsInWords(rows));
    });
  }
});
