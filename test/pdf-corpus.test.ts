import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { pdfToText } from '../src/source/pdf/pdf-to-text.js';
import { compileFile, CORPUS, hasCorpus } from './helpers.js';
import { planShape } from './plan-shape.js';

const FOLDER = `${CORPUS}published/variants/pdf/`;
const names = hasCorpus ? readdirSync(FOLDER).filter((name) => name.endsWith('.pdf')).sort() : [];

// Each PDF copy of a real plan (a Word file printed by LibreOffice: running header, `— N —`
// footers, lines broken at the page width) reads back to the tree of the plan's text. In 08 the
// task table is printed as one paragraph per cell, with no indent and no columns: three cells
// fill their last line to the margin, and only the rows' usual cell count and lengths set them
// apart from the next cell (splitFlattenedRows).
describe.runIf(hasCorpus)('PDF copies of the real plans compile to the tree of their text', () => {
  it.each(names)('%s', async (name) => {
    await expectSameShape(name);
  });
});

async function expectSameShape(name: string): Promise<void> {
  {
    const path = `${FOLDER}${name}`;
    const extracted = await pdfToText(readFileSync(path));
    const fromPdf = compile(extracted.text, { path });
    const fromText = compileFile(`${CORPUS}documents/${name.replace(/\.pdf$/u, '.txt')}`);
    expect(extracted.lines).toHaveLength(extracted.text.split('\n').length);
    expect(planShape(fromPdf.document)).toEqual(planShape(fromText.document));
  }
}
