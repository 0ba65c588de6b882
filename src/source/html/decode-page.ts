import { decode, DecodeError } from '../../read/decode.js';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';

/**
 * How far into a page its charset is looked for. The HTML standard's prescan stops at 1024
 * bytes, but government pages often put long comments and scripts before their `<meta>`; 8 KiB
 * reaches every `<head>` of the published pages while a charset named in the article's text
 * (a page about encodings) stays out of reach on any real page.
 */
const PRESCAN_BYTES = 8192;

/** `<meta charset="…">` and `<meta http-equiv="Content-Type" content="text/html; charset=…">`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The Chinese national encodings: GB2312 and GBK are subsets of GB18030, so one decoder reads all of them. */
const GB = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|csgb2312|chinese|iso-ir-58)$/i;

/**
 * The text of a web page: the encoding named by its byte-order mark, else by its `<meta>`
 * (GB2312, GBK and GB18030 all read as GB18030), else the one its bytes show (UTF-8 or GB18030).
 * A page that names one encoding but is written in another (a common slip of site templates),
 * or names Latin-1, is read in the one its bytes show, as it would otherwise come out garbled.
 * @param bytes the file
 * Note: throws ReadRefusal when the bytes are not text in any encoding this tool reads.
 */
export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const declared = declaredCharset(bytes);
  // Latin-1 decodes any bytes, so a Chinese page that names it (a template's default) would read
  // as mojibake: its bytes decide first.
  if (declared === 'windows-1252') {
    try {
      return decode(bytes).text;
    } catch {
      return new TextDecoder(declared).decode(bytes);
    }
  }
  if (declared) {
    try {
      return new TextDecoder(declared, { fatal: true }).decode(bytes);
    } catch {
      // Named wrongly: read it as its bytes show, below.
    }
  }
  try {
    return decode(bytes).text;
  } catch (error) {
    if (declared) return new TextDecoder(declared).decode(bytes);
    if (error instanceof DecodeError) throw new ReadRefusal(localize('refusal.html-undecodable', { reason: error.localized }));
    throw error;
  }
}

/** The encoding the page's `<meta>` names, as a label TextDecoder knows, or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps one character per byte, so the ASCII of the tags reads whatever the encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const name = META_CHARSET.exec(head)?.[1];
  if (!name) return null;
  if (GB.test(name)) return 'gb18030';
  try {
    const encoding = new TextDecoder(name).encoding;
    // As the HTML standard says: a page whose ASCII tags can be read cannot be UTF-16, whatever it claims.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}
