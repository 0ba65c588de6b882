import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { ofdToText } from '../src/source/ofd/ofd-to-text.js';
import { readOfdPages } from '../src/source/ofd/read-ofd-pages.js';
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
    ['bomb.ofd', /more than 16 MiB/u],
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

describe('OFD text placement', () => {
  /** A one-page OFD package whose page holds the given text objects; locations absolute, as some writers give them. */
  const packageOf = (objects: string) =>
    zipSync({
      'OFD.xml': strToU8('<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'),
      'Doc_0/Document.xml': strToU8('<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="/Doc_0/Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>'),
      'Doc_0/Pages/Page_0/Content.xml': strToU8(`<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">${objects}</ofd:Layer></ofd:Content></ofd:Page>`),
    });

  it('places text by Boundary, CTM and DeltaX, and a glyph that DeltaY moves in a run of its own', () => {
    const [page] = readOfdPages(
      packageOf(
        // Drawn at half size and scaled up by the CTM: 10 mm characters at x = 30 mm.
        '<ofd:TextObject ID="3" Boundary="30 40 150 12" Size="5" CTM="2 0 0 2 0 0"><ofd:TextCode X="0" Y="5" DeltaX="g 2 5">一、总</ofd:TextCode></ofd:TextObject>' +
          // Two glyphs, the second moved back and down a line by DeltaX and DeltaY.
          '<ofd:TextObject ID="4" Boundary="30 60 150 30" Size="10"><ofd:TextCode X="0" Y="10" DeltaX="0" DeltaY="20">甲乙</ofd:TextCode></ofd:TextObject>',
      ),
    );
    const mm = 72 / 25.4;
    const runs = page!.runs.map((run) => ({ text: run.text, x: run.x / mm, y: run.y / mm, width: run.width / mm, size: run.size / mm }));
    expect(runs.map((run) => run.text)).toEqual(['一、总', '甲', '乙']);
    expect(runs[0]).toMatchObject({ x: expect.closeTo(30, 3), y: expect.closeTo(50, 3), width: expect.closeTo(30, 3), size: expect.closeTo(10, 3) });
    expect(runs[1]).toMatchObject({ x: expect.closeTo(30, 3), y: expect.closeTo(70, 3) });
    expect(runs[2]).toMatchObject({ x: expect.closeTo(30, 3), y: expect.closeTo(90, 3) });
    expect(ofdToText(packageOf('<ofd:TextObject ID="4" Boundary="30 60 150 30" Size="10"><ofd:TextCode X="0" Y="10">一、总体要求</ofd:TextCode></ofd:TextObject>')).text).toBe('一、总体要求');
  });
});
