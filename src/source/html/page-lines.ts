import type { Element, Nodes, Text } from 'hast';
import { NOT_BLANK } from '../../text/blank.js';
import { isLeftOut, isShell } from './is-left-out.js';

/** A paragraph of a page and where it starts in the page's source (1-based line and column). */
export interface PageLine {
  text: string;
  origin: { line: number; column: number };
}

/** What `pageLines` leaves out besides what never shows. */
export interface LineOptions {
  leaveShell?: boolean;
  skip?: ReadonlySet<Nodes>;
}

/** Elements that break the text into paragraphs, as a browser lays them out as blocks. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul',
]);

/** Whether an element is laid out as a block. */
export function isBlock(element: Element): boolean {
  return BLOCKS.has(element.tagName);
}

/** HTML's white space, which a browser collapses; NBSP and the ideographic space U+3000 are the text's own. */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;
const EDGE_SPACE = /^[ \t\n\r\f]+|[ \t\n\r\f]+$/g;
const HAS_TEXT = new RegExp(NOT_BLANK, 'u');

/**
 * The paragraphs of some nodes of a page, as a browser shows them: one per block element
 * (`p`, `div`, `h1`–`h6`, `li` …) and one per run of text ended by `<br>`, with white space
 * collapsed as a browser does; a table row is one line of its cells separated by a tab (a
 * cell's paragraphs joined with a space). Paragraphs with nothing but blanks are left out.
 * @param nodes the nodes, in document order
 * @param options `leaveShell`: also leave out the site's shell (navigation, share bars, footers);
 * `skip`: nodes to leave out with all they hold
 */
export function pageLines(nodes: Nodes[], options: LineOptions = {}): PageLine[] {
  const { leaveShell = true, skip } = options;
  const lines: PageLine[] = [];
  const paragraph = new Paragraph(lines);
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      paragraph.add(node);
      return;
    }
    if (node.type === 'root') {
      node.children.forEach(walk);
      return;
    }
    if (node.type !== 'element' || skip?.has(node) || isLeftOut(node) || (leaveShell && isShell(node))) return;
    if (node.tagName === 'br') {
      paragraph.end();
      return;
    }
    if (node.tagName === 'table' && isDataTable(node)) {
      paragraph.end();
      for (const row of rowsOf(node)) {
        const line = rowLine(row, options);
        if (line) lines.push(line);
      }
      return;
    }
    const block = isBlock(node);
    if (block) paragraph.end();
    node.children.forEach(walk);
    if (block) paragraph.end();
  };
  nodes.forEach(walk);
  paragraph.end();
  return lines;
}

/** The text of one paragraph as it builds up, and the place of its first visible character. */
class Paragraph {
  private text = '';
  private origin: PageLine['origin'] | null = null;
  constructor(private readonly lines: PageLine[]) {}

  add(node: Text): void {
    if (this.origin === null && HAS_TEXT.test(node.value) && node.position) {
      this.origin = pointAfterSpace(node.value, node.position.start);
    }
    this.text += node.value;
  }

  end(): void {
    const text = this.text.replace(COLLAPSIBLE, ' ').replace(EDGE_SPACE, '');
    if (HAS_TEXT.test(text) && this.origin) this.lines.push({ text, origin: this.origin });
    this.text = '';
    this.origin = null;
  }
}

/** Where the first character that is not HTML white space stands, counting from a text node's start. */
function pointAfterSpace(value: string, start: { line: number; column: number }): PageLine['origin'] {
  let { line, column } = start;
  for (const char of value) {
    if (char === '\n') {
      line++;
      column = 1;
    } else if (char === ' ' || char === '\t' || char === '\r' || char === '\f') column++;
    else break;
  }
  return { line, column };
}

/** The rows of a table, not those of tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      rows.push(...child.children.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr'));
    }
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'));
}

/**
 * A table that holds data, not the page's layout: older sites set whole articles in a table,
 * one cell per row or tables within cells. A row of a single cell and a table within a cell
 * are read as ordinary blocks; a table whose every row has several cells is read row by row.
 */
function isDataTable(table: Element): boolean {
  const rows = rowsOf(table);
  return rows.length > 0 && rows.some((row) => cellsOf(row).length > 1) && !rows.some((row) => cellsOf(row).some(holdsTable));
}

function holdsTable(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (child.tagName === 'table' || holdsTable(child)));
}

/** A row as one line: its cells' text joined by tabs; a row of one cell gives its paragraphs' text joined too. */
function rowLine(row: Element, options: LineOptions): PageLine | null {
  const cells = cellsOf(row).map((cell) => pageLines(cell.children, options));
  const first = cells.find((lines) => lines.length > 0)?.[0];
  if (!first) return null;
  const text = cells.map((lines) => lines.map((line) => line.text).join(' ')).join('\t');
  const start = cells[0]?.[0]?.origin ?? (row.position ? { line: row.position.start.line, column: row.position.start.column } : first.origin);
  return { text, origin: start };
}
