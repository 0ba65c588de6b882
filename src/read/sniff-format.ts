import { localize, type Localized } from '../i18n/translate.js';
import { FORMAT_NAMES_IN } from '../i18n/messages.js';

/** The formats a file can be read in: text and Markdown are decoded here, the others have readers of their own. */
export type FileFormat = 'text' | 'markdown' | 'html' | 'docx' | 'doc' | 'pdf' | 'ofd';

/** What the bytes of a file are: a format to read it in, or why it cannot be read (a sentence for the user). */
export type Sniffed = { format: FileFormat; refusal?: undefined; localized?: undefined } | { format: null; refusal: string; localized: Localized };

/** A refusal of the file: `refusal` in English, `localized` in every language. */
function refuse(text: Localized): Sniffed {
  return { format: null, refusal: text.en, localized: text };
}

/** What each readable format is called in an English message (`FORMAT_NAMES_IN` has every language). */
export const FORMAT_NAMES: Record<FileFormat, string> = FORMAT_NAMES_IN.en;

/** The format an extension names; text and Markdown extensions name no format the bytes must have. */
const BY_EXTENSION: Record<string, FileFormat> = {
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  docx: 'docx',
  doc: 'doc',
  wps: 'doc',
  pdf: 'pdf',
  ofd: 'ofd',
};

/**
 * Formats that name one family: Word opens a .doc that holds a .docx and the other way round, and
 * a password-protected .docx is an OLE container (as a .doc is), so these go by their bytes.
 */
const SAME_FAMILY: Array<ReadonlySet<FileFormat>> = [new Set<FileFormat>(['docx', 'doc'])];

/** Files this tool cannot read at all, by their first bytes. */
const REFUSED: Array<[magic: number[], what: 'rtf' | 'png' | 'jpeg' | 'gif' | 'tiff' | 'riff' | 'gzip' | '7z' | 'rar']> = [
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'rtf'],
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x49, 0x49, 0x2a, 0x00], 'tiff'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'tiff'],
  [[0x52, 0x49, 0x46, 0x46], 'riff'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7z'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'rar'],
];

const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4, a local file header
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06]; // PK\5\6, an end of central directory with no entry before it
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // a Compound File Binary container

/**
 * How much of a file's start is looked at for a web page's first tag: a page may open with a long
 * comment or XML declaration; 4 KB holds any seen on government sites and is nothing to scan.
 */
const HTML_WINDOW = 4096;

/**
 * What the bytes of a file are, whatever its name says: PDF (`%PDF`), a zip holding
 * `word/document.xml` (Word) or `OFD.xml` (OFD), an OLE container (old Word, WPS, or an
 * encrypted Office file), a web page (its first tag after a BOM, blanks, comments or an XML
 * declaration, in any encoding), else text — Markdown when the name ends `.md`/`.markdown`.
 * Images, RTF and other archives are refused. A name that says one of the formats above while
 * the bytes are another (an `.html` that is a PDF) is refused too, saying what the bytes are,
 * except within Word's family (.doc/.docx/.wps, which Word opens either way), and a damaged zip
 * or a page fragment named for what it should be is left to that format's reader to explain.
 * `.txt`, Markdown and other names go by the bytes.
 * @param bytes the whole file (or at least its start and, for a zip, its end)
 * @param path its name, or null for stdin
 */
export function sniffFormat(bytes: Uint8Array, path: string | null): Sniffed {
  const byBytes = formatOfBytes(bytes);
  if (byBytes !== null && typeof byBytes === 'object') return byBytes;
  const extension = extensionOf(path);
  const named = formatNamed(path);
  if (byBytes === undefined) {
    // A zip whose entries cannot all be listed may still be what its name says: its reader explains what is wrong with it.
    if (named === 'docx' || named === 'ofd') return { format: named };
    return refuse(localize('refusal.zip-unlisted'));
  }
  const format = byBytes ?? (/^(?:md|markdown)$/.test(extension) ? 'markdown' : 'text');
  if (!named || named === format || SAME_FAMILY.some((family) => family.has(named) && family.has(format))) return { format };
  // A page saved without its first tags (a fragment that opens with a <div>) is still the page its name says.
  if (named === 'html' && byBytes === null) return { format: 'html' };
  return refuse(localize('refusal.name-mismatch', { named, extension, format }));
}

/**
 * The format a file's name says it is, when that format has a reader of its own (`plan.pdf` →
 * `pdf`, `page.htm` → `html`); undefined for text, Markdown and any other name.
 * @param path a file's path, or null for stdin
 */
export function formatNamed(path: string | null): FileFormat | undefined {
  return BY_EXTENSION[extensionOf(path)];
}

/** A path's extension in lower case, without its dot; empty when it has none. */
function extensionOf(path: string | null): string {
  return /\.([^./\\]+)$/.exec(path ?? '')?.[1]?.toLowerCase() ?? '';
}

/**
 * The format the bytes alone show; null when they show none (text), undefined for a damaged zip
 * whose entries cannot all be listed, or a refusal.
 */
function formatOfBytes(bytes: Uint8Array): FileFormat | null | undefined | Sniffed {
  for (const [magic, what] of REFUSED) if (startsWith(bytes, magic)) return refuse(localize('refusal.refused-kind', { kind: what }));
  if (startsWith(bytes, PDF, bomAndBlanks(bytes))) return 'pdf';
  if (startsWith(bytes, OLE)) return 'doc';
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    const { names, complete } = zipEntryNames(bytes);
    if (names.includes('word/document.xml')) return 'docx';
    if (names.some((name) => name.toLowerCase() === 'ofd.xml')) return 'ofd';
    if (names.includes('xl/workbook.xml')) return refuse(localize('refusal.excel'));
    if (names.includes('ppt/presentation.xml')) return refuse(localize('refusal.powerpoint'));
    if (!complete) return undefined;
    return refuse(localize('refusal.zip-other', { files: names.length }));
  }
  return looksLikeHtml(bytes) ? 'html' : null;
}

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Where the content starts after a UTF-8 BOM and ASCII blanks. */
function bomAndBlanks(bytes: Uint8Array): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return i;
}

/**
 * Whether a file opens as a web page: its first tag (after a BOM, blanks, comments and an XML
 * declaration) is a doctype or one of the elements a page starts with. The start is read as
 * Latin-1, which keeps ASCII as it is in UTF-8, GBK and GB18030; UTF-16 is read as UTF-16.
 */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const window = bytes.subarray(0, HTML_WINDOW);
  const utf16 = (window[0] === 0xff && window[1] === 0xfe) || (window[0] === 0xfe && window[1] === 0xff) ? (window[0] === 0xff ? 'utf-16le' : 'utf-16be') : nulPattern(window);
  const text = new TextDecoder(utf16 ?? 'latin1').decode(window).replace(/^(?:\ufeff|ï»¿)/, '');
  const start = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/.exec(text)![0].length;
  return /^<(?:!doctype\s+html|html|head|meta|title|body|link|script|style|base)[\s>/]/i.test(text.slice(start));
}

/** UTF-16 without a BOM, told by NUL bytes beside each ASCII character of the first tag. */
function nulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return 'utf-16be';
  return null;
}

/** End of central directory record: its signature, its fixed size, and the most a comment after it can add. */
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_ZIP_COMMENT = 0xffff;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** Entries listed from local headers when the central directory is missing: enough to find `word/` or `OFD.xml`, which come first. */
const MAX_LOCAL_ENTRIES = 64;

/**
 * The names of the entries of a zip archive: from its central directory (complete), else (a
 * truncated or damaged archive) those the local headers at its start give (not complete).
 * Only the headers are read, nothing is unpacked.
 */
function zipEntryNames(bytes: Uint8Array): { names: string[]; complete: boolean } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const latest = Math.max(0, bytes.length - EOCD_SIZE - MAX_ZIP_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= latest; at--) {
    if (u32(at) !== EOCD_SIGNATURE) continue;
    const count = u16(at + 10);
    let entry = u32(at + 16);
    const names: string[] = [];
    for (let k = 0; k < count && u32(entry) === CENTRAL_SIGNATURE; k++) {
      const length = u16(entry + 28);
      names.push(nameAt(bytes, entry + 46, length));
      entry += 46 + length + u16(entry + 30) + u16(entry + 32);
    }
    if (names.length === count) return { names, complete: true };
    break;
  }
  const names: string[] = [];
  for (let entry = 0; names.length < MAX_LOCAL_ENTRIES && u32(entry) === LOCAL_SIGNATURE; ) {
    const length = u16(entry + 26);
    names.push(nameAt(bytes, entry + 30, length));
    // Without a data descriptor the compressed size says where the next header starts; with one it does not, and the listing stops.
    const flags = u16(entry + 6);
    const size = u32(entry + 18);
    if (flags & 0x08 || size < 0) break;
    entry += 30 + length + u16(entry + 28) + size;
  }
  return { names, complete: false };
}

function nameAt(bytes: Uint8Array, at: number, length: number): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(at, Math.min(bytes.length, at + length)));
}
