import WordExtractor from 'word-extractor';
import type { ExtractedText } from '../../model/origin.js';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';
import { docBodyLines } from './doc-body-lines.js';
import { inspectOleFile } from './inspect-ole-file.js';

/** A paragraph that starts with a typed section marker: 一、 … 十一、 (after any indent). */
const TYPED_SECTION = /^[\s\u3000]*[一二三四五六七八九十]+、/u;


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
    throw new ReadRefusal(localize('refusal.doc-unreadable'));
  }
}

/** docToText, which may throw anything on a damaged file. */
async function readDoc(bytes: Uint8Array): Promise<ExtractedText> {
  const file = inspectOleFile(bytes);
  switch (file.kind) {
    case 'encrypted-package':
    case 'encrypted-word':
      throw new ReadRefusal(localize('refusal.office-password'));
    case 'excel':
      throw new ReadRefusal(localize('refusal.doc-is-xls'));
    case 'powerpoint':
      throw new ReadRefusal(localize('refusal.doc-is-ppt'));
    case 'other':
      throw new ReadRefusal(localize('refusal.ole-no-word'));
    case 'damaged':
      throw new ReadRefusal(localize('refusal.doc-damaged'));
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
    throw new ReadRefusal(localize('refusal.doc-unreadable'));
  }
  const lines = docBodyLines(body);
  // Word's automatic numbering is not in a .doc's text: a plan numbered that way would come out
  // without its ladder and compile to nothing, so it is refused unless its sections are typed.
  if (file.lists && !lines.some((line) => TYPED_SECTION.test(line.text))) {
    throw new ReadRefusal(localize('refusal.doc-auto-numbering'));
  }
  return {
    text: lines.map((line) => `${line.text}\n`).join(''),
    lines: lines.map((line) => ({ paragraph: line.paragraph })),
  };
}
