import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { htmlToText } from '../src/source/html/html-to-text.js';
import { CORPUS, compileFile, hasCorpus } from './helpers.js';
import { planShape } from './plan-shape.js';

const VARIANTS = `${CORPUS}published/variants/html/`;
const variants = hasCorpus ? readdirSync(VARIANTS).filter((name) => name.endsWith('.html')) : [];

describe.skipIf(!hasCorpus)('web page copies of the corpus plans', () => {
  it.each(variants)('%s compiles to the tree of its plain text', (name) => {
    const path = `${VARIANTS}${name}`;
    const extracted = htmlToText(readFileSync(path));
    expect(extracted.lines).toHaveLength(extracted.text.split('\n').length);
    const fromPage = compile(extracted.text, { path }).document;
    const fromText = compileFile(`${CORPUS}documents/${name.replace(/\.html$/, '.txt')}`).document;
    expect(planShape(fromPage)).toEqual(planShape(fromText));
    // The page's metadata come first, read as front matter; the rest of the front is the text's.
    const roles = (blocks: typeof fromPage.front) => blocks.map((block) => `${block.role} ${block.text.replace(/\s+/g, '')}`);
    const metadata = fromPage.front.findIndex((block) => block.role !== 'metadata');
    expect(metadata).toBeGreaterThan(0);
    expect(roles(fromPage.front.slice(metadata))).toEqual(roles(fromText.front));
    expect(fromPage.title).toBe(fromText.title);
    expect(roles(fromPage.closing)).toEqual(roles(fromText.closing));
  });
});
