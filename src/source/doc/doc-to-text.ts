import WordExtractor from 'word-extractor';
import type { ExtractedText } from '../../model/origin.js';
import { ReadRefusal } from '../read-refusal.js';
import { docBodyLines } from './doc-body-lines.js';
import { inspectOleFile } from './inspect-ole-file.js';

/** A paragraph that starts with a typed section marker: 一、 … 十一、 (after any indent). */
const TYPED_SECTION = /^[\s\u3000]*[一二三四五六七八九十]+、/u;

const SAVE_AS_DOCX = 'open it in Word or WPS and save it as .docx';

/**
 * The plan's text in a old Word (.doc) or WPS file, one paragraph per line, with where each line came from.
 * The body's text through `word-extractor` (headers, footers, notes and comments left out); a
 * table as one line per row, cells separated by a tab. Password-protected Office files, which are
 * OLE containers too (a .docx with a password is one), are refused.
 * @param bytes the file
 * Note: rejects with ReadRefusal when the file cannot be read as a plan, and when its sections are
 * numbered only by Word's automatic numbering, which is not text in a .doc.
 */
export async function docToText(bytes: Uint8Array): Promise<ExtractedText> {
  try {
    return await readDoc(bytes);
  } catch (error) {
    if (error instanceof ReadRefusal) throw error;
    // What the reader did not foresee in a damaged or hostile file is refused too, never a crash.
    throw new ReadRefusal(`This old Word or WPS file could not be read; ${SAVE_AS_DOCX}.`);
  }
}

/** docToText, which may throw anything on a damaged file. */
async function readDoc(bytes: Uint8Array): Promise<ExtractedText> {
  const file = inspectOleFile(bytes);
  switch (file.kind) {
    case 'encrypted-package':
    case 'encrypted-word':
      throw new ReadRefusal('This Office file is password-protected; open it with its password and save it again without one.');
    case 'excel':
      throw new ReadRefusal('This file is an old Excel workbook (.xls), not a Word document.');
    case 'powerpoint':
      throw new ReadRefusal('This file is an old PowerPoint presentation (.ppt), not a Word document.');
    case 'other':
      throw new ReadRefusal(`This OLE compound file holds no Word document; if it is a plan, ${SAVE_AS_DOCX}.`);
    case 'damaged':
      throw new ReadRefusal(`This old Word or WPS file is damaged; ${SAVE_AS_DOCX}.`);
    case 'word':
      break;
  }
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // Quotation marks stay as they are: the reader's filter would make “” into "".
    const getBody: (options: { filterUnicode: boolean }) => string = document.getBody.bind(document);
    body = getBody({ filterUnicode: false });
  } catch {
    throw new ReadRefusal(`This old Word or WPS file could not be read; ${SAVE_AS_DOCX}.`);
  }
  const lines = docBodyLines(body);
  // Word's automatic numbering is not in a .doc's text: a plan numbered that way would come out
  // without its ladder and compile to nothing, so it is refused unless its sections are typed.
  if (file.lists && !lines.some((line) => TYPED_SECTION.test(line.text))) {
    throw new ReadRefusal(
      `This old Word file numbers its paragraphs with Word's automatic numbering, which this reader cannot put back; ${SAVE_AS_DOCX}, which keeps the numbering.`,
    );
  }
  return {
    text: lines.map((line) => `${line.text}\n`).join(''),
    lines: lines.map((line) => ({ paragraph: line.paragraph })),
  };
}
