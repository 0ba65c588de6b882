import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toSourceText } from '../src/emit/source-text.js';

describe('compile of text given as a string', () => {
  it('takes the string as it is: no refusal of text that looks like a PDF, no re-decoding', () => {
    const text = '%PDF-1.4 一词在本方案中指文件格式。\n一、总体要求\n1.加强领导。成立专班。\n';
    const { document } = compile(text);
    expect(document.source.encoding).toBe('utf-8');
    expect(document.body[0]!.children[0]!.title).toBe('加强领导');
    expect(toSourceText(document)).toBe(text);
  });

  it('hashes the UTF-8 bytes of the string, as a file with the same text would be hashed', () => {
    const text = '一、总体要求\n';
    expect(compile(text).document.source.sha256).toBe(compile(new TextEncoder().encode(text)).document.source.sha256);
  });
});
