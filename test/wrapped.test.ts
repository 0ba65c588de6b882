import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { diff } from '../src/diff/diff.js';
import { toOutline } from '../src/emit/outline.js';
import { toSourceText } from '../src/emit/source-text.js';
import { allNodes } from '../src/model/index.js';
import { SEED } from './helpers.js';

/** The seed as a PDF conversion or an editor gives it: every paragraph broken at `width` characters. */
function wrapped(width: number, indent = ''): string {
  const paragraphs = readFileSync(SEED, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  return paragraphs.map((paragraph) => (indent + paragraph).match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n')).join('\n') + '\n';
}

describe('hard-wrapped text', () => {
  const original = compile(readFileSync(SEED), { path: 'seed.txt', id: 'seed' }).document;
  const tasks = (document: typeof original) => allNodes(document.body).flatMap((node) => node.obligations.map((o) => [o.text, o.actions]));

  it('reads the seed broken at 33 characters under indented paragraph openings to the same tree, tasks and no differences', () => {
    const text = wrapped(33, '　　');
    expect(text.split('\n').length).toBeGreaterThan(200);
    const document = compile(text, { path: 'seed.txt', id: 'seed' }).document;
    expect(toOutline(document)).toBe(toOutline(original));
    expect(tasks(document)).toEqual(tasks(original));
    expect(toSourceText(document)).toBe(text);
    expect(diff(original, document).changed).toBe(false);
  });

  it('reads the seed broken at 30 characters without indents to the same tasks and no differences', () => {
    // Without indents, a line that happens to end a sentence at the wrap starts a paragraph of its own.
    const text = wrapped(30);
    const document = compile(text, { path: 'seed.txt', id: 'seed' }).document;
    expect(tasks(document)).toEqual(tasks(original));
    expect(toSourceText(document)).toBe(text);
    expect(diff(original, document).changed).toBe(false);
  });
});
