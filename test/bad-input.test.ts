import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { compile, UNREADABLE } from '../src/compile.js';
import { toSourceText } from '../src/emit/source-text.js';
import { Document } from '../src/model/index.js';
import { recordingIo } from './cli-io.js';
import { ROOT } from './helpers.js';

const folder = `${ROOT}fixtures/bad-input/`;
// `reader`: a format with a reader of its own, which the command line hands the file to; the
// reader's words are its own (tested with the reader), here only that the file is named and refused.
type Expected = { refused: string; line: number | null; reader?: string } | { warning: string; line: number };
const expected = JSON.parse(readFileSync(`${folder}expected.json`, 'utf8')) as Record<string, Expected>;

describe('bad input (fixtures/bad-input, expected.json)', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    expect(readdirSync(folder).filter((f) => f !== 'expected.json').sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s: the library returns the finding, without throwing', (file, expectation) => {
    const bytes = readFileSync(`${folder}${file}`);
    const { document, diagnostics } = compile(bytes, { path: file });
    expect(Document.safeParse(document).success).toBe(true);
    if ('refused' in expectation) {
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ ruleId: UNREADABLE, severity: 'error', file });
      expect(diagnostics[0]!.message).toContain(expectation.refused);
      expect(diagnostics[0]!.position?.start.line ?? null).toBe(expectation.line);
      expect(document.body).toEqual([]);
    } else {
      expect(diagnostics.map((d) => [d.ruleId, d.severity, d.position?.start.line])).toEqual([[expectation.warning, 'warning', expectation.line]]);
      expect(document.body).toEqual([]);
      expect(document.preamble.length + document.front.length).toBeGreaterThan(0);
      expect(toSourceText(document)).toBe(bytes.toString('utf8'));
    }
  });

  it('the CLI names each refused file (and line), writes nothing for it, compiles the rest and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-bad-'));
    cpSync(folder, join(dir, 'in'), { recursive: true });
    const files = Object.keys(expected).map((file) => `in/${file}`);
    const { io, stderr } = recordingIo(dir);
    expect(await run([...files, '-o', 'out'], io)).toBe(2);
    for (const [file, expectation] of Object.entries(expected)) {
      if (!('refused' in expectation)) continue;
      const said = stderr().split('\n').find((line) => line.startsWith(`error  in/${file}${expectation.line ? `:${expectation.line}` : ''}: `));
      if (expectation.reader) expect(said, file).toBeDefined();
      else expect(said, file).toContain(expectation.refused);
      expect(existsSync(join(dir, 'out', `${file.replace(/\.[^.]*$/, '')}.json`)), file).toBe(false);
    }
    expect(stderr()).toContain('in/no-structure.txt:1:1  warning  no numbered sections or items');
    expect(stderr()).toContain('1 compiled, 14 unreadable, 0 errors, 1 warning');
    expect(stderr()).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['index.json', 'no-structure.csv', 'no-structure.json', 'no-structure.yaml']);
    // index.json lists the refused inputs among its findings, so a CI job reading it sees them.
    const index = JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8'));
    expect(index.documents.map((d: { id: string }) => d.id)).toEqual(['no-structure']);
    const refusals = index.diagnostics.filter((d: { ruleId: string }) => d.ruleId === UNREADABLE);
    expect(refusals.map((d: { file: string }) => d.file).sort()).toEqual(files.filter((f) => f !== 'in/no-structure.txt').sort());
    expect(refusals.find((d: { file: string }) => d.file === 'in/data.bin')).toMatchObject({ severity: 'error', message: expect.stringContaining('binary file'), position: { start: { line: 3 } } });
  });

  it('the CLI reads a file in the encoding it is told to, and refuses an unknown one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-enc-'));
    cpSync(`${ROOT}fixtures/encodings`, join(dir, 'enc'), { recursive: true });
    const forced = recordingIo(dir);
    expect(await run(['enc/seed-gb18030.txt', '--stdout', '-f', 'json', '--encoding', 'GBK'], forced.io)).toBe(0);
    expect(JSON.parse(forced.stdout()).source.encoding).toBe('gb18030');
    const wrong = recordingIo(dir);
    expect(await run(['enc/seed-gb18030.txt', '--stdout', '-f', 'json', '--encoding', 'utf-8'], wrong.io)).toBe(0);
    expect(wrong.stderr()).toContain('garbled-text');
    const unknown = recordingIo(dir);
    expect(await run(['enc/plan.txt', '--stdout', '-f', 'json', '--encoding', 'latin1'], unknown.io)).toBe(2);
    expect(unknown.stderr()).toContain("option '--encoding <name>' argument 'latin1' is invalid");
    // Big5 is never guessed, only read when named.
    writeFileSync(join(dir, 'big5.txt'), Uint8Array.from([0xa4, 0x40, 0xa1, 0x42, 0xc1, 0x60, 0xc5, 0xe9, 0xad, 0x6e, 0xa8, 0x44, 0x0a, 0x31, 0x2e, 0xb1, 0xc0, 0xb6, 0x69, 0xa1, 0x43, 0x0a]));
    const big5 = recordingIo(dir);
    expect(await run(['big5.txt', '--stdout', '-f', 'outline', '--encoding', 'big5'], big5.io)).toBe(0);
    expect(big5.stdout()).toContain('section 一、 總體要求');
    for (const command of [['validate'], ['diff', 'enc/plan.txt']]) {
      const { io } = recordingIo(dir);
      expect(await run([...command, 'enc/seed-gb18030.txt', '--encoding', 'gbk'], io), command[0]).not.toBe(2);
    }
  });
});

describe('a notice whose own text is numbered, with the plan after its date', () => {
  it('never reads the note (此件公开发布) as part of the plan’s title', () => {
    const text = [
      'XX市人民政府办公室关于印发XX市优化营商环境实施方案的通知',
      '各区县人民政府，市政府各部门：',
      '现将《XX市优化营商环境实施方案》印发给你们，并就有关事项通知如下：',
      '一、提高思想认识。各单位要充分认识优化营商环境的重要意义。',
      '二、抓好贯彻落实。各单位要结合实际制定具体措施。',
      'XX市人民政府办公室',
      '2023年3月15日',
      '（此件公开发布）',
      'XX市优化营商环境实施方案',
      '为持续激发市场主体活力，结合本市实际，制定本方案。',
      '一、重点任务',
      '1.全面实行行政许可事项清单管理。2023年6月底前完成清单编制。',
      '2.优化企业开办服务。企业开办时间压缩至1个工作日以内。',
    ].join('\n');
    const { document } = compile(text);
    expect(toSourceText(document)).toBe(text);
    const plan = document.attachments[0]!;
    expect(plan.title).toBe('XX市优化营商环境实施方案');
    expect(plan.front.map((block) => block.role)).toEqual(['note', 'title']);
  });
});
