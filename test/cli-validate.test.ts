import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvDraft04 from 'ajv-draft-04';
import formatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { run } from '../src/cli/run.js';
import { ROOT } from './helpers.js';

// ajv-formats and ajv-draft-04 are CommonJS: under NodeNext their default import is the module object.
const addFormats = formatsPlugin as unknown as typeof formatsPlugin.default;
const AjvDraft04 = ajvDraft04 as unknown as typeof ajvDraft04.default;

/** What one run of the command line did. */
interface CliRun {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs `policy-compile` in the project folder without colour or terminal, as CI would. */
async function runCli(argv: string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => new TextEncoder().encode(stdin),
    cwd: ROOT,
    env: {},
    stderrIsTTY: false,
    stdoutIsTTY: false,
  };
  const code = await run(argv, io);
  return { stdout, stderr, code };
}

/** A run as Markdown a reviewer can read: the command, the exit code, stdout and stderr. */
function snapshotMarkdown(argv: string[], result: CliRun): string {
  const command = ['policy-compile', ...argv.map((arg) => (/[\s'"]/.test(arg) ? `'${arg}'` : arg))].join(' ');
  const block = (text: string) => (text ? `\`\`\`text\n${text.endsWith('\n') ? text : `${text}\n`}\`\`\`` : '(empty)');
  return `# ${command}\n\n\`\`\`console\n$ ${command}\n\`\`\`\n\nExit code: **${result.code}**\n\n## stdout\n\n${block(result.stdout)}\n\n## stderr\n\n${block(result.stderr)}\n`;
}

const EDITION = 'fixtures/validate/edition/2023-quanmian-yifa-zhishi.txt';

/** Each case: a name (the snapshot file), the arguments, and the exit code it must give. */
const cases: Array<{ name: string; argv: string[]; code: number; stdin?: string }> = [
  { name: 'stylish-seed', argv: ['validate', 'seeds/'], code: 0 },
  { name: 'stylish-edition', argv: ['validate', EDITION], code: 1 },
  { name: 'json-edition', argv: ['validate', EDITION, '--format', 'json'], code: 1 },
  { name: 'github-edition', argv: ['validate', EDITION, '--format', 'github'], code: 1 },
  { name: 'sarif-edition', argv: ['validate', EDITION, '--format', 'sarif'], code: 1 },
  { name: 'stylish-clean', argv: ['validate', 'fixtures/validate/rules/numbering-gap/passes.txt'], code: 0 },
  { name: 'frail-seed', argv: ['validate', 'seeds/', '--frail'], code: 1 },
  { name: 'max-warnings-0-seed', argv: ['validate', 'seeds/', '--max-warnings', '0'], code: 1 },
  { name: 'max-warnings-1-seed', argv: ['validate', 'seeds/', '--max-warnings', '1'], code: 0 },
  { name: 'quiet-edition', argv: ['validate', EDITION, '--quiet'], code: 1 },
  { name: 'quiet-seed', argv: ['validate', 'seeds/', '--quiet', '--max-warnings', '0'], code: 0 },
  { name: 'stdin-markdown', argv: ['validate', '-', '--from', 'markdown'], code: 1, stdin: '# XX市2023年工作要点\n\n一、重点任务\n\n1.推进依法行政。完善制度。\n\n1.加强监督。开展评查。\n' },
  { name: 'config-found-upward', argv: ['validate', 'fixtures/validate/config/strict/plan.txt'], code: 1 },
  { name: 'config-given', argv: ['validate', 'seeds/', '--config', 'fixtures/validate/config/strict/policy-compile.config.yaml'], code: 0 },
  { name: 'config-invalid', argv: ['validate', 'fixtures/validate/config/invalid/plan.txt'], code: 2 },
  { name: 'config-broken-yaml', argv: ['validate', 'fixtures/validate/config/broken-yaml/plan.txt'], code: 2 },
  { name: 'config-missing', argv: ['validate', 'seeds/', '--config', 'no-such-config.json'], code: 2 },
  { name: 'unreadable-input', argv: ['validate', 'fixtures/validate/unreadable/scan.png', 'seeds/', 'no-such-plan.txt'], code: 2 },
  { name: 'unreadable-input-github', argv: ['validate', 'fixtures/validate/unreadable/scan.png', '--format', 'github'], code: 2 },
  { name: 'frail-seed-github', argv: ['validate', 'seeds/', '--frail', '--format', 'github'], code: 1 },
  { name: 'max-warnings-0-seed-sarif', argv: ['validate', 'seeds/', '--max-warnings', '0', '--format', 'sarif'], code: 1 },
  { name: 'config-invalid-beside-good-json', argv: ['validate', 'fixtures/validate/config/invalid/plan.txt', 'seeds/', '--format', 'json'], code: 2 },
  { name: 'config-invalid-beside-good-sarif', argv: ['validate', 'fixtures/validate/config/invalid/plan.txt', 'seeds/', '--format', 'sarif'], code: 2 },
  { name: 'config-both-json-and-yaml', argv: ['validate', 'fixtures/validate/config/both/plan.txt'], code: 0 },
  { name: 'config-warn', argv: ['validate', 'fixtures/validate/config/warn/plan.txt'], code: 1 },
  { name: 'unreadable-input-json', argv: ['validate', 'fixtures/validate/unreadable/scan.png', 'seeds/', 'no-such-plan.txt', '--format', 'json'], code: 2 },
  { name: 'unknown-format', argv: ['validate', 'seeds/', '--format', 'xml'], code: 2 },
  { name: 'bad-max-warnings', argv: ['validate', 'seeds/', '--max-warnings', 'many'], code: 2 },
];

describe('policy-compile validate (snapshots: test/__snapshots__/cli-validate/*.md)', () => {
  for (const { name, argv, code, stdin } of cases) {
    it(`${name}: exits ${code}`, async () => {
      const result = await runCli(argv, stdin);
      await expect(snapshotMarkdown(argv, result)).toMatchFileSnapshot(`__snapshots__/cli-validate/${name}.md`);
      expect(result.code).toBe(code);
    });
  }
});

describe('report formats', () => {
  const require = createRequire(import.meta.url);

  it('sarif: validates against the SARIF 2.1.0 JSON schema, one result per finding', async () => {
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    // The OASIS schema as published (2.1.0, rtm.5), shipped by @microsoft/jest-sarif.
    const check = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
    for (const argv of [['validate', EDITION, '--format', 'sarif'], ['validate', 'seeds/', 'fixtures/validate/unreadable/scan.png', '--format', 'sarif']]) {
      const { stdout } = await runCli(argv);
      const log = JSON.parse(stdout);
      expect(check(log), JSON.stringify(check.errors, null, 2)).toBe(true);
      const json = JSON.parse((await runCli([...argv.slice(0, -1), 'json'])).stdout) as Array<{ ruleId: string }>;
      // The JSON lists unreadable inputs as findings; SARIF as tool notifications.
      const unreadable = json.filter((d) => d.ruleId === 'unreadable').length;
      expect(log.runs[0].results).toHaveLength(json.length - unreadable);
      expect(log.runs[0].invocations[0].toolExecutionNotifications).toHaveLength(unreadable);
    }
    // And the validator does reject what is not SARIF, so the check above can fail.
    expect(check({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });

  it('sarif: results point at the rule, file and region of each finding', async () => {
    const log = JSON.parse((await runCli(['validate', EDITION, '--format', 'sarif'])).stdout);
    const run = log.runs[0];
    const duplicate = run.results.find((result: { ruleId: string }) => result.ruleId === 'duplicate-number');
    expect(duplicate.level).toBe('error');
    expect(run.tool.driver.rules[duplicate.ruleIndex].id).toBe('duplicate-number');
    expect(duplicate.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: EDITION },
      region: { startLine: 27, startColumn: 1, endLine: 27, endColumn: 4 },
    });
  });

  it('github: every line is a workflow command ::level file=…,line=…,col=…::message', async () => {
    const { stdout } = await runCli(['validate', EDITION, 'seeds/', '--format', 'github']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBe(6);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[a-z-]+::[^\n]+$/);
    }
    expect(lines).toContain(
      `::error file=${EDITION},line=27,endLine=27,col=1,endColumn=4,title=duplicate-number::item 20. repeats the number before it`,
    );
  });

  it('json: an array of diagnostics that validates against schemas/diagnostics.schema.json', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const check = ajv.compile(JSON.parse(readFileSync(`${ROOT}schemas/diagnostics.schema.json`, 'utf8')));
    const diagnostics = JSON.parse((await runCli(['validate', EDITION, 'seeds/', '--format', 'json'])).stdout);
    expect(check(diagnostics), JSON.stringify(check.errors)).toBe(true);
    expect(diagnostics.map((d: { file: string; position: { start: { line: number } } }) => `${d.file}:${d.position.start.line}`)).toEqual([
      `${EDITION}:2`,
      `${EDITION}:4`,
      `${EDITION}:9`,
      `${EDITION}:27`,
      `${EDITION}:36`,
      'seeds/2022-quanmian-yifa-zhishi.txt:3',
    ]);
  });

  it('colours the stylish report only when asked to', async () => {
    const { stdout } = await runCli(['validate', 'seeds/']);
    expect(stdout).not.toMatch(/\u001b\[/);
    let coloured = '';
    await run(['validate', 'seeds/'], {
      stdout: (text) => void (coloured += text),
      stderr: () => {},
      readStdin: async () => new Uint8Array(),
      cwd: ROOT,
      env: { FORCE_COLOR: '1' },
      stderrIsTTY: false,
      stdoutIsTTY: false,
    });
    expect(coloured).toMatch(/\u001b\[33mwarning/);
  });
});

describe('CI habits', () => {
  it('--frail and --max-warnings say in one line why the run fails, in every format', async () => {
    const stylish = await runCli(['validate', 'seeds/', '--max-warnings', '0']);
    expect(stylish.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 warning, more than --max-warnings 0 allows');
    const frail = await runCli(['validate', 'seeds/', '--frail', '--format', 'github']);
    expect(frail.stdout).toContain('::error title=policy-compile::1 warning, and --frail allows none\n');
    const sarif = JSON.parse((await runCli(['validate', 'seeds/', '--max-warnings', '0', '--format', 'sarif'])).stdout);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toEqual([{ level: 'error', message: { text: '1 warning, more than --max-warnings 0 allows' } }]);
    // A run that passes, or fails for its errors, gives no such line.
    expect((await runCli(['validate', 'seeds/', '--max-warnings', '1'])).stdout).not.toContain('allows');
    expect((await runCli(['validate', EDITION, '--frail'])).stdout).not.toContain('--frail');
  });

  it('a broken configuration in one folder fails its files with a config error; the others are validated', async () => {
    const { stdout, stderr, code } = await runCli(['validate', 'fixtures/validate/config/invalid/plan.txt', 'seeds/', '--format', 'json']);
    const findings = JSON.parse(stdout) as Array<{ ruleId: string; file: string; severity: string; message: string }>;
    expect(findings.map((d) => [d.file, d.ruleId, d.severity])).toEqual([
      ['fixtures/validate/config/invalid/plan.txt', 'config', 'error'],
      ['seeds/2022-quanmian-yifa-zhishi.txt', 'mixed-width-bracket', 'warning'],
    ]);
    expect(findings[0]!.message).toMatch(/^fixtures\/validate\/config\/invalid\/policy-compile\.config\.json:4:5: /);
    expect(stderr).toContain('policy-compile.config.json:4:5');
    expect(code).toBe(2);
  });

  it('unreadable inputs are unreadable errors in the JSON report, as in the other formats', async () => {
    const { stdout } = await runCli(['validate', 'fixtures/validate/unreadable/scan.png', 'no-such-plan.txt', '--format', 'json']);
    expect(JSON.parse(stdout)).toEqual([
      { ruleId: 'unreadable', severity: 'error', message: 'no such file or folder', file: 'no-such-plan.txt', position: null },
      expect.objectContaining({ ruleId: 'unreadable', severity: 'error', file: 'fixtures/validate/unreadable/scan.png' }),
    ]);
  });

  it('names the configuration used when a folder holds both a .json and a .yaml one; reads warn as warning', async () => {
    const both = await runCli(['validate', 'fixtures/validate/config/both/plan.txt']);
    expect(both.stderr).toBe('warning  fixtures/validate/config/both/policy-compile.config.json is used; policy-compile.config.yaml beside it is not\n');
    expect(both.code).toBe(0);
    const warn = await runCli(['validate', 'fixtures/validate/config/warn/plan.txt', '--format', 'json']);
    const findings = JSON.parse(warn.stdout) as Array<{ ruleId: string; severity: string }>;
    expect(findings.find((d) => d.ruleId === 'mixed-width-bracket')?.severity).toBe('error');
    expect(findings.filter((d) => d.ruleId !== 'mixed-width-bracket').every((d) => d.severity === 'warning')).toBe(true);
    expect(warn.stderr).toBe('');
  });
});
