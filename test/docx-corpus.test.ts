import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { docxToText } from '../src/source/docx/docx-to-text.js';
import { CORPUS, compileFile, hasCorpus } from './helpers.js';
import { planShape } from './plan-shape.js';

// The Word copies of the corpus's plans, typed and auto-numbered: each must give the tree of the plan's text.
const folders = ['docx', 'docx-autonum'];
const copies = hasCorpus
  ? folders.flatMap((folder) =>
      readdirSync(`${CORPUS}published/variants/${folder}`)
        .filter((name) => name.endsWith('.docx'))
        .map((name) => ({ folder, name, plan: name.replace(/\.docx$/, '') })),
    )
  : [];

describe.skipIf(!hasCorpus)('Word copies of the corpus', () => {
  it('finds the copies', () => {
    expect(copies.filter((copy) => copy.folder === 'docx').length).toBeGreaterThanOrEqual(7);
    expect(copies.filter((copy) => copy.folder === 'docx-autonum').length).toBeGreaterThanOrEqual(2);
  });

  it.each(copies)('$folder/$name has the tree of its text', ({ folder, name, plan }) => {
    const path = `${CORPUS}published/variants/${folder}/${name}`;
    const extracted = docxToText(readFileSync(path));
    expect(extracted.lines).toHaveLength(extracted.text.split('\n').length - 1);
    const copy = compile(extracted.text, { path }).document;
    const text = compileFile(`${CORPUS}documents/${plan}.txt`).document;
    expect(copy.body.length).toBeGreaterThan(0);
    expect(planShape(copy)).toEqual(planShape(text));
  });
});
