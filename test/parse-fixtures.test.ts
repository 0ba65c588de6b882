import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/emit/json.js';
import { toOutline } from '../src/emit/outline.js';
import { toSourceText } from '../src/emit/source-text.js';
import { compile } from '../src/compile.js';
import { ROOT, updating } from './helpers.js';

// Each case: input.txt, outline.txt written by hand from reading the input, and tree.json, the
// full tree as generated (UPDATE_FIXTURES=1 rewrites it after a reviewed change).
const folder = `${ROOT}fixtures/parse/`;
const cases = readdirSync(folder).sort();

describe.each(cases)('fixture %s', (name) => {
  const input = readFileSync(`${folder}${name}/input.txt`);
  const { document, diagnostics } = compile(input, { path: `${name}.txt`, id: name });

  it('has the outline written by hand', () => {
    expect(toOutline(document)).toBe(readFileSync(`${folder}${name}/outline.txt`, 'utf8'));
  });

  it('rebuilds its input exactly', () => {
    expect(toSourceText(document)).toBe(input.toString('utf8'));
  });

  it('has no errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('matches its tree.json', () => {
    const file = `${folder}${name}/tree.json`;
    if (updating) writeFileSync(file, toJson(document));
    expect(existsSync(file), `${file} is missing: write it with UPDATE_FIXTURES=1 and review it`).toBe(true);
    expect(toJson(document)).toBe(readFileSync(file, 'utf8'));
  });
});
