import type { Element } from 'xast';
import type { ExtractedText, Origin } from '../../model/origin.js';
import { inspectOleFile } from '../doc/inspect-ole-file.js';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';
import { createListNumberer } from './create-list-numberer.js';
import { paragraphText } from './paragraph-text.js';
import { parseWordXml } from './parse-word-xml.js';
import { DOCUMENT_PART, readDocxParts } from './read-docx-parts.js';
import { readWordNumbering } from './read-word-numbering.js';
import { childElement, childElements, wordFlag, wordValue } from './word-elements.js';

const NUMBERING_PART = 'word/numbering.xml';
const STYLES_PART = 'word/styles.xml';

/** Wrappers of paragraphs, rows or cells whose content is content of the document: controls, custom XML, insertions. */
const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo']);

/**
 * The plan's text in a Word file, one paragraph per line, with where each line came from.
 * Paragraphs of the body in order, each with the marker of Word's automatic numbering put back
 * (`一、`, `（一）`, `1.` as Word counts them); a table as one line per row, its cells separated by
 * a tab and a cell's paragraphs joined with a space. Headers, footers, comments, footnotes, tracked
 * deletions and field codes are not part of the body's text and are left out.
 * @param bytes the file
 * Note: throws ReadRefusal when the file cannot be read as a plan (a damaged zip, a zip without a
 * Word document, a possible zip bomb, XML that is not well-formed).
 */
export function docxToText(bytes: Uint8Array): ExtractedText {
  try {
    return readDocx(bytes);
  } catch (error) {
    if (error instanceof ReadRefusal) throw error;
    // What the reader did not foresee in a hostile file (such as nesting deep enough to exhaust the stack) is refused too.
    throw new ReadRefusal(localize('refusal.docx-unreadable'));
  }
}

/** docxToText, which may throw anything on a hostile file. */
function readDocx(bytes: Uint8Array): ExtractedText {
  // A password-protected .docx is not a zip but an OLE compound file holding the encrypted zip.
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new ReadRefusal(
      inspectOleFile(bytes).kind === 'encrypted-package'
        ? localize('refusal.docx-password')
        : localize('refusal.docx-is-ole'),
    );
  }
  const parts = readDocxParts(bytes, [DOCUMENT_PART, NUMBERING_PART, STYLES_PART]);
  const parse = (name: string) => {
    const part = parts.get(name);
    return part ? parseWordXml(part, name) : undefined;
  };
  const document = parse(DOCUMENT_PART)!;
  const numberOf = createListNumberer(readWordNumbering(parse(NUMBERING_PART), parse(STYLES_PART)));
  const body = childElement(childElement(document, 'w:document'), 'w:body');

  const texts: string[] = [];
  const lines: Origin[] = [];
  let paragraphs = 0;
  let tables = 0;
  // The text of paragraphs whose mark is a tracked deletion: they run on into the next paragraph.
  let carried: { text: string; paragraph: number } | undefined;

  /** A paragraph's line: its marker and its text, or null when Word would not show it. */
  const paragraphLine = (paragraph: Element): string | null => {
    paragraphs++;
    const properties = childElement(paragraph, 'w:pPr');
    const mark = childElement(properties, 'w:rPr');
    const text = paragraphText(paragraph);
    if (childElement(mark, 'w:del') || childElement(mark, 'w:moveFrom')) {
      carried = { text: (carried?.text ?? '') + text, paragraph: carried?.paragraph ?? paragraphs };
      return null;
    }
    if (wordFlag(mark, 'w:vanish') && text === '') return null;
    return numberOf(properties) + (carried?.text ?? '') + text;
  };

  const bodyContent = (container: Element) => {
    for (const child of childElements(container)) {
      if (child.name === 'w:p') {
        const start = carried?.paragraph;
        const line = paragraphLine(child);
        if (line === null) continue;
        texts.push(line);
        lines.push({ paragraph: start ?? paragraphs });
        carried = undefined;
      } else if (child.name === 'w:tbl') {
        table(child);
      } else if (WRAPPERS.has(child.name)) {
        bodyContent(child);
      }
    }
  };

  const table = (element: Element) => {
    tables++;
    const number = tables;
    let rowNumber = 0;
    for (const row of wrapped(element, 'w:tr')) {
      rowNumber++;
      const first = paragraphs + 1;
      const cells: string[] = [];
      for (const cell of wrapped(row, 'w:tc')) {
        cells.push(cellText(cell));
        // A cell spanning columns leaves the columns after it empty, so cells stay under their headers.
        const span = Number(wordValue(childElement(cell, 'w:tcPr'), 'w:gridSpan') ?? 1);
        for (let more = 1; more < span && more < MAX_SPAN; more++) cells.push('');
      }
      if (childElement(childElement(row, 'w:trPr'), 'w:del')) continue;
      texts.push(cells.join('\t'));
      lines.push({ paragraph: first, cell: { table: number, row: rowNumber, column: 1 } });
    }
  };

  /** A cell's paragraphs joined with a space; a table inside it as its rows' texts, the same way. */
  const cellText = (cell: Element): string => {
    const pieces: string[] = [];
    const visit = (container: Element) => {
      for (const child of childElements(container)) {
        if (child.name === 'w:p') {
          const line = paragraphLine(child);
          if (line !== null) {
            pieces.push(line);
            carried = undefined;
          }
        } else if (child.name === 'w:tbl') {
          for (const row of wrapped(child, 'w:tr')) for (const inner of wrapped(row, 'w:tc')) visit(inner);
        } else if (WRAPPERS.has(child.name)) {
          visit(child);
        }
      }
    };
    visit(cell);
    // A tab inside a cell would split it: in a row's line a tab separates cells.
    return pieces.map((piece) => piece.replace(/\t+/g, ' ').trim()).filter((piece) => piece !== '').join(' ');
  };

  if (body) bodyContent(body);
  if (carried) {
    texts.push(carried.text);
    lines.push({ paragraph: carried.paragraph });
  }
  return { text: texts.length > 0 ? `${texts.join('\n')}\n` : '', lines };
}

/** The first bytes of an OLE compound file. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes start with a signature. */
function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** A table's columns never number more than this (Word's limit is 63): it bounds a bogus `w:gridSpan`. */
const MAX_SPAN = 64;

/** The children of an element with a name, also those inside wrappers (content controls, custom XML). */
function wrapped(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (const child of childElements(element)) {
    if (child.name === name) found.push(child);
    else if (WRAPPERS.has(child.name)) found.push(...wrapped(child, name));
  }
  return found;
}
