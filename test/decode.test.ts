import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toSourceText } from '../src/emit/source-text.js';
import { DecodeError, decode } from '../src/read/decode.js';
import { ROOT } from './helpers.js';

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
});
