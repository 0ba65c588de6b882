import { readFileSync } from 'node:fs';
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../src/source/docx/docx-to-text.js';
import { MAX_UNPACKED_BYTES } from '../src/source/docx/read-docx-parts.js';
import { ReadRefusal } from '../src/source/read-refusal.js';
import { ROOT } from './helpers.js';

const FIXTURES = `${ROOT}fixtures/published/docx/`;

/** The refusal a reading gives, or null. */
function refusalOf(read: () => unknown): ReadRefusal | null {
  try {
    read();
    return null;
  } catch (error) {
    if (error instanceof ReadRefusal) return error;
    throw error;
  }
}

/** A zip whose document.xml unpacks to `size` bytes, made by streaming so the test never holds it whole. */
function zipBomb(size: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const file = new ZipDeflate('word/document.xml', { level: 1 });
  zip.add(file);
  // Blanks: what they are does not matter, as nothing past the limit is ever parsed; they pack fast.
  const piece = new Uint8Array(1024 * 1024).fill(0x20);
  for (let written = 0; written < size; written += piece.length) file.push(piece, written + piece.length >= size);
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** A copy of a zip of one file whose central directory claims another unpacked size. */
function lyingAboutSize(zip: Uint8Array, declared: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  // The central directory's entry (signature 50 4b 01 02) gives the unpacked size at offset 24.
  for (let offset = bytes.length - 22; offset >= 0; offset--) {
    if (view.getUint32(offset, true) === 0x02014b50) {
      view.setUint32(offset + 24, declared, true);
      return bytes;
    }
  }
  throw new Error('no central directory');
}

/** Just past the limit: made once, as packing it takes a while. */
let bomb: Uint8Array | undefined;
const pastTheLimit = () => (bomb ??= zipBomb(MAX_UNPACKED_BYTES + 1024 * 1024));

describe('Word files that are refused', () => {
  it('refuses a damaged zip', () => {
    expect(refusalOf(() => docxToText(readFileSync(`${FIXTURES}corrupt.docx`)))?.message).toMatch(/damaged or cut-short zip/);
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}typed-plan.docx`));
    // Garbage in the middle of the compressed parts.
    bytes.fill(0x55, 200, 2000);
    expect(refusalOf(() => docxToText(bytes))?.message).toMatch(/damaged/);
  });

  it('refuses a zip without a Word document, naming what it is when it can', () => {
    expect(refusalOf(() => docxToText(zipSync({ 'readme.txt': strToU8('x') })))?.message).toMatch(/no word\/document\.xml/);
    expect(refusalOf(() => docxToText(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })))?.message).toMatch(/Excel workbook/);
  });

  it('refuses XML that is not well-formed', () => {
    expect(refusalOf(() => docxToText(zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') })))?.message).toMatch(/word\/document\.xml is not well-formed XML/);
  });

  it('refuses a password-protected .docx (an OLE file holding the encrypted package)', () => {
    expect(refusalOf(() => docxToText(readFileSync(`${FIXTURES}password-protected.docx`)))?.message).toMatch(/password-protected/);
  });

  it('refuses a zip bomb by the size it declares, without unpacking it', () => {
    const zip = pastTheLimit();
    const before = process.memoryUsage().arrayBuffers;
    expect(refusalOf(() => docxToText(zip))?.message).toMatch(/possible zip bomb/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(MAX_UNPACKED_BYTES / 4);
  });

  it('refuses a zip bomb that lies about its size, stopping at the limit', () => {
    expect(refusalOf(() => docxToText(lyingAboutSize(pastTheLimit(), 1000)))?.message).toMatch(/possible zip bomb/);
  });

  it('reads a file just under the limit', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>') });
    expect(docxToText(bytes).text).toBe('正文\n');
  });
});

describe('hostile Word files', () => {
  it('refuses nesting deep enough to exhaust the stack, never crashing', () => {
    const depth = 200_000;
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>深</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}</w:body></w:document>`;
    const refusal = refusalOf(() => docxToText(zipSync({ 'word/document.xml': strToU8(xml) })));
    expect(refusal?.message).toMatch(/nested too deeply|not well-formed/);
  });

  it('gives text or a refusal for a file with bytes changed anywhere, never another error', () => {
    const original = new Uint8Array(readFileSync(`${FIXTURES}numbered-plan.docx`));
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 200; trial++) {
      const bytes = original.slice();
      for (let change = 0; change < 1 + trial % 8; change++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      try {
        docxToText(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(ReadRefusal);
      }
    }
  });
});
