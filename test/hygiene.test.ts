// Terminal and report hygiene: names that could colour a terminal or split a line, mentions in a
// Markdown report, bytes that only look like UTF-16, device names, hostile configurations.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { compile, idFromPath } from '../src/compile.js';
import { diffRenderers, diffSeries } from '../src/index.js';
import { recordingIo } from './cli-io.js';

const PLAN = '一、总体要求\n1.加强领导。各部门按时完成。\n';

describe('terminal and report hygiene', () => {
  it('a file name with ESC and a newline is escaped on the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-names-'));
    const name = 'a\u001b[31mred\nfake.txt';
    writeFileSync(join(dir, name), '一、总体要求\n1.加强领导。各部门按时完成。\n3.重复。\n');
    for (const args of [['validate', '.'], ['.', '-o', 'out']]) {
      const { io, stdout, stderr } = recordingIo(dir);
      await run(args, io);
      expect(stdout() + stderr()).not.toContain('\u001b');
      expect(stdout() + stderr()).toContain('a\\x1b[31mred\\nfake.txt');
    }
  });

  it('a Markdown report does not ping @user or @org/team', () => {
    const series = diffSeries([compile(PLAN).document, compile(PLAN.replace('加强领导', '加强领导@someone 与 @org/team')).document]);
    const report = diffRenderers.md(series);
    expect(report).not.toMatch(/@(?!\u200b)[A-Za-z0-9]/);
    expect(report).toContain('@\u200bsomeone');
  });

  it('FF FE and random bytes are not text; odd-length UTF-16 without a BOM gets a UTF-16 message', () => {
    const random = Uint8Array.from([0xff, 0xfe, ...Array.from({ length: 400 }, (_, i) => (i * 97 + 13) % 256)]);
    expect(compile(random).diagnostics[0]).toMatchObject({ ruleId: 'unreadable', message: expect.stringContaining('not text') });
    const utf16 = Buffer.from(PLAN, 'utf16le');
    expect(compile(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16])).document.body).toHaveLength(1);
    const odd = Buffer.concat([utf16, Buffer.from([0x0a])]);
    expect(compile(odd).diagnostics[0]!.message).toContain('UTF-16 text without a byte-order mark, but it has an odd number of bytes');
    expect(compile(odd, { lang: 'zh' }).diagnostics[0]!.message).toBe('这看起来是不带字节顺序标记（BOM）的 UTF-16 文本，但字节数为奇数（文件不完整，或多了一个字节？）');
    expect(compile(random, { lang: 'zh' }).diagnostics[0]!.message).toMatch(/^这不是文本：/);
  });

  it('Windows device names are caught in any position', () => {
    expect(['nul.tar.txt', 'aux.md.a', 'com1.plan', 'CONIN$', 'dir/con.txt', 'console.txt'].map(idFromPath)).toEqual([
      'nul-document.tar',
      'aux-document.md',
      'com1-document',
      'CONIN$-document',
      'con-document',
      'console',
    ]);
  });

  it('a YAML configuration with too many aliases is refused naming its file; __proto__ in rules like constructor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-config-'));
    writeFileSync(join(dir, 'plan.txt'), PLAN);
    let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) bomb += `l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]\n`;
    writeFileSync(join(dir, 'bomb.yaml'), bomb);
    writeFileSync(join(dir, 'proto.json'), '{"rules": {"__proto__": "off"}}');
    writeFileSync(join(dir, 'proto.yaml'), 'rules:\n  numbering-gap: error\n  __proto__: off\n');
    const said = async (config: string) => {
      const { io, stderr } = recordingIo(dir);
      expect(await run(['validate', 'plan.txt', '--config', config], io)).toBe(2);
      return stderr();
    };
    expect(await said('bomb.yaml')).toContain('error  bomb.yaml: Excessive alias count');
    expect(await said('proto.json')).toContain('proto.json:1:12: rules.__proto__: Unrecognized key: "__proto__"');
    expect(await said('proto.yaml')).toContain('proto.yaml:3:3: rules.__proto__: Unrecognized key: "__proto__"');
  });
});
