import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { CSV_COLUMNS } from '../src/emit/csv.js';
import { recordingIo } from './cli-io.js';
import { ROOT } from './helpers.js';

// `policy-compile --from jsonl -`: records in on stdin, one line of output per record.
const SEED_NAME = 'seeds/2022-quanmian-yifa-zhishi.txt';
const DOCX = 'fixtures/published/docx/numbered-plan.docx';
const PNG = 'fixtures/bad-input/scan.png';
const base64 = (path: string) => readFileSync(`${ROOT}${path}`).toString('base64');

const records = [
  JSON.stringify({ id: 'seed', text: readFileSync(`${ROOT}${SEED_NAME}`, 'utf8'), name: SEED_NAME }),
  '{"id": "broken", "text": ',
  JSON.stringify({ id: 'word', bytes: base64(DOCX), name: DOCX }),
  JSON.stringify({ text: 'no id' }),
  '',
  JSON.stringify({ id: 'scan', bytes: base64(PNG), name: PNG }),
  JSON.stringify({ id: 'not-base64', bytes: '%%%', name: 'x.txt' }),
  JSON.stringify({ id: 'plain', text: '一、总体要求\n1.加强学习。由市司法局负责，2022年底前完成。\n' }),
];

/** What compiling one file as a file gives, as one JSON line. */
async function compiledFile(path: string, id: string) {
  const { io, stdout } = recordingIo(ROOT);
  await run([path, '--stdout', '-f', 'jsonl'], io);
  return { ...JSON.parse(stdout()), id };
}

describe('the streaming filter, --from jsonl', () => {
  it('answers each record with a line, in input order: a document, or an error that names the line, and goes on', async () => {
    const { io, stdout, stderr } = recordingIo(ROOT, { stdin: `${records.join('\n')}\r\n` });
    expect(await run(['--from', 'jsonl', '-'], io)).toBe(0);
    const lines = stdout().split('\n');
    expect(lines.pop()).toBe('');
    const out = lines.map((line) => JSON.parse(line));
    // Seven records (the blank line is none): three documents and four errors, in their order.
    expect(out.map((o) => o.id)).toEqual(['seed', null, 'word', null, 'scan', 'not-base64', 'plain']);
    expect(out[0]).toEqual(await compiledFile(SEED_NAME, 'seed'));
    // The Word file went through the same readers as a file on disk.
    expect(out[2]).toEqual(await compiledFile(DOCX, 'word'));
    expect(out[2].source.format).toBe('docx');
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringContaining('not JSON') });
    expect(out[3]).toMatchObject({ line: 4, error: expect.stringContaining('"id"') });
    expect(out[4]).toMatchObject({ line: 6, error: expect.stringContaining('PNG image') });
    expect(out[5]).toMatchObject({ line: 7, error: expect.stringContaining('"bytes"') });
    expect(out[6].source.path).toBeNull();
    expect(out[6].body[0].children.map((item: { label: string }) => item.label)).toEqual(['加强学习']);
    expect(stderr()).toMatch(/^error {2}line 2: not JSON/m);
    expect(stderr()).toMatch(/^error {2}line 6 \(scan\): /m);
    expect(stderr()).toContain('3 compiled, 4 failed; wrote jsonl to stdout\n');
    expect(stderr()).not.toMatch(/\n\s+at /);
  });

  it('writes task rows as CSV without header, and as JSON lines keyed by the CSV columns', async () => {
    const stdin = records.filter((_, i) => [0, 1, 7].includes(i)).join('\n');
    const csv = recordingIo(ROOT, { stdin });
    expect(await run(['--from', 'jsonl', '-', '-f', 'csv'], csv.io)).toBe(0);
    const tasks = recordingIo(ROOT, { stdin });
    expect(await run(['--from', 'jsonl', '-', '-f', 'tasks'], tasks.io)).toBe(0);
    const file = recordingIo(ROOT);
    await run([SEED_NAME, '--stdout', '-f', 'csv'], file.io);
    const seedRows = file.stdout().replace(/^\ufeff[^\n]*\n/, '').replaceAll('2022-quanmian-yifa-zhishi,', 'seed,');
    // The seed's rows as the CSV file has them, then the plain text's one row; the broken line only on stderr.
    expect(csv.stdout().startsWith(seedRows)).toBe(true);
    expect(csv.stdout().slice(seedRows.length)).toMatch(/^plain,.*市司法局.*\r\n$/);
    expect(csv.stderr()).toMatch(/^error {2}line 2: not JSON/m);
    const rows = tasks.stdout().trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(rows).toHaveLength(seedRows.split('\r\n').length - 1 + 1 + 1);
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows.find((row) => row.error)).toEqual({ document: null, line: 2, error: expect.stringContaining('not JSON') });
  });

  it('refuses what it cannot do, plainly', async () => {
    for (const [args, message] of [
      [['--from', 'jsonl', '-', '-f', 'yaml'], 'writes one of jsonl, csv, tasks'],
      [['--from', 'jsonl', '-', '-o', 'out'], 'leave out -o'],
      [['--from', 'jsonl', 'no-such.jsonl'], 'no-such.jsonl: no such file'],
    ] as const) {
      const { io, stderr } = recordingIo(ROOT);
      expect(await run([...args], io)).toBe(2);
      expect(stderr()).toContain(message);
    }
  });

  it('speaks Chinese under --lang zh: usage, each failed record, the closing line, files of records; the records keep their keys', async () => {
    for (const [args, message] of [
      [['--from', 'jsonl', '-', '-f', 'yaml'], '--from jsonl 只能输出 jsonl、csv、tasks 之一，不能输出 yaml'],
      [['--from', 'jsonl', '-', '-o', 'out'], '--from jsonl 只写到标准输出：请去掉 -o'],
      [['--from', 'jsonl', 'no-such.jsonl'], 'no-such.jsonl: 文件不存在'],
      [['--from', 'jsonl', 'seeds'], 'seeds: 是文件夹'],
    ] as const) {
      const zh = recordingIo(ROOT);
      expect(await run([...args, '--lang', 'zh'], zh.io)).toBe(2);
      expect(zh.stderr()).toContain(message);
      expect(zh.stderr()).not.toMatch(/no such|is a folder|writes|leave out/);
    }
    const en = recordingIo(ROOT, { stdin: `${records.join('\n')}\n` });
    expect(await run(['--from', 'jsonl', '-', '--lang', 'en'], en.io)).toBe(0);
    expect(en.stderr()).toContain('error  line 4: expected {"id", "text"} or {"id", "bytes" (base64), "name"}; check "id", "bytes", "name"\n');
    const { io, stdout, stderr } = recordingIo(ROOT, { stdin: `${records.join('\n')}\n` });
    expect(await run(['--from', 'jsonl', '-', '--lang', 'zh'], io)).toBe(0);
    expect(stderr()).toMatch(/^错误 {2}第2行: 不是 JSON（/m);
    expect(stderr()).toContain('错误  第4行: 应为 {"id", "text"} 或 {"id", "bytes"（base64）, "name"}；请检查 "id"、"bytes"、"name"\n');
    expect(stderr()).toMatch(/^错误 {2}第6行（scan）: fixtures\/bad-input\/scan\.png: 这是PNG 图片/m);
    expect(stderr()).toMatch(/^错误 {2}第7行（not-base64）: 应为 /m);
    expect(stderr()).toContain('已编译3条，失败4条；已将 jsonl 写到标准输出\n');
    expect(stderr()).not.toMatch(/compiled|failed|line \d|error /);
    // The error records are the same records, keys and ids and lines; only their `error` text follows the language.
    const zhLines = stdout().trimEnd().split('\n').map((line) => JSON.parse(line));
    const enLines = en.stdout().trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(zhLines.map((line) => Object.keys(line))).toEqual(enLines.map((line) => Object.keys(line)));
    expect(zhLines.map((line) => ({ ...line, error: typeof line.error }))).toEqual(enLines.map((line) => ({ ...line, error: typeof line.error })));
    expect(zhLines.filter((line) => line.error).map((line) => line.error)).toEqual([
      expect.stringMatching(/^不是 JSON（/),
      expect.stringMatching(/^应为 /),
      expect.stringMatching(/scan\.png: 这是PNG 图片/),
      expect.stringMatching(/^应为 /),
    ]);
  });
});
