import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toSourceText } from '../src/emit/source-text.js';
import { DecodeError, decode, encodingNamed } from '../src/read/decode.js';
import { ROOT, SEED, treeOf } from './helpers.js';

const folder = `${ROOT}fixtures/encodings/`;
const plain = readFileSync(`${folder}plan.txt`, 'utf8');

describe('reading bytes', () => {
  it.each([
    ['plan.txt', 'utf-8'],
    ['utf8-bom.txt', 'utf-8-bom'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['gb18030.txt', 'gb18030'],
  ])('reads %s as %s to the same text and tree', (file, encoding) => {
    const bytes = readFileSync(`${folder}${file}`);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(plain);
    const { document } = compile(bytes, { path: file });
    expect(document.source.encoding).toBe(encoding);
    expect(document.body[0]!.children.map((item) => item.title)).toEqual(['推进一网通办', '压缩审批时限']);
  });

  it('keeps CRLF line ends in the tree', () => {
    const bytes = readFileSync(`${folder}crlf.txt`);
    const { document } = compile(bytes);
    expect(toSourceText(document)).toBe(plain.replaceAll('\n', '\r\n'));
    expect(document.body[0]!.children[1]!.position!.start).toEqual({ line: 4, column: 1, offset: plain.split('\n').slice(0, 3).join('\r\n').length + 2 });
  });

  it('records the sha256 of the bytes', () => {
    expect(decode(new TextEncoder().encode('abc')).sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  const refused: Array<[string, number[], RegExp]> = [
    ['a PDF', [...Buffer.from('%PDF-1.7\n')], /PDF/],
    ['a .docx (zip)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /docx/],
    ['an old .doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /\.doc/],
    ['an RTF file', [...Buffer.from('{\\rtf1\\ansi')], /RTF/],
    ['binary with NUL bytes', [0x41, 0x0a, 0x42, 0x00, 0x43], /binary/],
  ];
  it.each(refused)('refuses %s with a clear message', (_, bytes, message) => {
    expect(() => decode(Uint8Array.from(bytes))).toThrow(DecodeError);
    expect(() => decode(Uint8Array.from(bytes))).toThrow(message);
  });

  it('names the line of bytes that are neither UTF-8 nor GB18030', () => {
    const bytes = Uint8Array.from([...Buffer.from('一、总体要求\n第二行\n'), 0xff, 0xff, 0x0a]);
    try {
      decode(bytes);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).line).toBe(3);
    }
  });

  it.each([
    ['seed-gb18030.txt', 'gb18030'],
    ['seed-utf16le.txt', 'utf-16le'],
    ['seed-utf16be.txt', 'utf-16be'],
    ['seed-utf16le-no-bom.txt', 'utf-16le'],
    ['seed-utf16be-no-bom.txt', 'utf-16be'],
  ])('reads the seed saved as %s (%s) to the UTF-8 seed’s tree', (file, encoding) => {
    const utf8 = compile(readFileSync(SEED), { path: 'seed.txt' }).document;
    const { document, diagnostics } = compile(readFileSync(`${folder}${file}`), { path: 'seed.txt' });
    expect(document.source.encoding).toBe(encoding);
    expect(document.source.sha256).not.toBe(utf8.source.sha256);
    expect({ ...document, source: null }).toEqual({ ...utf8, source: null });
    expect(treeOf(document)).toEqual(treeOf(utf8));
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['mixed-width-bracket']);
  });

  it('reads in the encoding it is told to, whatever detection would say', () => {
    const gbk = readFileSync(`${folder}seed-gb18030.txt`);
    expect(decode(gbk, 'gb18030').text).toBe(readFileSync(SEED, 'utf8'));
    // GBK bytes read as UTF-8 on request: every byte that is not UTF-8 becomes U+FFFD, and nothing is refused.
    const forced = decode(gbk, 'utf-8');
    expect(forced.encoding).toBe('utf-8');
    expect(forced.text).toContain('\uFFFD');
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), 'utf-8')).toMatchObject({ text: 'A', encoding: 'utf-8-bom' });
    expect(decode(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'utf-16le').text).toBe('A');
  });

  it('knows the names users give the encodings', () => {
    expect(['GBK', 'gb2312', 'CP936', 'gb18030'].map(encodingNamed)).toEqual(['gb18030', 'gb18030', 'gb18030', 'gb18030']);
    expect(['UTF8', 'utf-8', 'utf16le', 'UTF-16BE'].map(encodingNamed)).toEqual(['utf-8', 'utf-8', 'utf-16le', 'utf-16be']);
    expect(encodingNamed('Big5')).toBe('big5');
    expect(encodingNamed('latin1')).toBeNull();
  });

  it.each([
    ['mojibake-utf8-read-as-gbk.txt', 'UTF-8 text decoded as GBK (mojibake)'],
    ['mojibake-gbk-read-as-utf8.txt', 'replacement character: bytes that could not be decoded'],
  ])('warns on %s, line by line, and still reads the structure it can', (file, message) => {
    const { document, diagnostics } = compile(readFileSync(`${folder}${file}`), { path: file });
    const garbled = diagnostics.filter((d) => d.ruleId === 'garbled-text');
    expect(garbled.length).toBeGreaterThanOrEqual(3);
    expect(garbled.every((d) => d.severity === 'warning')).toBe(true);
    expect(garbled.filter((d) => d.message.includes(message)).length).toBeGreaterThanOrEqual(3);
    expect(garbled.map((d) => d.position!.start.line)).toEqual([...new Set(garbled.map((d) => d.position!.start.line))]);
    expect(toSourceText(document)).toBe(readFileSync(`${folder}${file}`, 'utf8'));
  });
});

describe('Big5', () => {
  const bytes = readFileSync(`${ROOT}fixtures/encodings/big5-plan.txt`);

  it('is detected, where GB18030 would read it as rare characters and private-use glyphs', () => {
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toContain('數位政府建設工作要點');
    // GB18030 text stays GB18030, though its bytes are valid Big5 too.
    expect(decode(readFileSync(`${ROOT}fixtures/encodings/gb18030.txt`)).encoding).toBe('gb18030');
    expect(decode(readFileSync(`${ROOT}fixtures/encodings/seed-gb18030.txt`)).encoding).toBe('gb18030');
  });

  it('reads units in traditional characters as in simplified ones: 牽頭, 配合, 負責, 牽頭單位：', () => {
    const { document } = compile(bytes, { path: 'big5-plan.txt' });
    const units = document.body.flatMap((section) => section.children.flatMap((item) => item.obligations.map((o) => [item.num.value, o.leads, o.partners])));
    expect(units).toEqual([
      [1, ['市資訊局'], ['市政府辦公室']],
      [2, ['市發展改革委'], []],
      [3, ['市委網信辦'], ['市公安局', '市資訊局']],
    ]);
  });
});
