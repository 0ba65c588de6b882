import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../src/cli/choose-language.js';
import type { Io } from '../src/cli/io.js';
import { run } from '../src/cli/run.js';
import { LABELS } from '../src/diff/render/labels.js';
import { LANGUAGES } from '../src/i18n/language.js';
import { MESSAGES } from '../src/i18n/messages.js';
import { rules } from '../src/validate/rules/index.js';
import { compile } from '../src/compile.js';
import { read } from '../src/read.js';
import { validate } from '../src/validate/validate.js';
import { ROOT } from './helpers.js';

/** The two locales of the must-show: Chinese, and the C locale (English). */
const LOCALES = { zh: { LANG: 'zh_CN.UTF-8' }, en: { LANG: 'C' } } as const;

/** What one run of the command line did. */
interface CliRun {
  stdout: string;
  stderr: string;
  code: number;
}

async function runCli(argv: string[], env: Record<string, string>, cwd = ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => new Uint8Array(),
    cwd,
    env,
    stderrIsTTY: false,
    stdoutIsTTY: false,
  };
  const code = await run(argv, io);
  return { stdout, stderr, code };
}

/** A run as Markdown a reviewer can read: the locale, the command, the exit code, stdout and stderr. */
function snapshotMarkdown(env: Record<string, string>, argv: string[], result: CliRun): string {
  const command = ['policy-compile', ...argv.map((arg) => (/[\s'"]/.test(arg) ? `'${arg}'` : arg))].join(' ');
  const block = (text: string) => (text ? `\`\`\`text\n${text.endsWith('\n') ? text : `${text}\n`}\`\`\`` : '(empty)');
  const locale = Object.entries(env).map(([name, value]) => `${name}=${value}`).join(' ');
  return `# ${command}\n\n\`\`\`console\n$ ${locale} ${command}\n\`\`\`\n\nExit code: **${result.code}**\n\n## stdout\n\n${block(result.stdout)}\n\n## stderr\n\n${block(result.stderr)}\n`;
}

// A folder of plans to compile: an edition with findings, and an image, which is refused.
const work = mkdtempSync(join(tmpdir(), 'policy-compile-i18n-'));
mkdirSync(join(work, 'plans'));
copyFileSync(join(ROOT, 'fixtures/validate/edition/2023-quanmian-yifa-zhishi.txt'), join(work, 'plans/2023-quanmian-yifa-zhishi.txt'));
copyFileSync(join(ROOT, 'fixtures/validate/unreadable/scan.png'), join(work, 'plans/scan.png.txt'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// A configuration that is wrong in each way a hand-written one is, one file each (the first mistake is the one said).
writeFileSync(join(work, 'unknown-rule.yaml'), 'rules:\n  numbering-gaps: error\n');
writeFileSync(join(work, 'bad-value.yaml'), 'numbering: sometimes\n');
writeFileSync(join(work, 'bad-type.json'), '{ "rules": ["numbering-gap"] }\n');
// A stream of records for the filter: one not JSON, one without an id, one plan.
writeFileSync(join(work, 'records.jsonl'), ['{"id": "broken", ', '{"text": "一、总体要求"}', JSON.stringify({ id: 'plain', text: '一、总体要求\n1.加强学习。由市司法局负责，2022年底前完成。\n' })].join('\n') + '\n');
// A compiled edition nested deeper than the diff takes.
let deep: Record<string, unknown> = { kind: 'item', children: [] };
for (let depth = 0; depth < 40; depth++) deep = { kind: 'item', children: [deep] };
writeFileSync(join(work, 'deep.json'), JSON.stringify({ title: 'x', body: [deep] }));
// A folder with a dangling link and a link loop.
mkdirSync(join(work, 'links'));
copyFileSync(join(ROOT, 'fixtures/validate/rules/numbering-gap/passes.txt'), join(work, 'links/good.txt'));
symlinkSync('nothing-here.txt', join(work, 'links/dangling.txt'));
symlinkSync('loop.txt', join(work, 'links/loop.txt'));

/** Each case: a name (the snapshot files `<name>.<lang>.md`), the arguments, where it runs, and the exit code it gives in both languages. */
const cases: Array<{ name: string; argv: string[]; cwd?: string; code: number }> = [
  // The summary, findings and a refusal of a compile run.
  { name: 'compile-summary', argv: ['plans/', '-o', 'out'], cwd: work, code: 2 },
  // Every rule's message, on the rules' fixtures.
  { name: 'validate-findings', argv: ['validate', 'fixtures/validate/rules/'], code: 1 },
  { name: 'validate-refusal', argv: ['validate', 'fixtures/validate/unreadable/scan.png', 'no-such-plan.txt'], code: 2 },
  { name: 'usage-error', argv: ['compile', 'seeds/'], code: 2 },
  // Commander's own errors: an invalid choice, a missing argument, an unknown option.
  { name: 'invalid-choice', argv: ['validate', 'seeds/', '--format', 'xml'], code: 2 },
  { name: 'missing-argument', argv: ['validate'], code: 2 },
  { name: 'unknown-option', argv: ['seeds/', '-o', 'out', '--frial'], code: 2 },
  { name: 'diff-markdown', argv: ['diff', 'fixtures/diff/commitments/old.txt', 'fixtures/diff/commitments/new.txt', '--format', 'md'], code: 0 },
  // A configuration that cannot be read or is wrong: the zod issues of each kind.
  { name: 'config-missing', argv: ['validate', 'plans/', '--config', 'no-such.yaml'], cwd: work, code: 2 },
  { name: 'config-unknown-rule', argv: ['validate', 'plans/', '--config', 'unknown-rule.yaml'], cwd: work, code: 2 },
  { name: 'config-bad-value', argv: ['validate', 'plans/', '--config', 'bad-value.yaml'], cwd: work, code: 2 },
  { name: 'config-bad-type', argv: ['validate', 'plans/', '--config', 'bad-type.json'], cwd: work, code: 2 },
  // A run that fails on its warnings alone.
  { name: 'validate-frail', argv: ['validate', 'fixtures/validate/rules/numbering-gap/fires.txt', '--frail'], code: 1 },
  { name: 'validate-max-warnings', argv: ['validate', 'fixtures/validate/rules/numbering-gap/fires.txt', '--max-warnings', '0'], code: 1 },
  // The streaming filter: failed records, the closing line, a usage error, a missing file of records.
  { name: 'filter', argv: ['--from', 'jsonl', 'records.jsonl', '-f', 'tasks'], cwd: work, code: 0 },
  { name: 'filter-usage', argv: ['--from', 'jsonl', '-', '-f', 'yaml'], code: 2 },
  { name: 'filter-missing-file', argv: ['--from', 'jsonl', 'no-such.jsonl'], code: 2 },
  // The diff refuses an edition past its limits; folders with links that lead nowhere; a glob that matches nothing.
  { name: 'diff-edition-limit', argv: ['diff', 'deep.json', 'deep.json'], cwd: work, code: 2 },
  { name: 'collect-links', argv: ['validate', 'links/', 'nowhere/*.txt'], cwd: work, code: 2 },
  { name: 'help', argv: ['--help'], code: 0 },
  { name: 'help-compile', argv: ['compile', '--help'], code: 0 },
  { name: 'help-validate', argv: ['validate', '--help'], code: 0 },
  { name: 'help-diff', argv: ['diff', '--help'], code: 0 },
];

describe('the interface in Chinese and in English (snapshots: test/__snapshots__/i18n/*.md)', () => {
  for (const { name, argv, cwd, code } of cases) {
    for (const lang of LANGUAGES) {
      it(`${name} under LANG=${LOCALES[lang].LANG}: exits ${code}`, async () => {
        const result = await runCli(argv, LOCALES[lang], cwd);
        await expect(snapshotMarkdown(LOCALES[lang], argv, result)).toMatchFileSnapshot(`__snapshots__/i18n/${name}.${lang}.md`);
        expect(result.code).toBe(code);
      });
    }
  }

  it('says the summary, a finding, a refusal and the help in Chinese under zh, in English under C', async () => {
    const zh = await runCli(['plans/', '-o', 'out-zh'], LOCALES.zh, work);
    expect(zh.stderr).toMatch(/已编译1份，无法读取1份，错误\d+项，警告\d+项；已写入 out-zh，共\d+个文件/);
    expect(zh.stderr).toContain('plans/scan.png.txt: 这是PNG 图片');
    expect(zh.stderr).toMatch(/警告  .*之前缺号：缺少/);
    expect(zh.stderr).not.toMatch(/compiled|unreadable|warning|error/);
    const en = await runCli(['plans/', '-o', 'out-en'], LOCALES.en, work);
    expect(en.stderr).toMatch(/1 compiled, 1 unreadable, \d+ errors?, \d+ warnings?; wrote \d+ files in out-en/);
    expect(en.stderr).toContain('plans/scan.png.txt: this is a PNG image');
    expect(en.stderr).not.toMatch(/[\u4e00-\u9fff]{2,}.*(?:已编译|无法读取)/);
    for (const argv of [['--help'], ['compile', '--help'], ['validate', '--help'], ['diff', '--help']]) {
      const help = (await runCli(argv, LOCALES.zh)).stdout;
      expect(help).toMatch(/^用法：/);
      expect(help).toContain('选项：');
      expect(help).toContain('显示命令的帮助');
      expect(help).not.toContain('Usage:');
      expect((await runCli(argv, LOCALES.en)).stdout).toMatch(/^Usage:/);
    }
  });

  it('keeps rule ids, JSON keys, exit codes and file contents the same in both languages; only messages change', async () => {
    const json = async (lang: 'en' | 'zh') => {
      const result = await runCli(['validate', 'fixtures/validate/rules/', '--format', 'json'], LOCALES[lang]);
      return { code: result.code, findings: JSON.parse(result.stdout) as Array<Record<string, unknown>> };
    };
    const [zh, en] = [await json('zh'), await json('en')];
    expect(zh.code).toBe(en.code);
    expect(zh.findings.map((f) => Object.keys(f))).toEqual(en.findings.map((f) => Object.keys(f)));
    const withoutMessage = (f: Record<string, unknown>) => ({ ...f, message: undefined });
    expect(zh.findings.map(withoutMessage)).toEqual(en.findings.map(withoutMessage));
    expect(zh.findings.every((f, i) => f.message !== en.findings[i]!.message)).toBe(true);
    // The compiled files are data: the same bytes whatever the language; index.json keeps the findings, whose messages alone differ.
    await runCli(['plans/', '-o', 'same-zh'], LOCALES.zh, work);
    await runCli(['plans/', '-o', 'same-en'], LOCALES.en, work);
    const files = readdirSync(join(work, 'same-en')).sort();
    expect(readdirSync(join(work, 'same-zh')).sort()).toEqual(files);
    for (const file of files.filter((name) => name !== 'index.json')) expect(readFileSync(join(work, 'same-zh', file)), file).toEqual(readFileSync(join(work, 'same-en', file)));
    const index = (folder: string) => JSON.stringify(JSON.parse(readFileSync(join(work, folder, 'index.json'), 'utf8')), (key, value: unknown) => (key === 'message' ? '' : value));
    expect(index('same-zh')).toBe(index('same-en'));
  });

  it('says the last messages that were English only in both languages: configuration, the filter, --frail and --max-warnings, the diff\'s limits, folders', async () => {
    const cases: Array<{ argv: string[]; cwd?: string; en: string[]; zh: string[] }> = [
      { argv: ['validate', 'plans/', '--config', 'no-such.yaml'], cwd: work, en: ['no-such.yaml: cannot read the configuration (no such file)'], zh: ['no-such.yaml: 无法读取配置文件（文件不存在）'] },
      { argv: ['validate', 'plans/', '--config', 'unknown-rule.yaml'], cwd: work, en: ['unknown-rule.yaml:2:3: rules.numbering-gaps: Unrecognized key: "numbering-gaps"'], zh: ['unknown-rule.yaml:2:3: rules.numbering-gaps: 无法识别的键："numbering-gaps"'] },
      { argv: ['validate', 'plans/', '--config', 'bad-value.yaml'], cwd: work, en: ['bad-value.yaml:1:12: numbering: Invalid option: expected one of "any"|"restart"|"continuous"'], zh: ['bad-value.yaml:1:12: numbering: 取值无效：应为 "any"、"restart"、"continuous" 之一'] },
      { argv: ['validate', 'plans/', '--config', 'bad-type.json'], cwd: work, en: ['bad-type.json:1:12: rules: Invalid input: expected record, received array'], zh: ['bad-type.json:1:12: rules: 类型有误：应为对象，实际为数组'] },
      { argv: ['validate', 'fixtures/validate/rules/numbering-gap/fires.txt', '--frail'], en: ['✖ 1 warning, and --frail allows none'], zh: ['✖ 警告1项，而 --frail 不允许有任何警告'] },
      { argv: ['validate', 'fixtures/validate/rules/numbering-gap/fires.txt', '--max-warnings', '0'], en: ['✖ 1 warning, more than --max-warnings 0 allows'], zh: ['✖ 警告1项，超过 --max-warnings 允许的0项'] },
      {
        argv: ['--from', 'jsonl', 'records.jsonl', '-f', 'tasks'],
        cwd: work,
        en: ['error  records.jsonl: line 1: not JSON (', 'error  records.jsonl: line 2: expected {"id", "text"} or', '1 compiled, 2 failed; wrote tasks to stdout', '"error":"not JSON ('],
        zh: ['错误  records.jsonl: 第1行: 不是 JSON（', '错误  records.jsonl: 第2行: 应为 {"id", "text"} 或', '已编译1条，失败2条；已将 tasks 写到标准输出', '"error":"不是 JSON（'],
      },
      { argv: ['--from', 'jsonl', '-', '-f', 'yaml'], en: ['--from jsonl writes one of jsonl, csv, tasks, not yaml'], zh: ['--from jsonl 只能输出 jsonl、csv、tasks 之一，不能输出 yaml'] },
      { argv: ['--from', 'jsonl', '-', '-o', 'out'], en: ['--from jsonl writes to stdout: leave out -o'], zh: ['--from jsonl 只写到标准输出：请去掉 -o'] },
      { argv: ['--from', 'jsonl', 'no-such.jsonl'], en: ['no-such.jsonl: no such file'], zh: ['no-such.jsonl: 文件不存在'] },
      { argv: ['--from', 'jsonl', 'seeds'], en: ['seeds: is a folder'], zh: ['seeds: 是文件夹'] },
      { argv: ['diff', 'deep.json', 'deep.json'], cwd: work, en: ['deep.json: edition refused: nodes nested more than 32 levels deep at body.0.children.0'], zh: ['deep.json: 拒绝读取该版本：节点嵌套超过32层（位于 body.0.children.0'] },
      {
        argv: ['validate', 'links/', 'nowhere/*.txt'],
        cwd: work,
        en: ['links/dangling.txt: a link to nothing (dangling link)', 'links/loop.txt: a link that leads back to itself (link loop)', 'nowhere/*.txt: no file matches this pattern'],
        zh: ['links/dangling.txt: 链接指向的文件不存在（悬空链接）', 'links/loop.txt: 链接最终指回自身（循环链接）', 'nowhere/*.txt: 没有与此模式匹配的文件'],
      },
      { argv: ['plans/', '-o', 'out-size', '--max-input-size', 'lots'], cwd: work, en: ['expected a size such as 20000000, 500KB or 64MB'], zh: ['应为字节数，如 20000000、500KB 或 64MB'] },
    ];
    for (const { argv, cwd, en, zh } of cases) {
      const [inEnglish, inChinese] = [await runCli(argv, LOCALES.en, cwd), await runCli(argv, LOCALES.zh, cwd)];
      expect(inChinese.code, argv.join(' ')).toBe(inEnglish.code);
      for (const text of en) expect(inEnglish.stdout + inEnglish.stderr, argv.join(' ')).toContain(text);
      for (const text of zh) expect(inChinese.stdout + inChinese.stderr, argv.join(' ')).toContain(text);
      // Nothing of the English sentences is left in the Chinese (file names, options and quoted values aside).
      expect(inChinese.stderr, argv.join(' ')).not.toMatch(/\b(?:cannot|expected|allows|more than|no such|is a folder|compiled|failed|writes|a link|matches|nested|refused|error|warning)\b/);
    }
  });

  it('--lang picks the language whatever the locale', async () => {
    expect((await runCli(['compile', 'seeds/', '--lang', 'zh'], LOCALES.en)).stderr).toContain('请指定输出位置');
    expect((await runCli(['compile', 'seeds/', '--lang=en'], LOCALES.zh)).stderr).toContain('say where to write');
    expect((await runCli(['--lang', 'fr', 'seeds/'], LOCALES.en)).code).toBe(2);
  });
});

describe('the library takes the language as an option', () => {
  const plan = '一、总体要求\n1.加强领导。\n3.完善制度。\n';

  it('compile and validate give findings in the language asked for, English by default, with the same rule ids', () => {
    const en = compile(plan);
    const zh = compile(plan, { lang: 'zh' });
    expect(zh.diagnostics.map((d) => d.ruleId)).toEqual(en.diagnostics.map((d) => d.ruleId));
    expect(en.diagnostics.find((d) => d.ruleId === 'numbering-gap')!.message).toBe('item 3. follows a gap: 2 missing');
    expect(zh.diagnostics.find((d) => d.ruleId === 'numbering-gap')!.message).toBe('条目 3. 之前缺号：缺少 2');
    expect(validate(zh.document, { lang: 'zh' }).find((d) => d.ruleId === 'numbering-gap')!.message).toBe('条目 3. 之前缺号：缺少 2');
  });

  it("validate's schema findings name zod's issue in the language asked for, zod's own English by default", () => {
    const document = compile(plan).document;
    const broken = { ...document, title: 42, body: [{ ...document.body[0]!, kind: 'chapter' }] } as never;
    expect(validate(broken).map((d) => d.message)).toEqual(['title: Invalid input: expected string, received number', 'body.0.kind: Invalid option: expected one of "section"|"subsection"|"item"|"subitem"|"point"']);
    expect(validate(broken, { lang: 'zh' }).map((d) => d.message)).toEqual(['title：类型有误：应为字符串，实际为数字', 'body.0.kind：取值无效：应为 "section"、"subsection"、"item"、"subitem"、"point" 之一']);
  });

  it("a reader's refusal is made in both languages; compile picks the one of its options", async () => {
    const damaged = await read(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { path: 'plan.docx' });
    expect(compile(damaged).diagnostics[0]!.message).toMatch(/^This file is a damaged or cut-short zip archive/);
    expect(compile(damaged, { lang: 'zh' }).diagnostics[0]!.message).toMatch(/^此文件是已损坏或不完整的 zip 压缩包/);
    const page = await read(new TextEncoder().encode('<!DOCTYPE html><html><body><a href="a.pdf">附件</a></body></html>'), { path: 'page.html' });
    expect(compile(page, { lang: 'zh' }).diagnostics[0]!.message).toMatch(/[\u4e00-\u9fff]/u);
    expect(compile(new Uint8Array(), { lang: 'zh' }).diagnostics[0]!.message).toBe('文件为空');
    expect(compile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), { lang: 'zh' }).diagnostics[0]!.message).toMatch(/^这是PNG 图片/);
  });
});

describe('chooseLanguage', () => {
  it('takes --lang first, then LC_ALL, LC_MESSAGES and LANG in that order; zh* is Chinese, anything else English', () => {
    expect(chooseLanguage([], {})).toBe('en');
    expect(chooseLanguage([], { LANG: 'C' })).toBe('en');
    expect(chooseLanguage([], { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(chooseLanguage([], { LANG: 'zh_TW.Big5' })).toBe('zh');
    expect(chooseLanguage([], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' })).toBe('zh');
    expect(chooseLanguage([], { LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'C' })).toBe('en');
    expect(chooseLanguage([], { LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'C', LC_ALL: 'zh_CN.UTF-8' })).toBe('zh');
    expect(chooseLanguage([], { LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(chooseLanguage(['seeds/', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(chooseLanguage(['--lang=zh'], { LANG: 'C' })).toBe('zh');
    expect(chooseLanguage(['--', '--lang', 'zh'], { LANG: 'C' })).toBe('en');
  });
});

describe('the catalogue', () => {
  const keys = Object.keys(MESSAGES) as Array<keyof typeof MESSAGES>;

  it('has every message in both languages, and the Chinese is Chinese', () => {
    for (const key of keys) {
      const entry = MESSAGES[key] as Record<string, unknown>;
      expect(Object.keys(entry).sort(), key).toEqual([...LANGUAGES].sort());
      for (const lang of LANGUAGES) expect(typeof entry[lang], `${key}.${lang}`).toBe('function');
      // Messages that name no values can be called as they are.
      const zh = entry.zh as (p?: unknown) => string;
      if (zh.length === 0) expect(zh(), key).toMatch(/[\u4e00-\u9fff]/u);
    }
    // Labels that take numbers are called with some; `kindCount` takes the kind's label, which is checked itself.
    const { kindCount, separator, ...rest } = LABELS.zh;
    expect(separator).toBe('，');
    expect(kindCount(3, LABELS.zh.kinds.added)).toBe('新增3');
    const labels = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : typeof value === 'function' ? [String((value as (...a: number[]) => string)(3, 5, 7, 9))] : Object.values(value as object).flatMap(labels);
    expect(Object.keys(LABELS.zh).sort()).toEqual(Object.keys(LABELS.en).sort());
    for (const label of labels(rest)) expect(label).toMatch(/[\u4e00-\u9fff]/u);
  });

  it('covers every kind of message: each rule, the summary, usage, inputs, refusals, diff and help', () => {
    for (const rule of rules) expect(keys.some((key) => key === `rule.${rule.id}` || key.startsWith(`rule.${rule.id}.`)), rule.id).toBe(true);
    const kinds = new Set(keys.map((key) => key.split('.')[0]));
    for (const kind of ['severity', 'summary', 'usage', 'input', 'report', 'rule', 'refusal', 'place', 'diff', 'help']) expect(kinds, kind).toContain(kind);
  });

  it('holds no message that nothing uses', () => {
    const sources: string[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !path.endsWith('messages.ts')) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(ROOT, 'src'));
    const all = sources.join('\n');
    // Keys chosen by a condition are named whole in the code too (`opens ? 'rule.x.open' : 'rule.x.close'`).
    for (const key of keys) expect(all.includes(`'${key}'`), key).toBe(true);
  });
});
