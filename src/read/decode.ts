import { readBig5Instead } from './read-big5-instead.js';
import { sha256Of } from './sha256-of.js';
import { sniffFormat, type FileFormat } from './sniff-format.js';
import { localize, type Localized } from '../i18n/translate.js';

/** Formats whose bytes are text this function decodes (a web page is text too, before its reader reads its markup). */
const TEXT_FORMATS: ReadonlySet<FileFormat> = new Set(['text', 'markdown', 'html']);

/** Input that is not text this tool can read; the message (English; `localized` in every language) says why and what to do. */
export class DecodeError extends Error {
  override name = 'DecodeError';
  /** 1-based line of the first offending byte, when known. */
  line: number | null;
  /** The message in every language. */
  localized: Localized;
  constructor(message: string | Localized, line: number | null = null) {
    super(typeof message === 'string' ? message : message.en);
    this.line = line;
    this.localized = typeof message === 'string' ? { en: message, zh: message } : message;
  }
}

/** Decoded text, the encoding it was read in, and the sha256 of the bytes. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | Encoding;
  sha256: string;
}

/** The encodings a file can be forced to be read in (`--encoding`). */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Other names users give these encodings; GBK and GB2312 are subsets of GB18030. Big5 (traditional characters) is guessed only where GB18030 reads the bytes as rarer characters. */
const ALIASES: Record<string, Encoding> = { utf8: 'utf-8', gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030', utf16le: 'utf-16le', utf16be: 'utf-16be', 'utf-16': 'utf-16le' };

/**
 * The encoding a name stands for (`GBK` → `gb18030`, `utf8` → `utf-8`), or null for a name not known.
 * @param name as a user writes it, in any case
 */
export function encodingNamed(name: string): Encoding | null {
  const key = name.trim().toLowerCase();
  return (ENCODINGS as readonly string[]).includes(key) ? (key as Encoding) : (ALIASES[key] ?? null);
}

/**
 * Turns the bytes of a file into text: UTF-8 with or without BOM, UTF-16 (with a BOM, or
 * without one when its NUL bytes show it), or GB18030/GBK (the common encoding of Chinese
 * government files), or Big5 when GB18030 reads the same bytes as rarer characters.
 * @param bytes the whole file
 * @param forced read in this encoding instead of detecting one; bytes it cannot decode become `�`
 * Note: throws `DecodeError` for empty files, PDF, Word, OFD, RTF, images and other binary input
 * (`sniffFormat` tells them apart).
 */
export function decode(bytes: Uint8Array, forced?: Encoding): Decoded {
  const sha256 = sha256Of(bytes);
  if (bytes.length === 0) throw new DecodeError(localize('refusal.empty'));
  const sniffed = sniffFormat(bytes, null);
  if (sniffed.refusal !== undefined) throw new DecodeError(sniffed.localized);
  if (!TEXT_FORMATS.has(sniffed.format)) throw new DecodeError(localize('refusal.not-text', { format: sniffed.format }));
  if (forced) return decodeAs(bytes, forced, sha256);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)), encoding: 'utf-8-bom', sha256 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: textAfterBom(bytes, 'utf-16le'), encoding: 'utf-16le', sha256 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: textAfterBom(bytes, 'utf-16be'), encoding: 'utf-16be', sha256 };
  const nul = bytes.indexOf(0);
  const bomless = nul === -1 ? null : utf16WithoutBom(bytes);
  if (bomless) return { text: new TextDecoder(bomless).decode(bytes), encoding: bomless, sha256 };
  if (nul !== -1 && bytes.length % 2 === 1 && utf16WithoutBom(bytes.subarray(0, bytes.length - 1))) {
    throw new DecodeError(localize('refusal.utf16-odd-bytes'));
  }
  if (nul !== -1) {
    throw new DecodeError(localize('refusal.binary'), lineAt(bytes, nul));
  }
  try {
    return { text: strictUtf8(bytes), encoding: 'utf-8', sha256 };
  } catch (utf8Error) {
    try {
      const gb18030 = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      const big5 = readBig5Instead(bytes, gb18030);
      return big5 === null ? { text: gb18030, encoding: 'gb18030', sha256 } : { text: big5, encoding: 'big5', sha256 };
    } catch {
      throw utf8Error;
    }
  }
}

/**
 * UTF-16 saved without a BOM, which has NUL bytes wherever an ASCII character stands (digits,
 * line ends): the byte order in which nearly all of the text is ASCII, CJK or CJK punctuation;
 * null when neither reads so (then the bytes are binary).
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const plain = text.match(PLAUSIBLE)?.length ?? 0;
    if (plain >= MIN_PLAUSIBLE_SHARE * text.length) return encoding;
  }
  return null;
}

/**
 * The text after a UTF-16 byte-order mark, when it reads as text: two bytes `FF FE` before
 * random bytes decode to characters too, but hardly any of them are those of a plan.
 */
function textAfterBom(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const text = new TextDecoder(encoding).decode(bytes.subarray(2));
  const plain = text.match(PLAUSIBLE)?.length ?? 0;
  if (plain < MIN_PLAUSIBLE_SHARE * text.length) throw new DecodeError(localize('refusal.not-text-after-bom', { encoding: encoding.toUpperCase() }));
  return text;
}

/** Characters of Chinese plain text: ASCII text, CJK ideographs, CJK and full-width punctuation. */
const PLAUSIBLE = /[\t\n\r\u0020-\u007e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2010-\u2027]/gu;
const MIN_PLAUSIBLE_SHARE = 0.9;

/** Bytes read in the encoding the user named: a BOM of that encoding is dropped, and recorded for UTF-8. */
function decodeAs(bytes: Uint8Array, encoding: Encoding, sha256: string): Decoded {
  const bom = encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: new TextDecoder(encoding).decode(bytes), encoding: bom ? 'utf-8-bom' : encoding, sha256 };
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new DecodeError(localize('refusal.invalid-bytes'), lineAt(bytes, at));
  }
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
