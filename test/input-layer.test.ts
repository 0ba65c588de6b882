// The input layer with fake readers in place of the real ones: the format told by the bytes, a
// reader's text compiled with every position pointing into the original file, and a refused
// input named, exit 2, nothing written for it while the other inputs compile.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/run.js';
import { compile, UNREADABLE } from '../src/compile.js';
import { Document, type Origin } from '../src/model/index.js';
import { read } from '../src/read.js';
import { sniffFormat } from '../src/read/sniff-format.js';
import { recordingIo } from './cli-io.js';
import { SEED } from './helpers.js';

/** A plan in which item 2 is missing, so that validating it finds a numbering gap at item 3. */
const PLAN = ['XX市2024年工作要点', '一、总体要求', '1.加强组织领导。各部门要落实责任。', '3.强化督促检查。市政府办公室负责。', '二、保障措施', '1.做好宣传。'];
const PLAN_TEXT = `${PLAN.join('\n')}\n`;
/** Word paragraphs 2, 4, 6 …: each line of the plan is a paragraph, with an empty paragraph between. */
const WORD_LINES: Origin[] = PLAN.map((_, i) => ({ paragraph: 2 * i + 2 }));
/** PDF: two lines a page, from page 1. */
const PDF_LINES: Origin[] = PLAN.map((_, i) => ({ page: Math.floor(i / 2) + 1, box: [72, 100 + 20 * (i % 2), 500, 118 + 20 * (i % 2)] }));

// The fakes stand for the readers other branches build: they read no real file, only say what a
// reader says. A PDF holding `/Encrypt` is refused as an encrypted one would be.
vi.mock('../src/source/docx/docx-to-text.js', () => ({ docxToText: () => ({ text: PLAN_TEXT, lines: WORD_LINES }) }));
vi.mock('../src/source/pdf/pdf-to-text.js', async () => {
  const { ReadRefusal } = await import('../src/source/read-refusal.js');
  return {
    pdfToText: async (bytes: Uint8Array) => {
      if (Buffer.from(bytes).includes('/Encrypt')) throw new ReadRefusal('this PDF is encrypted; open it with its password and save an unprotected copy');
      return { text: PLAN_TEXT, lines: PDF_LINES };
    },
  };
});

/** A zip of empty stored entries: enough for the sniffer, which reads only the names. */
function zipOf(names: string[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const n = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(n.length, 26);
    local.push(header, n);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(n.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, n);
    offset += 30 + n.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const bytesOf = {
  pdf: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
  encryptedPdf: Buffer.from('%PDF-1.7\n1 0 obj\n<< /Encrypt 2 0 R >>\nendobj\n'),
  docx: zipOf(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/numbering.xml']),
  ofd: zipOf(['OFD.xml', 'Doc_0/Document.xml', 'Doc_0/Pages/Page_0/Content.xml']),
  xlsx: zipOf(['[Content_Types].xml', 'xl/workbook.xml']),
  ole: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  text: Buffer.from(PLAN_TEXT),
};

describe('sniffing the format by the bytes', () => {
  it.each([
    ['a PDF named .txt', bytesOf.pdf, 'plan.txt', 'pdf'],
    ['a PDF without a name', bytesOf.pdf, null, 'pdf'],
    ['a PDF named .md', bytesOf.pdf, 'plan.md', 'pdf'],
    ['a PDF after a BOM and a blank line', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\n'), bytesOf.pdf]), 'plan', 'pdf'],
    ['a zip holding word/document.xml, named .txt', bytesOf.docx, 'plan.txt', 'docx'],
    ['a zip holding OFD.xml, without a name', bytesOf.ofd, null, 'ofd'],
    ['an OLE container named .doc', bytesOf.ole, 'plan.doc', 'doc'],
    ['an OLE container named .wps', bytesOf.ole, 'plan.wps', 'doc'],
    ['an OLE container named .docx (a password-protected Word file)', bytesOf.ole, 'plan.docx', 'doc'],
    ['a .docx inside a file named .doc', bytesOf.docx, 'plan.doc', 'docx'],
    ['a doctype', Buffer.from('<!DOCTYPE html>\n<html><body><p>一、总体要求</p></body></html>'), 'page.txt', 'html'],
    ['<html> after a BOM and blanks', Buffer.from('\ufeff\r\n  <HTML lang="zh">'), null, 'html'],
    ['a <meta> first, in GBK', Buffer.concat([Buffer.from('<meta charset="gbk">'), Buffer.from([0xd2, 0xbb, 0xa1, 0xa2])]), 'page', 'html'],
    ['<head> after a comment and an XML declaration', Buffer.from('<?xml version="1.0"?>\n<!-- saved from url=(0040)http://www.gov.cn/ -->\n<head><title>通知</title></head>'), 'page.xhtml', 'html'],
    ['UTF-16 with a BOM', Buffer.from('\ufeff<html><body>一、总体要求</body></html>', 'utf16le'), 'page.htm', 'html'],
    ['UTF-16 without a BOM', Buffer.from('<html><body>一、总体要求</body></html>', 'utf16le'), 'page', 'html'],
    ['a page fragment named .html', Buffer.from('<div class="TRS_Editor"><p>一、总体要求</p></div>'), 'page.html', 'html'],
    ['plain text', bytesOf.text, 'plan.txt', 'text'],
    ['plain text without a name', bytesOf.text, null, 'text'],
    ['text that mentions <html> later', Buffer.from('一、总体要求\n<html>\n'), 'plan.txt', 'text'],
    ['Markdown, by its name', bytesOf.text, 'plan.md', 'markdown'],
  ])('%s', (_, bytes, path, format) => {
    expect(sniffFormat(bytes, path)).toEqual({ format });
  });

  it.each([
    ['an .html that is a PDF', bytesOf.pdf, 'page.html', /name says a web page \(\.html\), but the bytes are a PDF file; rename it to \.pdf/],
    ['a .pdf that is a web page (an error page saved as the file)', Buffer.from('<!doctype html><title>404</title>'), 'plan.pdf', /name says a PDF file \(\.pdf\), but the bytes are a web page/],
    ['a .pdf that is text', bytesOf.text, 'plan.pdf', /name says a PDF file \(\.pdf\), but the bytes are plain text; it is not a PDF file/],
    ['an .ofd that is a Word file', bytesOf.docx, 'plan.ofd', /name says an OFD file \(\.ofd\), but the bytes are a Word \(\.docx\) file/],
    ['a .docx that is a PDF', bytesOf.pdf, 'plan.docx', /the bytes are a PDF file/],
    ['an Excel workbook', bytesOf.xlsx, 'plan.xlsx', /Excel workbook/],
    ['a zip of other files', zipOf(['a.txt', 'b.txt']), 'plans.zip', /zip archive holding 2 files/],
    ['an empty zip named .docx', zipOf([]), 'plan.docx', /^this is an empty zip archive$/],
    ['a PNG named .html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'page.html', /PNG image; run OCR/],
    ['an RTF file', Buffer.from('{\\rtf1\\ansi 一、总体要求}'), 'plan.txt', /RTF file/],
  ])('refuses %s, saying what the bytes are', (_, bytes, path, message) => {
    const sniffed = sniffFormat(bytes, path);
    expect(sniffed.format).toBeNull();
    expect(sniffed.refusal).toMatch(message);
  });

  it('leaves a damaged zip named .docx to the Word reader, which says what is wrong with it', () => {
    expect(sniffFormat(bytesOf.docx.subarray(0, 40), 'plan.docx')).toEqual({ format: 'docx' });
    expect(sniffFormat(bytesOf.docx.subarray(0, 40), 'plan.bin').refusal).toMatch(/damaged or cut short/);
  });
});

/** Every position in a value, with the path to it. */
function positions(value: unknown, at = ''): Array<[string, { start: { line: number }; origin?: Origin }]> {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((each, i) => positions(each, `${at}[${i}]`));
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'position' && child ? [[at, child as { start: { line: number }; origin?: Origin }]] : positions(child, `${at}.${key}`),
  );
}

describe('a reader’s text, compiled', () => {
  it('gives the tree of the same plan’s text, every position (blocks, nodes, obligations, notes, findings) with the origin of its line', async () => {
    const source = await read(bytesOf.docx, { path: 'plan.docx' });
    expect(source).toMatchObject({ format: 'docx', encoding: 'none', refusal: null, text: PLAN_TEXT });
    const result = compile(source, { path: 'plan.docx' });
    const plain = compile(PLAN_TEXT, { path: 'plan.txt' });
    expect(Document.safeParse(result.document).success).toBe(true);
    expect(result.document.source.format).toBe('docx');
    expect(result.document.body.map((node) => node.label)).toEqual(plain.document.body.map((node) => node.label));
    const found = positions([result.document, result.diagnostics]);
    expect(found.length).toBeGreaterThanOrEqual(10);
    for (const [at, position] of found) expect(position.origin, at).toEqual(WORD_LINES[position.start.line - 1]);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('numbering-gap');
    // The plain text's positions carry none.
    expect(positions([plain.document, plain.diagnostics]).every(([, position]) => position.origin === undefined)).toBe(true);
  });

  it('compile() alone refuses Word and PDF bytes, saying to read() them first, without throwing', () => {
    const { diagnostics, document } = compile(bytesOf.pdf, { path: 'plan.pdf' });
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: UNREADABLE, file: 'plan.pdf', message: expect.stringContaining('read()') })]);
    expect(document.source.format).toBe('pdf');
  });

  it('a refusal of the reader becomes the unreadable error, with its words', async () => {
    const { diagnostics, document } = compile(await read(bytesOf.encryptedPdf, { path: 'locked.pdf' }), { path: 'locked.pdf' });
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: UNREADABLE, severity: 'error', file: 'locked.pdf', message: expect.stringMatching(/^this PDF is encrypted/) })]);
    expect(document.body).toEqual([]);
  });
});

describe('the command line, on files of every format', () => {
  function folderWith(files: Record<string, Uint8Array>): string {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-input-'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    return dir;
  }

  it('validate says page 2 and paragraph 8 where a line number would mean nothing', async () => {
    const dir = folderWith({ 'plan.docx': bytesOf.docx, 'plan.pdf': bytesOf.pdf });
    const { io, stdout } = recordingIo(dir);
    expect(await run(['validate', 'plan.docx', 'plan.pdf'], io)).toBe(0);
    // Item 3 is line 4 of the text: paragraph 8 of the Word file, page 2 of the PDF.
    expect(stdout()).toMatch(/plan\.docx\n\s+paragraph 8\s+\S+\s+numbering-gap/);
    expect(stdout()).toMatch(/plan\.pdf\n\s+page 2\s+\S+\s+numbering-gap/);
    expect(stdout()).not.toMatch(/\d+:\d+/);
  });

  it('GitHub annotations and SARIF point at the file, their message saying where', async () => {
    const dir = folderWith({ 'plan.pdf': bytesOf.pdf });
    const github = recordingIo(dir);
    await run(['validate', 'plan.pdf', '--format', 'github'], github.io);
    expect(github.stdout()).toMatch(/^::\w+ file=plan\.pdf,title=numbering-gap::.*\(page 2\)$/m);
    const sarif = recordingIo(dir);
    await run(['validate', 'plan.pdf', '--format', 'sarif'], sarif.io);
    const result = JSON.parse(sarif.stdout()).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'numbering-gap');
    expect(result.message.text).toMatch(/\(page 2\)$/);
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'plan.pdf' } });
  });

  it('compile names a refused input once, exits 2, writes nothing for it and compiles the others', async () => {
    const dir = folderWith({ 'plan.docx': bytesOf.docx, 'locked.pdf': bytesOf.encryptedPdf, 'page.html': bytesOf.pdf, 'seed.txt': readFileSync(SEED) });
    const { io, stderr } = recordingIo(dir);
    expect(await run(['.', '-o', 'out', '-f', 'json'], io)).toBe(2);
    expect(stderr()).toContain('error  locked.pdf: this PDF is encrypted; open it with its password');
    expect(stderr()).toContain('error  page.html: the name says a web page (.html), but the bytes are a PDF file');
    expect(stderr().match(/locked\.pdf/g)).toHaveLength(1);
    expect(stderr()).toContain('plan.docx, paragraph 8  warning');
    expect(stderr()).toContain('2 compiled, 2 unreadable');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['index.json', 'plan.json', 'seed.json']);
    const plan = JSON.parse(readFileSync(join(dir, 'out', 'plan.json'), 'utf8'));
    expect(plan.source.format).toBe('docx');
    expect(plan.body[0].position.origin).toEqual({ paragraph: 4 });
  });

  it('validate and diff read through the same path: the refused file named, exit 2', async () => {
    const dir = folderWith({ 'plan.docx': bytesOf.docx, 'locked.pdf': bytesOf.encryptedPdf });
    const validate = recordingIo(dir);
    expect(await run(['validate', 'plan.docx', 'locked.pdf'], validate.io)).toBe(2);
    expect(validate.stderr()).toContain('error  locked.pdf: this PDF is encrypted');
    expect(validate.stdout()).toContain('plan.docx');
    const diff = recordingIo(dir);
    expect(await run(['diff', 'plan.docx', 'locked.pdf'], diff.io)).toBe(2);
    expect(diff.stderr()).toContain('error  locked.pdf: this PDF is encrypted');
    const same = recordingIo(dir);
    expect(await run(['diff', 'plan.docx', 'plan.docx'], same.io)).toBe(0);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('where a finding stands, by its origin', () => {
  const at = (origin?: Origin) => ({ start: { line: 4, column: 1, offset: 40 }, end: { line: 4, column: 9, offset: 48 }, ...(origin ? { origin } : {}) });

  it('text: the line and column of the text; a web page: those of its source; Word, PDF, OFD: a place in words', async () => {
    const { pointInFile, placeInWords } = await import('../src/validate/formatters/place-in-file.js');
    expect([pointInFile(at()), placeInWords(at())]).toEqual([{ start: { line: 4, column: 1, offset: 40 }, end: { line: 4, column: 9, offset: 48 } }, null]);
    expect([pointInFile(at({ line: 120, column: 7 })), placeInWords(at({ line: 120, column: 7 }))]).toEqual([{ start: { line: 120, column: 7 }, end: null }, null]);
    expect([pointInFile(at({ page: 3, box: [0, 0, 1, 1] })), placeInWords(at({ page: 3, box: [0, 0, 1, 1] }))]).toEqual([null, 'page 3']);
    expect(placeInWords(at({ paragraph: 12 }))).toBe('paragraph 12');
    expect(placeInWords(at({ paragraph: 30, cell: { table: 1, row: 2, column: 3 } }))).toBe('paragraph 30 (table 1, row 2, column 3)');
    expect(pointInFile(null)).toBeNull();
  });
});
