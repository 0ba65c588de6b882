import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
