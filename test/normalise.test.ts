import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toSourceText } from '../src/emit/source-text.js';
import { allNodes, type Document } from '../src/model/index.js';
import { SEED, treeOf } from './helpers.js';

const seed = readFileSync(SEED, 'utf8');
const lines = (map: (line: string) => string) => seed.split('\n').map((line) => (line ? map(line) : line)).join('\n');
const fullWidth = (digits: string) => digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** The tree with each number reduced to its value, for renderings that write the markers differently. */
function valuesOnly(document: Document): unknown {
  const tree = structuredClone(document);
  for (const node of allNodes(tree.body)) node.num = { raw: '', value: node.num.value, style: '' };
  return treeOf(tree);
}

describe('characters normalised for matching only', () => {
  const original = compile(seed).document;

  // What editors, web pages and Word do to the same plan; the parser must read through all of it.
  it.each([
    ['CRLF line ends', seed.replaceAll('\n', '\r\n')],
    ['CR line ends', seed.replaceAll('\n', '\r')],
    ['tab indentation', lines((line) => `\t${line}`)],
    ['NBSP indentation', lines((line) => `\u00a0\u00a0${line}`)],
    ['U+3000 indentation', lines((line) => `\u3000\u3000${line}`)],
    ['a zero-width space before each paragraph', lines((line) => `\u200b${line}`)],
    ['a word joiner before each paragraph', lines((line) => `\u2060${line}`)],
    ['a BOM kept in the text', `\ufeff${seed}`],
    ['trailing blanks on every line', lines((line) => `${line} \u3000\t`)],
  ])('%s: the same tree, the text rebuilt exactly', (_, text) => {
    const { document } = compile(text);
    expect(toSourceText(document)).toBe(text);
    expect(treeOf(document)).toEqual(treeOf(original));
  });

  // A marker's `raw` keeps the blanks after it, as written; the rest of the tree is the same.
  it.each([
    ['a zero-width space', seed.replace(/^([0-9]+\.|[一二三四五六七八]、)/gmu, '$1\u200b')],
    ['an NBSP', seed.replace(/^([0-9]+\.)/gmu, '$1\u00a0')],
  ])('%s after each marker: the same tree, the blank kept in the marker', (_, text) => {
    const { document } = compile(text);
    expect(toSourceText(document)).toBe(text);
    expect(valuesOnly(document)).toEqual(valuesOnly(original));
    expect(allNodes(document.body).map((node) => node.num.style)).toEqual(allNodes(original.body).map((node) => node.num.style));
  });

  it('reads full-width digits in item markers (１．) to the same numbers and tasks', () => {
    const text = seed.replace(/^([0-9]+)\./gmu, (_, digits: string) => `${fullWidth(digits)}．`);
    const { document } = compile(text);
    expect(toSourceText(document)).toBe(text);
    expect(allNodes(document.body).find((node) => node.num.value === 12)!.num.raw).toBe('１２．');
    expect(valuesOnly(document)).toEqual(valuesOnly(original));
  });

  it('reads half-width, full-width and mixed brackets around subsection numbers alike', () => {
    const plan = (open: string, close: string) => `一、总体要求\n${open}一${close}推进依法行政。完善执法程序。\n${open}二${close}加强监督。健全监督机制。\n`;
    const full = compile(plan('（', '）')).document;
    for (const [open, close] of [['(', ')'], ['（', ')'], ['(', '）'], ['( ', ' )']] as const) {
      const document = compile(plan(open, close)).document;
      expect(valuesOnly(document)).toEqual(valuesOnly(full));
    }
  });
});
