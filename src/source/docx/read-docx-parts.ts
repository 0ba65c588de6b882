import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { INFLATE_FEED_BYTES as CHUNK_BYTES, MAX_UNPACKED_BYTES } from '../max-unpacked-bytes.js';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';

/**
 * The parts of a Word file that are read (document, numbering, styles) may unpack to at most
 * MAX_UNPACKED_BYTES together; images and other parts are never unpacked, so they do not count.
 */
export { MAX_UNPACKED_BYTES };

/** The part of a .docx that holds the body of the document. */
export const DOCUMENT_PART = 'word/document.xml';

const DAMAGED = localize('refusal.docx-damaged-zip');
const TOO_LARGE = localize('refusal.docx-too-large', { mib: MAX_UNPACKED_BYTES / 1024 / 1024 });

/** What a zip without a Word document is, by a part that names its kind. */
const OTHER_KINDS: [part: string, kind: 'xlsx' | 'pptx' | 'ofd' | 'odt'][] = [
  ['xl/workbook.xml', 'xlsx'],
  ['ppt/presentation.xml', 'pptx'],
  ['OFD.xml', 'ofd'],
  ['content.xml', 'odt'],
];

/**
 * The named parts of a .docx (a zip), unpacked, without ever unpacking more than
 * MAX_UNPACKED_BYTES: the sizes the archive declares are checked first, and the bytes inflated are
 * counted as they come, so an archive that lies about its sizes is stopped at the limit too.
 * @param bytes the file
 * @param names the parts wanted; DOCUMENT_PART must be among the archive's parts
 * Note: throws ReadRefusal for a damaged zip, one without a Word document, or one past the limit.
 */
export function readDocxParts(bytes: Uint8Array, names: readonly string[]): Map<string, Uint8Array> {
  // The central directory, read without unpacking anything: it finds damage and the declared sizes.
  const declared = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declared.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch {
    throw new ReadRefusal(DAMAGED);
  }
  if (!declared.has(DOCUMENT_PART)) {
    const kind = OTHER_KINDS.find(([part]) => declared.has(part))?.[1];
    throw new ReadRefusal(
      kind
        ? localize('refusal.docx-other-office', { kind })
        : localize('refusal.docx-no-document'),
    );
  }
  const wanted = new Set(names.filter((name) => declared.has(name)));
  let total = 0;
  for (const name of wanted) total += declared.get(name)!;
  if (total > MAX_UNPACKED_BYTES) throw new ReadRefusal(TOO_LARGE);

  const chunks = new Map<string, Uint8Array[]>();
  const finished = new Set<string>();
  let unpacked = 0;
  const unzip = new Unzip((file) => {
    if (!wanted.has(file.name) || chunks.has(file.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, data, final) => {
      if (error) throw error;
      unpacked += data.length;
      // Thrown from inside the inflater, which stops it where it is.
      if (unpacked > MAX_UNPACKED_BYTES) throw new ReadRefusal(TOO_LARGE);
      parts.push(data);
      if (final) finished.add(file.name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
      unzip.push(bytes.subarray(offset, offset + CHUNK_BYTES), offset + CHUNK_BYTES >= bytes.length);
    }
  } catch (error) {
    if (error instanceof ReadRefusal) throw error;
    throw new ReadRefusal(DAMAGED);
  }
  const result = new Map<string, Uint8Array>();
  for (const name of wanted) {
    if (!finished.has(name)) throw new ReadRefusal(DAMAGED);
    result.set(name, concatenate(chunks.get(name)!));
  }
  return result;
}

/** One array of the pieces in order. */
function concatenate(pieces: Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.length;
  }
  return whole;
}
