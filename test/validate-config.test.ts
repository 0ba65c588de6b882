import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { findConfig, loadConfig } from '../src/cli/load-config.js';
import { UsageError } from '../src/cli/usage-error.js';
import { compile } from '../src/compile.js';
import { Config } from '../src/model/index.js';
import { ROOT } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'policy-compile-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a file under the scratch folder and returns its path. */
function write(path: string, text: string): string {
  const file = join(scratch, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** The message of the UsageError `f` throws. */
function usageError(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no error thrown');
}

describe('finding the configuration', () => {
  it('takes the nearest file above the input, JSON before YAML in one folder', () => {
    const top = write('a/policy-compile.config.yaml', 'numbering: restart\n');
    const inner = write('a/b/policy-compile.config.json', '{}');
    write('a/b/policy-compile.config.yaml', 'numbering: continuous\n');
    expect(findConfig(join(scratch, 'a/b/c'))).toBe(inner);
    expect(findConfig(join(scratch, 'a/x'))).toBe(top);
    expect(findConfig(join(scratch, 'elsewhere'))).toBeNull();
  });
});

describe('reading the configuration', () => {
  it('reads YAML and JSON into the same configuration', () => {
    const yaml = write('y/policy-compile.config.yaml', 'rules:\n  numbering-gap: error\n  missing-unit: warning\nnumbering: continuous\n');
    const json = write('j/policy-compile.config.json', '{ "rules": { "numbering-gap": "error", "missing-unit": "warning" }, "numbering": "continuous" }');
    const expected = { rules: { 'numbering-gap': 'error', 'missing-unit': 'warning' }, numbering: 'continuous' };
    expect(loadConfig(yaml, scratch)).toEqual(expected);
    expect(loadConfig(json, scratch)).toEqual(expected);
    expect(loadConfig(write('e/policy-compile.config.yaml', ''), scratch)).toEqual({});
  });

  it('names file, line and column of an unknown rule, a wrong severity, an unknown option and a syntax error', () => {
    const unknownRule = write('u/policy-compile.config.json', '{\n  "rules": {\n    "numbering-gaps": "error"\n  }\n}\n');
    expect(usageError(() => loadConfig(unknownRule, scratch))).toMatch(/^u\/policy-compile\.config\.json:3:5: rules\.numbering-gaps: /);
    const badSeverity = write('s/policy-compile.config.yaml', 'rules:\n  numbering-gap: fatal\n');
    expect(usageError(() => loadConfig(badSeverity, scratch))).toMatch(/^s\/policy-compile\.config\.yaml:2:18: rules\.numbering-gap: /);
    const unknownOption = write('o/policy-compile.config.yaml', 'numbering: any\nunits: required\n');
    expect(usageError(() => loadConfig(unknownOption, scratch))).toMatch(/^o\/policy-compile\.config\.yaml:2:1: units: /);
    const syntax = write('x/policy-compile.config.json', '{ "rules": { "numbering-gap": "error", } ');
    expect(usageError(() => loadConfig(syntax, scratch))).toMatch(/^x\/policy-compile\.config\.json:\d+:\d+: /);
    expect(usageError(() => loadConfig(join(scratch, 'none.json'), scratch))).toMatch(/^none\.json: cannot read/);
  });

  it('says each mistake in the language asked for, English by default, at the same file, line and column', () => {
    const cases: Array<{ path: string; text: string; en: string; zh: string }> = [
      { path: 'l/missing.json', text: '', en: ': cannot read the configuration (no such file)', zh: ': 无法读取配置文件（文件不存在）' },
      { path: 'l/u/policy-compile.config.json', text: '{\n  "rules": {\n    "numbering-gaps": "error"\n  }\n}\n', en: ':3:5: rules.numbering-gaps: Unrecognized key: "numbering-gaps"', zh: ':3:5: rules.numbering-gaps: 无法识别的键："numbering-gaps"' },
      { path: 'l/k/policy-compile.config.yaml', text: 'units: x\nlevels: 3\n', en: ':1:1: units: Unrecognized keys: "units", "levels"', zh: ':1:1: units: 无法识别的键："units"、"levels"' },
      {
        path: 'l/s/policy-compile.config.yaml',
        text: 'rules:\n  numbering-gap: fatal\n',
        en: ':2:18: rules.numbering-gap: Invalid option: expected one of "error"|"warning"|"warn"|"info"|"off"',
        zh: ':2:18: rules.numbering-gap: 取值无效：应为 "error"、"warning"、"warn"、"info"、"off" 之一',
      },
      { path: 'l/t/policy-compile.config.yaml', text: 'rules: strict\n', en: ':1:8: rules: Invalid input: expected record, received string', zh: ':1:8: rules: 类型有误：应为对象，实际为字符串' },
      { path: 'l/a/policy-compile.config.json', text: '[]', en: ':1:1: configuration: Invalid input: expected object, received array', zh: ':1:1: 配置: 类型有误：应为对象，实际为数组' },
      { path: 'l/p/policy-compile.config.json', text: '{"rules": {"__proto__": "off"}}', en: ':1:12: rules.__proto__: Unrecognized key: "__proto__"', zh: ':1:12: rules.__proto__: 无法识别的键："__proto__"' },
      { path: 'l/x/policy-compile.config.json', text: '{ "rules": { "numbering-gap": "error", } ', en: ':1:42: Flow map must end with a }', zh: ':1:42: 语法错误：Flow map must end with a }' },
    ];
    for (const { path, text, en, zh } of cases) {
      const file = text ? write(path, text) : join(scratch, path);
      expect(usageError(() => loadConfig(file, scratch)), path).toContain(`${path}${en}`);
      expect(usageError(() => loadConfig(file, scratch, 'en')), path).toContain(`${path}${en}`);
      expect(usageError(() => loadConfig(file, scratch, 'zh')), path).toContain(`${path}${zh}`);
    }
  });

  it("leaves zod's global configuration alone: a schema of the library user's still speaks English after a Chinese parse", () => {
    expect(usageError(() => loadConfig(write('g/policy-compile.config.yaml', 'numbering: none\n'), scratch, 'zh'))).toContain('取值无效');
    expect(Config.safeParse({ numbering: 'none' }).error!.issues[0]!.message).toMatch(/^Invalid option/);
  });
});

describe('the configuration applied', () => {
  const plan = '一、重点任务\n1.推进依法行政。完善制度。\n3.加强监督。开展评查，规范市县(区）执法。\n';

  it('changes severities, turns rules off, and turns missing-unit on', () => {
    const ids = (config: Config) => compile(plan, { config }).diagnostics.map((d) => `${d.ruleId}:${d.severity}`);
    expect(ids({})).toEqual(['numbering-gap:warning', 'mixed-width-bracket:warning']);
    expect(ids({ rules: { 'numbering-gap': 'error', 'mixed-width-bracket': 'off' } })).toEqual(['numbering-gap:error']);
    expect(ids({ rules: { 'mixed-width-bracket': 'off', 'missing-unit': 'info' } })).toEqual(['missing-unit:info', 'numbering-gap:warning', 'missing-unit:info']);
  });
});

describe('schemas/config.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8'));
  const check = new Ajv2020({ strict: false }).compile(schema);

  it('accepts what the zod schema accepts and refuses what it refuses', () => {
    const samples: unknown[] = [
      {},
      { rules: { 'missing-unit': 'error' }, numbering: 'restart' },
      parseYaml(readFileSync(join(ROOT, 'fixtures/validate/config/strict/policy-compile.config.yaml'), 'utf8')),
      { rules: { 'no-such-rule': 'error' } },
      { rules: { 'numbering-gap': 'fatal' } },
      { numbering: 'sometimes' },
      { units: 'required' },
    ];
    for (const sample of samples) expect(check(sample), JSON.stringify(sample)).toBe(Config.safeParse(sample).success);
    expect(samples.filter((sample) => Config.safeParse(sample).success)).toHaveLength(3);
  });
});
