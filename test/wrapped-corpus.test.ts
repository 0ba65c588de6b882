import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toJson } from '../src/emit/json.js';
import { toSourceText } from '../src/emit/source-text.js';
import { allNodes, type Document } from '../src/model/index.js';
import { joinLines } from '../src/text/join-lines.js';
import { CORPUS, hasCorpus, ROOT } from './helpers.js';

/** A text as a PDF conversion gives it: every paragraph (its indent dropped) broken at `width` characters. */
function wrapped(text: string, width: number): string {
  const paragraphs = text.split(/\r?\n/u).map((line) => line.trim()).filter(Boolean);
  return paragraphs.map((paragraph) => paragraph.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n')).join('\n') + '\n';
}

/** What a reader of the task table sees of each node: where it stands, its title and label, its units. */
function shape(document: Document): unknown {
  const parts = [document.body, ...document.attachments.map((part) => part.body)];
  return {
    title: document.title,
    parts: parts.map((body) =>
      // The rows of a table flattened one cell per line (bare row numbers) are left out: a cell that
      // fills the width reads as wrapped prose, a limit of flattened tables, not of wrapping.
      allNodes(body).filter((node) => node.num.style !== '1').map((node) => ({
        eId: node.eId,
        title: node.title === null ? null : joinLines(node.title),
        label: node.label,
        children: node.children.map((child) => child.eId),
        units: node.obligations.map((o) => [o.leads, o.partners]),
      })),
    ),
  };
}

describe.runIf(hasCorpus)('corpus documents hard-wrapped at 30 and 36 characters', () => {
  const names = hasCorpus ? readdirSync(`${CORPUS}documents`).filter((name) => name.endsWith('.txt')).sort() : [];
  describe.each(names)('%s', (name) => {
    const source = readFileSync(`${CORPUS}documents/${name}`, 'utf8');
    // The unwrapped text made the way the wrapped one is, so both lose the same indents and blank lines.
    const flat = wrapped(source, 100_000);
    const original = shape(compile(flat, { path: name }).document);
    it.each([30, 36])('gives the same sections, items, titles, parents and units at %i characters a line', (width) => {
      const text = wrapped(source, width);
      const document = compile(text, { path: name }).document;
      expect(shape(document)).toEqual(original);
      expect(toSourceText(document)).toBe(text);
    });
  });
});

describe('titles, labels and units on wrapped lines', () => {
  it('reads a unit broken over two lines as one unit, and writes titles, labels and units on one line', () => {
    const text = readFileSync(`${ROOT}fixtures/parse/units-on-wrapped-lines/input.txt`, 'utf8');
    const { document } = compile(text, { path: 'units.txt' });
    const nodes = allNodes(document.body);
    expect(nodes.map((node) => node.label).filter((label) => /[\r\n]/u.test(label))).toEqual([]);
    const units = nodes.flatMap((node) => node.obligations.flatMap((o) => [...o.leads, ...o.partners]));
    expect(units.filter((unit) => /[\r\n]/u.test(unit))).toEqual([]);
    expect(units.filter((unit) => unit.startsWith('各有关区'))).toEqual(['各有关区、县级市政府', '各有关区、县级市政府']);
    const broken = nodes.find((node) => node.num.value === 3)!;
    expect(broken.label).toBe('全面提升企业开办和注销便利度并推行全程网上办理一窗通办服务');
    // The title is one line in every output, JSON included; the source keeps the break.
    expect(broken.title).toBe(broken.label);
    expect(broken.titleAsWritten).toBe('全面提升企业开办和注销便利度并推行全程网上办理一窗通\n办服务');
    expect(JSON.parse(toJson(document)).body[0].children[2].title).toBe(broken.label);
    expect(toSourceText(document)).toBe(text);
  });
});
