import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { run } from '../src/cli/run.js';
import { compile } from '../src/compile.js';
import { Config, RuleId } from '../src/model/index.js';
import { ruleById } from '../src/validate/rules/index.js';
import { ROOT } from './helpers.js';


/** The first ```text block after a heading of the page. */
function example(page: string, heading: string): string {
  const match = new RegExp(`^## ${heading}\\n[\\s\\S]*?\`\`\`text\\n([\\s\\S]*?)\`\`\``, 'm').exec(page);
  if (!match) throw new Error(`no ${heading} example`);
  return match[1]!;
}

describe('docs/rules/<id>.md', () => {
  for (const id of RuleId.options) {
    const file = join(ROOT, 'docs/rules', `${id}.md`);
    const rule = ruleById[id];
    // Rules that are off by default are switched on to run their examples.
    const config = rule.severity === 'off' ? { rules: { [id]: 'error' as const } } : {};

    it(`${id}: has the rule's description and default severity`, () => {
      expect(existsSync(file)).toBe(true);
      const page = readFileSync(file, 'utf8');
      expect(page.split('\n').slice(0, 3)).toEqual([`# ${id}`, '', rule.description]);
      expect(page).toContain(`Default severity: **${rule.severity}**`);
    });

    it(`${id}: its failing example fires the rule`, () => {
      const { diagnostics } = compile(example(readFileSync(file, 'utf8'), 'Fails'), { config });
      expect(diagnostics.map((d) => d.ruleId)).toContain(id);
    });

    it(`${id}: its passing example is clean`, () => {
      const { diagnostics } = compile(example(readFileSync(file, 'utf8'), 'Passes'), { config });
      expect(diagnostics.map((d) => `${d.ruleId} ${d.position?.start.line}`)).toEqual([]);
    });
  }
});

describe('docs/validate.md', () => {
  const page = readFileSync(join(ROOT, 'docs/validate.md'), 'utf8');
  const yamlBlocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parseYaml(match[1]!));

  it('has a configuration example that the schema accepts', () => {
    const config = yamlBlocks.find((block) => block && typeof block === 'object' && 'rules' in block);
    expect(Config.parse(config)).toMatchObject({ numbering: 'continuous', rules: { 'missing-unit': 'error' } });
  });

  it('has a workflow that validates plans/ on every push, with a command that passes on the seed', async () => {
    const workflow = yamlBlocks.find((block) => block && typeof block === 'object' && 'jobs' in block) as {
      on: string[];
      jobs: Record<string, { steps: Array<{ run?: string }> }>;
    };
    expect(workflow.on).toContain('push');
    const commands = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
    const validate = commands.find((command) => command.startsWith('policy-compile validate plans/'))!;
    expect(validate).toBe('policy-compile validate plans/ --format github');
    // The seed stands for the repository's plans/ (test/docs-true.test.ts runs the workflow in such a folder).
    const { stdout, code } = await runQuiet(validate.replace('plans/', 'seeds/').split(' ').slice(1));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^::warning file=seeds\//);
  });
});

/** Runs the command line in the project folder and keeps what it writes. */
async function runQuiet(argv: string[]): Promise<{ stdout: string; code: number }> {
  let stdout = '';
  const code = await run(argv, {
    stdout: (text) => void (stdout += text),
    stderr: () => {},
    readStdin: async () => new Uint8Array(),
    cwd: ROOT,
    env: {},
    stderrIsTTY: false,
  });
  return { stdout, code };
}
