// The hostile-input limits hold for every format the input layer reads, not only for text: the
// size cap per input, regular files only, Markdown that remark cannot take, and zip bombs.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { compile } from '../src/compile.js';
import { read } from '../src/read.js';
import { docxToText } from '../src/source/docx/docx-to-text.js';
import { MAX_UNPACKED_BYTES } from '../src/source/max-unpacked-bytes.js';
import { readZipEntries } from '../src/source/ofd/read-zip-entries.js';
import { recordingIo } from './cli-io.js';
import { ROOT } from './helpers.js';

const PLAN = '一、总体要求\n1.加强领导。各部门按时完成。\n';
const PUBLISHED = `${ROOT}fixtures/published/`;
/** One file of each format other than text, each larger than `CAP` bytes. */
const COPIES = ['docx/typed-plan.docx', 'pdf/page-break.pdf', 'ofd/plan.ofd', 'html/gb2312-page.html'];
const CAP = '2KB';
const TIMEOUT_MS = 20_000;

/** A folder holding a small plan in text and a copy of each published fixture. */
function folderOfFormats(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-compile-formats-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'a.txt'), PLAN);
  for (const copy of COPIES) cpSync(PUBLISHED + copy, join(dir, 'plans', copy.split('/')[1]!));
  return dir;
}

describe('the size cap applies to every format', () => {
  it('compile and validate refuse a Word file, a PDF, an OFD file and a web page over --max-input-size, and go on', async () => {
    const dir = folderOfFormats();
    for (const command of [['plans', '-o', 'out', '--jobs', '1'], ['validate', 'plans']]) {
      const { io, stderr } = recordingIo(dir);
      expect(await run([...command, '--max-input-size', CAP], io)).toBe(2);
      for (const copy of COPIES) expect(stderr()).toContain(`plans/${copy.split('/')[1]}: is larger than the 2 KB read per input`);
      expect(stderr()).not.toContain('plans/a.txt:');
    }
    const raised = recordingIo(dir);
    await run(['validate', 'plans', '--max-input-size', '1MB'], raised.io);
    expect(raised.stderr()).not.toContain('read per input');
  });

  it('diff refuses an edition over --max-input-size in any format', async () => {
    const dir = folderOfFormats();
    const { io, stderr } = recordingIo(dir);
    expect(await run(['diff', 'plans/a.txt', 'plans/page-break.pdf', '--max-input-size', CAP], io)).toBe(2);
    expect(stderr()).toContain('plans/page-break.pdf: is larger than the 2 KB read per input');
  });
});

describe('regular files only, in every format', () => {
  it('a .pdf link to /dev/zero, a .docx FIFO and an .html link out of the folder are refused by name; the rest is read', () => {
    const dir = folderOfFormats();
    symlinkSync('/dev/zero', join(dir, 'plans', 'evil.pdf'));
    spawnSync('mkfifo', [join(dir, 'plans', 'x.docx')]);
    writeFileSync(join(dir, 'secret.html'), '<html><body><p>口令是 hunter2</p></body></html>');
    symlinkSync(join(dir, 'secret.html'), join(dir, 'plans', 'link.html'));
    const result = spawnSync(process.execPath, [`${ROOT}bin/policy-compile.js`, 'validate', 'plans'], { cwd: dir, encoding: 'utf8', timeout: TIMEOUT_MS, env: { ...process.env, NO_COLOR: '1' } });
    expect(result.error, `validate ended within ${TIMEOUT_MS} ms`).toBeUndefined();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('plans/evil.pdf: a link to a file outside the folder given, not followed');
    expect(result.stderr).toContain('plans/x.docx: is a FIFO (named pipe), not a regular file');
    expect(result.stderr).toContain('plans/link.html: a link to a file outside the folder given, not followed');
    expect(result.stdout + result.stderr).not.toContain('hunter2');
    expect(result.stdout).toContain(`of ${COPIES.length + 1} files`);
  });
});

describe('Markdown that remark cannot take, through the input layer', () => {
  const deep = `${PLAN}${'- '.repeat(2000)}x\n`;

  it('read() gives the plain-text reading with a markdown-as-text warning, which compile() reports for the file', async () => {
    const source = await read(new TextEncoder().encode(deep), { path: 'deep.md' });
    expect(source.refusal).toBeNull();
    expect(source.warnings?.map((w) => w.ruleId)).toEqual(['markdown-as-text']);
    const { document, diagnostics } = compile(source, { path: 'deep.md' });
    expect(document.body[0]?.num.raw).toBe('一、');
    expect(diagnostics.find((d) => d.ruleId === 'markdown-as-text')).toMatchObject({ severity: 'warning', file: 'deep.md' });
  });

  it('the command line compiles it with the warning, as for text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-deep-'));
    writeFileSync(join(dir, 'deep.md'), deep);
    const { io, stdout } = recordingIo(dir);
    expect(await run(['validate', 'deep.md', '--format', 'json'], io)).toBe(0);
    expect(stdout()).toContain('markdown-as-text');
  });
});

describe('zip bombs are refused at the stated limit', () => {
  /** Blank space that deflates to almost nothing, inside well-formed XML. */
  const blankXml = (bytes: number) => strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${' '.repeat(bytes)}</w:body></w:document>`);

  it(`a .docx whose document unpacks past ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB is refused`, () => {
    const zip = zipSync({ 'word/document.xml': blankXml(MAX_UNPACKED_BYTES + 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(100_000);
    expect(() => docxToText(zip)).toThrow(/more than 16 MiB .*possible zip bomb/);
  });

  it('an OFD archive whose XML unpacks past the limit is refused', () => {
    // Memory is not measured here: test files run side by side in one process, so its figure counts theirs too.
    const zip = zipSync({ 'OFD.xml': blankXml(MAX_UNPACKED_BYTES + 1024) }, { level: 9 });
    expect(() => readZipEntries(zip, () => true, 'OFD file')).toThrow(/more than 16 MiB/);
  });
});
