import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { recordingIo } from './cli-io.js';
import { ROOT, SEED } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-compile-'));
  cpSync(`${ROOT}seeds`, join(dir, 'seeds'), { recursive: true });
});

const ID = '2022-quanmian-yifa-zhishi';

describe('policy-compile compile', () => {
  it('writes JSON, YAML, CSV and index.json for every plan in a folder, and exits 0', async () => {
    const { io, stderr } = recordingIo(dir);
    expect(await run(['seeds/', '-o', 'out/'], io)).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([`${ID}.csv`, `${ID}.json`, `${ID}.yaml`, 'index.json']);
    expect(stderr()).toContain(`✔ ${ID}  8 sections, 37 items, 124 obligations`);
    expect(stderr()).toContain('seeds/2022-quanmian-yifa-zhishi.txt:3:47  warning');
    expect(stderr()).toContain('1 compiled, 0 unreadable, 0 errors, 1 warning; wrote 4 files in out/');
    const index = JSON.parse(readFileSync(join(dir, 'out/index.json'), 'utf8'));
    expect(index.documents[0]).toMatchObject({ id: ID, year: 2022, files: [`${ID}.json`, `${ID}.yaml`, `${ID}.csv`], counts: { sections: 8, items: 37, obligations: 124 } });
  });

  it('accepts the explicit compile command, writes the same bytes on every run', async () => {
    await run(['compile', 'seeds', '-o', 'a'], recordingIo(dir).io);
    await run(['seeds', '-o', 'b'], recordingIo(dir).io);
    for (const file of readdirSync(join(dir, 'a'))) {
      expect(readFileSync(join(dir, 'b', file)).equals(readFileSync(join(dir, 'a', file))), file).toBe(true);
    }
  });

  it('writes the task table as UTF-8 CSV with a byte-order mark and one row per obligation', async () => {
    await run(['seeds', '-o', 'out', '--format', 'csv'], recordingIo(dir).io);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([`${ID}.csv`, 'index.json']);
    const bytes = readFileSync(join(dir, 'out', `${ID}.csv`));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('document,year,part,section,section_title,kind,number,label,obligation,text,leads,partners,deadline');
    expect(lines).toHaveLength(125);
    expect(lines[1]).toContain(',item,1.,深化XXX法治思想学习培训,sec_1__item_1__obl_1,');
  });

  it('writes one format of one document to stdout, also from stdin', async () => {
    const fromFile = recordingIo(dir);
    expect(await run(['seeds', '--stdout', '--format', 'outline'], fromFile.io)).toBe(0);
    expect(fromFile.stdout()).toContain('  item 33. 增强社会安全感 [2o]\n');
    const fromStdin = recordingIo(dir, { stdin: readFileSync(SEED) });
    expect(await run(['-', '--stdout', '-f', 'json'], fromStdin.io)).toBe(0);
    const document = JSON.parse(fromStdin.stdout());
    expect(document).toMatchObject({ id: 'stdin', source: { path: null } });
    expect(document.body).toHaveLength(8);
  });

  it('reads Markdown from stdin when told to', async () => {
    const { io, stdout } = recordingIo(dir, { stdin: '## 一、总体要求\n\n1. 加强领导。成立工作专班。\n' });
    expect(await run(['-', '--from', 'markdown', '--stdout', '-f', 'outline'], io)).toBe(0);
    expect(stdout()).toContain('section 一、 总体要求\n  item 1. 加强领导 [1o]\n');
  });

  it.each([
    [['seeds'], 'say where to write'],
    [['seeds', '-o', 'out', '--format', 'xml'], 'unknown format xml'],
    [['seeds', '--stdout'], '--stdout writes one format'],
    [['seeds', 'seeds', '--stdout', '-f', 'json'], '--stdout writes one document'],
    [['seeds', '-o', 'out', '--from', 'pdf'], "argument 'pdf' is invalid"],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const { io, stderr } = recordingIo(dir);
    expect(await run(argv, io)).toBe(2);
    expect(stderr()).toContain(message);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits 2 and names the file when an input cannot be read, still compiling the others', async () => {
    writeFileSync(join(dir, 'seeds', 'scan.txt'), Buffer.from('%PDF-1.4\n%âãÏÓ\n'));
    const { io, stderr } = recordingIo(dir);
    expect(await run(['seeds', 'missing.txt', '-o', 'out'], io)).toBe(2);
    // Read by the PDF reader (the bytes say PDF, whatever the name), which refuses it in its own words.
    expect(stderr()).toMatch(/^error {2}seeds\/scan\.txt: \S/m);
    expect(stderr()).toContain('missing.txt: no such file or folder');
    expect(stderr()).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'out', `${ID}.json`))).toBe(true);
  });

  it('refuses an output path that is a file and leaves it as it was', async () => {
    writeFileSync(join(dir, 'out'), 'keep me');
    const { io, stderr } = recordingIo(dir);
    expect(await run(['seeds', '-o', 'out'], io)).toBe(2);
    expect(stderr()).toContain('out exists and is not a folder');
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('keep me');
  });

  it('exits 1 on errors, and on warnings too with --frail', async () => {
    writeFileSync(join(dir, 'dup.txt'), '一、总体要求\n1.加强领导。成立专班。\n1.完善机制。建立台账。\n');
    writeFileSync(join(dir, 'gap.txt'), '一、总体要求\n1.加强领导。成立专班。\n3.完善机制。建立台账。\n');
    expect(await run(['dup.txt', '-o', 'out'], recordingIo(dir).io)).toBe(1);
    expect(await run(['gap.txt', '-o', 'out'], recordingIo(dir).io)).toBe(0);
    const frail = recordingIo(dir);
    expect(await run(['gap.txt', '-o', 'out', '--frail'], frail.io)).toBe(1);
    expect(frail.stderr()).toContain('gap.txt:3:1  warning  item 3. follows a gap: 2 missing  numbering-gap');
  });

  it('keeps distinct output names for inputs with the same file name', async () => {
    cpSync(join(dir, 'seeds'), join(dir, 'other'), { recursive: true });
    await run(['seeds', 'other', '-o', 'out'], recordingIo(dir).io);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json')).sort()).toEqual(['index.json', `other-${ID}.json`, `seeds-${ID}.json`]);
  });

  it('colours the summary only on a terminal without NO_COLOR', async () => {
    const tty = recordingIo(dir, { tty: true });
    await run(['seeds', '-o', 'out'], tty.io);
    expect(tty.stderr()).toContain('\u001b[');
    const noColor = recordingIo(dir, { tty: true, env: { NO_COLOR: '1' } });
    await run(['seeds', '-o', 'out'], noColor.io);
    expect(noColor.stderr()).not.toContain('\u001b[');
  });

  it('shows help with examples and exit codes', async () => {
    const { io, stdout } = recordingIo(dir);
    expect(await run(['compile', '--help'], io)).toBe(0);
    expect(stdout()).toContain('Examples:');
    expect(stdout()).toContain('Exit codes: 0 clean, 1 errors found');
  });

  it('runs as an installed bin', () => {
    const result = spawnSync(process.execPath, [`${ROOT}bin/policy-compile.js`, 'seeds', '--stdout', '-f', 'outline'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('section 八、 加强法治人才培养，建设高素质法治工作队伍');
  });
});

describe('inputs that are easy to get wrong', () => {
  it('reads standard input once: a second - is refused', async () => {
    const { io, stderr } = recordingIo(dir, { stdin: '一、总体要求\n1.加强领导。成立专班。\n' });
    expect(await run(['-', '-', '-o', 'out'], io)).toBe(2);
    expect(stderr()).toContain('-: standard input can be read only once');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['index.json', 'stdin.csv', 'stdin.json', 'stdin.yaml']);
  });
});
