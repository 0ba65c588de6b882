import type { PageRuns, Rule, TextRun } from '../layout/positioned-text.js';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';
import { parseXml, type XmlElement } from './parse-xml.js';
import { readZipEntries } from './read-zip-entries.js';

/** OFD measures in millimetres; the layout rules work in points. */
const POINTS_PER_MM = 72 / 25.4;
/** A path thinner than this many millimetres, and longer, is a ruling line (a table's border). */
const THIN_MM = 0.7;
/** A Chinese character advances one em; a Latin letter or digit about half of one (for a run's last character, which no DeltaX gives). */
const LATIN_ADVANCE = 0.5;
/** The A4 page GB/T 9704 sets for official documents, where a file names no page size. */
const A4: Box = [0, 0, 210, 297];

type Box = [number, number, number, number];
type Matrix = [number, number, number, number, number, number];

/**
 * The text runs and ruling lines of each page of an OFD file (GB/T 33190): `OFD.xml` names the
 * document (`DocBody/DocRoot`), whose `Document.xml` lists the pages (`Pages/Page/@BaseLoc`) and
 * template pages; each page's `TextObject`s (`Boundary`, `CTM`, `Size`) hold `TextCode`s
 * (`X`, `Y`, `DeltaX`, `DeltaY`). A page's templates (where headers often are) are read with it.
 * @param bytes the file
 * Note: throws ReadRefusal for a corrupt archive, a file that is no OFD, or one too large.
 */
export function readOfdPages(bytes: Uint8Array): PageRuns[] {
  const files = readZipEntries(bytes, (path) => /\.xml$/iu.test(path), 'OFD file');
  const entries = new Map([...files].map(([path, data]) => [normalise(path), data]));
  const xml = (path: string): XmlElement => {
    const data = entries.get(normalise(path));
    const root = data ? parseXml(new TextDecoder().decode(data)) : null;
    if (!root) throw new ReadRefusal(localize('refusal.ofd-incomplete', { path }));
    return root;
  };
  if (!entries.has('ofd.xml')) throw new ReadRefusal(localize('refusal.ofd-not-ofd'));
  const docRoot = find(xml('OFD.xml'), 'DocBody', 'DocRoot')?.text.trim();
  if (!docRoot) throw new ReadRefusal(localize('refusal.ofd-no-document'));
  const documentPath = resolve('', docRoot);
  const document = xml(documentPath);
  const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  const common = find(document, 'CommonData');
  const pageBox = boxOf(find(common, 'PageArea', 'PhysicalBox')?.text) ?? A4;
  const templates = new Map((common?.children ?? []).filter((child) => child.name === 'TemplatePage').map((template) => [template.attributes.ID, template.attributes.BaseLoc]));
  const pages = find(document, 'Pages')?.children.filter((child) => child.name === 'Page') ?? [];
  return pages.map((entry, index) => {
    const content = xml(resolve(folder, entry.attributes.BaseLoc ?? ''));
    const box = boxOf(find(content, 'Area', 'PhysicalBox')?.text) ?? pageBox;
    const runs: TextRun[] = [];
    const rules: Rule[] = [];
    const layers = [content];
    for (const template of content.children.filter((child) => child.name === 'Template')) {
      const location = templates.get(template.attributes.TemplateID);
      if (location) layers.push(xml(resolve(folder, location)));
    }
    for (const layer of layers) collect(layer, box, runs, rules);
    return { page: index + 1, width: (box[2] - box[0]) * POINTS_PER_MM, height: (box[3] - box[1]) * POINTS_PER_MM, runs, rules };
  });
}

/** The text runs and ruling lines under an element (layers and page blocks nest). */
function collect(element: XmlElement, page: Box, runs: TextRun[], rules: Rule[]): void {
  for (const child of element.children) {
    if (child.name === 'TextObject') runs.push(...runsOf(child, page));
    else if (child.name === 'PathObject') {
      const rule = ruleOf(child, page);
      if (rule) rules.push(rule);
    } else collect(child, page, runs, rules);
  }
}

/** A text object's runs: one per TextCode, each placed by the object's boundary and CTM. */
function runsOf(object: XmlElement, page: Box): TextRun[] {
  const boundary = boxOf(object.attributes.Boundary);
  if (!boundary) return [];
  const matrix = matrixOf(object.attributes.CTM);
  const scale = Math.sqrt(Math.abs(matrix[0] * matrix[3] - matrix[1] * matrix[2])) || 1;
  const size = Number(object.attributes.Size ?? 0) * scale;
  const runs: TextRun[] = [];
  let x = 0;
  let y = 0;
  for (const code of object.children.filter((child) => child.name === 'TextCode')) {
    const text = code.text;
    if (text.trim() === '') continue;
    x = code.attributes.X === undefined ? x : Number(code.attributes.X);
    y = code.attributes.Y === undefined ? y : Number(code.attributes.Y);
    const glyphs = [...text];
    const deltaX = expandDeltas(code.attributes.DeltaX, glyphs.length - 1);
    const deltaY = expandDeltas(code.attributes.DeltaY, glyphs.length - 1);
    const em = Number(object.attributes.Size ?? 0);
    // Each glyph's place; a glyph that DeltaY moves off the line (vertical text) starts a run of its own.
    const places = glyphs.map(() => ({ x: 0, y: 0 }));
    places.forEach((place, index) => {
      place.x = index === 0 ? x : places[index - 1]!.x + deltaX[index - 1]!;
      place.y = index === 0 ? y : places[index - 1]!.y + deltaY[index - 1]!;
    });
    let start = 0;
    for (let end = 1; end <= glyphs.length; end++) {
      if (end < glyphs.length && deltaY[end - 1] === 0) continue;
      const last = /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/u.test(glyphs[end - 1]!) ? 1 : LATIN_ADVANCE;
      const from = places[start]!;
      const to = places[end - 1]!.x + last * em;
      const [left, baseline] = apply(matrix, from.x, from.y);
      const [right] = apply(matrix, to, from.y);
      runs.push({
        text: glyphs.slice(start, end).join(''),
        x: (boundary[0] - page[0] + left) * POINTS_PER_MM,
        y: (boundary[1] - page[1] + baseline) * POINTS_PER_MM,
        width: (right - left) * POINTS_PER_MM,
        size: size * POINTS_PER_MM,
      });
      x = to;
      y = from.y;
      start = end;
    }
  }
  return runs;
}

/** A path object drawn as a thin horizontal or vertical box: a ruling line. */
function ruleOf(path: XmlElement, page: Box): Rule | null {
  const box = boxOf(path.attributes.Boundary);
  if (!box) return null;
  const [x, y, width, height] = box;
  if (!((width < THIN_MM && height > THIN_MM) || (height < THIN_MM && width > THIN_MM))) return null;
  const at = (value: number, origin: number) => (value - origin) * POINTS_PER_MM;
  return { x0: at(x, page[0]), y0: at(y, page[1]), x1: at(x + width, page[0]), y1: at(y + height, page[1]) };
}

/** DeltaX's or DeltaY's steps, with `g N d` (N times d) expanded, padded to `count` with the last (zero where none is given). */
function expandDeltas(value: string | undefined, count: number): number[] {
  const tokens = (value ?? '').trim().split(/\s+/u).filter(Boolean);
  const deltas: number[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index] === 'g') {
      const times = Number(tokens[index + 1]);
      const delta = Number(tokens[index + 2]);
      for (let time = 0; time < times; time++) deltas.push(delta);
      index += 2;
    } else deltas.push(Number(tokens[index]));
  }
  while (deltas.length < count) deltas.push(deltas.at(-1) ?? 0);
  return deltas.slice(0, count).map((delta) => (Number.isFinite(delta) ? delta : 0));
}

function apply(matrix: Matrix, x: number, y: number): [number, number] {
  return [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]];
}

function matrixOf(value: string | undefined): Matrix {
  const numbers = (value ?? '').trim().split(/\s+/u).map(Number);
  return numbers.length === 6 && numbers.every(Number.isFinite) ? (numbers as Matrix) : [1, 0, 0, 1, 0, 0];
}

function boxOf(value: string | undefined): Box | null {
  const numbers = (value ?? '').trim().split(/\s+/u).map(Number);
  if (numbers.length !== 4 || !numbers.every(Number.isFinite)) return null;
  return numbers as Box;
}

/** The first element down a path of child names. */
function find(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = element;
  for (const name of names) at = at?.children.find((child) => child.name === name);
  return at;
}

/** A location in the package, relative to a folder unless it starts with `/`. */
function resolve(folder: string, location: string): string {
  const parts = (location.startsWith('/') ? location : folder + location).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '' && part !== '.') out.push(part);
  }
  return out.join('/');
}

/** Zip entry names compared without case or a leading slash (writers differ). */
function normalise(path: string): string {
  return resolve('', path.replace(/\\/gu, '/')).toLowerCase();
}
