import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { ofdToText } from '../src/source/ofd/ofd-to-text.js';
import { ReadRefusal } from '../src/source/read-refusal.js';
import { ROOT } from './helpers.js';

const FOLDER = `${ROOT}fixtures/published/ofd/`;
const read = (name: string) => ofdToText(readFileSync(`${FOLDER}${name}`));
const expected = (name: string) => readFileSync(`${FOLDER}${name}.expected.txt`, 'utf8').trimEnd();

// OFD files built from GB/T 33190's structure by scripts/make-ofd-fixtures.js (no public sample was at hand).
describe('OFD fixtures', () => {
  it('reads the pages in order, joins paragraphs across lines and pages, and leaves out `- N -`', () => {
    const { text, lines } = read('plan.ofd');
    expect(text).toBe(expected('plan'));
    expect(lines).toHaveLength(text.split('\n').length);
    expect(lines.some((origin) => 'page' in origin && origin.page === 2)).toBe(true);
    expect(compile(text, { path: 'plan.ofd' }).document.body.length).toBe(3);
  });

  it('a running header on a template page and `第N页 共M页` are left out', () => {
    const { text } = read('template-header.ofd');
    expect(text).toBe(expected('template-header'));
    expect(text).not.toContain('某县2026年农村人居环境整治工作方案');
    expect(text).not.toMatch(/第\d+页/u);
  });

  it('origins are pages and boxes in points from the top left', () => {
    const { lines } = read('plan.ofd');
    const first = lines[0]!;
    if (!('box' in first)) throw new Error('not a page origin');
    expect(first.page).toBe(1);
    // The title's line: its baseline 42.6 mm from the top edge, less its 22 pt size: about 99 points.
    expect(first.box[1]).toBeGreaterThan(95);
    expect(first.box[1]).toBeLessThan(103);
  });

  it.each([
    ['bomb.ofd', /more than 64 MiB/u],
    ['not-ofd.ofd', /not an OFD document/u],
    ['corrupt.ofd', /corrupt|incomplete/u],
  ])('%s is refused with a sentence that says why', (name, message) => {
    let refusal: unknown;
    try {
      read(name);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ReadRefusal);
    expect((refusal as Error).message).toMatch(message);
  });
});
