import type { Block, Diagnostic, Origin, SourceFormat } from './model/index.js';
import { DecodeError, decode, type Encoding } from './read/decode.js';
import { sha256Of } from './read/sha256-of.js';
import { splitText } from './source/split-text.js';
import { MARKDOWN_AS_TEXT } from './source/unreadable-markdown.js';
import { NOT_BLANK } from './text/blank.js';
import { localize, type Localized } from './i18n/translate.js';

const VISIBLE = new RegExp(NOT_BLANK, 'u');

/**
 * A plan read from a file of any format, ready to compile: its text and paragraphs, and for
 * formats other than text where each line of that text stands in the file; or why it cannot be
 * read (`refusal`, a sentence for the user, with the line of the text where that is known).
 */
export interface ReadResult {
  /** The format the file was read in. */
  format: SourceFormat;
  /** The encoding the text was decoded from; `none` when a reader decoded it, or nothing was. */
  encoding: string;
  /** The sha256 of the file's bytes (of the UTF-8 bytes, for text given as a string). */
  sha256: string;
  /** The plan's text: the file decoded, or what the format's reader extracted. */
  text: string;
  /** The paragraphs of `text`, losslessly. */
  blocks: Block[];
  /** For formats other than text and Markdown, where line i + 1 of `text` stands in the file. */
  lines: Origin[] | null;
  /** Why the file cannot be compiled; then `blocks` hold its blank text, if any. */
  refusal: { message: string; line: number | null; localized?: Localized } | null;
  /** What reading it found to warn about (Markdown read as plain text); their `file` is filled in by `compile`. */
  warnings?: Diagnostic[];
}

/**
 * Reads text or Markdown: decodes the bytes (a string is taken as it is) and splits the text into
 * paragraphs; refuses bytes that are not text and text that holds nothing.
 * @param input the file's bytes, or its text already decoded
 * @param format `text` or `markdown`
 * @param encoding read the bytes in this encoding instead of detecting one
 * @param toBlocks the splitter of the format
 */
export function readText(input: Uint8Array | string, format: SourceFormat, encoding: Encoding | undefined, toBlocks: (text: string) => Block[]): ReadResult {
  let decoded;
  try {
    // Text given as a string is taken as it is; its hash is that of its UTF-8 bytes.
    decoded = typeof input === 'string' ? { text: input, encoding: 'utf-8', sha256: sha256Of(new TextEncoder().encode(input)) } : decode(input, encoding);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return refused(format, sha256Of(input as Uint8Array), error.localized, error.line);
  }
  return readExtracted(decoded.text, null, format, decoded.encoding, decoded.sha256, toBlocks);
}

/**
 * The result of reading a text, decoded or extracted: its paragraphs, or a refusal when it holds
 * no visible character (its blank text is kept, so that nothing of the input is lost).
 * @param text the plan's text
 * @param lines where each line stands in the file, for an extracted text
 * @param format the file's format
 * @param encoding the encoding the text was decoded from
 * @param sha256 the hash of the file's bytes
 * @param toBlocks the splitter of the format
 */
export function readExtracted(text: string, lines: Origin[] | null, format: SourceFormat, encoding: string, sha256: string, toBlocks: (text: string) => Block[]): ReadResult {
  if (!VISIBLE.test(text)) {
    const why = localize(text ? 'refusal.blank' : format === 'text' || format === 'markdown' ? 'refusal.empty' : 'refusal.no-text-found');
    return { ...refused(format, sha256, why, null), encoding, text, blocks: text ? toBlocks(text) : [] };
  }
  try {
    return { format, encoding, sha256, text, blocks: toBlocks(text), lines, refusal: null };
  } catch (error) {
    // Markdown nested or marked up past what remark takes (see `markdownBlocks`): read as the plain text it also is.
    if ((error as Error | null)?.name !== 'UnreadableMarkdown') throw error;
    const warning: Diagnostic = { ruleId: MARKDOWN_AS_TEXT, severity: 'warning', message: `read as plain text, not Markdown: ${(error as Error).message}`, file: null, position: null };
    return { format, encoding, sha256, text, blocks: splitText(text), lines, refusal: null, warnings: [warning] };
  }
}

/**
 * A file that cannot be read, and why.
 * @param format the format it was taken for
 * @param sha256 the hash of its bytes
 * @param message why, a sentence for the user (in every language, or English only)
 * @param line the line of the text where the problem is, when known
 */
export function refused(format: SourceFormat, sha256: string, message: string | Localized, line: number | null = null): ReadResult {
  const refusal = typeof message === 'string' ? { message, line } : { message: message.en, line, localized: message };
  return { format, encoding: 'none', sha256, text: '', blocks: [], lines: null, refusal };
}
