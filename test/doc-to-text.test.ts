import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docToText } from '../src/source/doc/doc-to-text.js';
import { docBodyLines } from '../src/source/doc/doc-body-lines.js';
import { ReadRefusal } from '../src/source/read-refusal.js';
import { ROOT } from './helpers.js';

const FIXTURES = `${ROOT}fixtures/published/docx/`;

/** The refusal a reading gives, or null. */
async function refusalOf(reading: Promise<unknown>): Promise<ReadRefusal | null> {
  try {
    await reading;
    return null;
  } catch (error) {
    if (error instanceof ReadRefusal) return error;
    throw error;
  }
}

describe('old Word files', () => {
  it('gives a .doc made by LibreOffice the text of the .docx it was saved from', async () => {
    const extracted = await docToText(readFileSync(`${FIXTURES}typed-plan.doc`));
    expect(extracted.text).toBe(readFileSync(`${FIXTURES}typed-plan.txt`, 'utf8'));
    expect(extracted.lines).toHaveLength(extracted.text.split('\n').length - 1);
    // The row with a cell of two paragraphs starts at its first paragraph; the lines after it are one paragraph on.
    expect(extracted.lines.at(-1)).toEqual({ paragraph: extracted.lines.length + 1 });
  });

  it('refuses a .doc whose sections are numbered only by Word’s automatic numbering', async () => {
    expect((await refusalOf(docToText(readFileSync(`${FIXTURES}numbered-plan.doc`))))?.message).toMatch(/automatic numbering.*save it as \.docx/);
  });

  it('refuses password-protected files: a .doc with a password and a .docx with one', async () => {
    expect((await refusalOf(docToText(readFileSync(`${FIXTURES}password-protected.doc`))))?.message).toMatch(/password-protected/);
    expect((await refusalOf(docToText(readFileSync(`${FIXTURES}password-protected.docx`))))?.message).toMatch(/password-protected/);
  });

  it('refuses a damaged OLE file', async () => {
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}typed-plan.doc`)).slice(0, 600);
    expect((await refusalOf(docToText(bytes)))?.message).toMatch(/damaged|could not be read/);
  });

  it('puts a table row broken at a cell’s paragraphs back on one line', () => {
    expect(docBodyLines('前言\n1\t甲\n乙\t丙\t\n2\t丁\t\t\n结语\n')).toEqual([
      { text: '前言', paragraph: 1 },
      { text: '1\t甲 乙\t丙', paragraph: 2 },
      { text: '2\t丁\t', paragraph: 4 },
      { text: '结语', paragraph: 5 },
    ]);
  });
});

describe('hostile old Word files', () => {
  it('gives text or a refusal for a file with bytes changed anywhere, never another error', async () => {
    const original = new Uint8Array(readFileSync(`${FIXTURES}typed-plan.doc`));
    let seed = 54321;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 100; trial++) {
      const bytes = original.slice();
      for (let change = 0; change < 1 + trial % 8; change++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      try {
        await docToText(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(ReadRefusal);
      }
    }
  });
});
