import { extractObligations } from './extract/extract-obligations.js';
import type { Block, Diagnostic, Document } from './model/index.js';
import { parseDate } from './parse/line-patterns.js';
import { parse } from './parse/parse.js';
import { decode, sha256Of } from './read/decode.js';
import { sourceFormat } from './source/source-format.js';
import { splitText } from './source/split-text.js';
import { checkRules, type ValidateOptions } from './validate/check-rules.js';

/** How to read one input. */
export interface CompileOptions extends ValidateOptions {
  /** Where the input came from; names the document and picks Markdown for `.md`. Null for stdin. */
  path?: string | null;
  /** The document id; by default the file name without its extension. */
  id?: string;
  /** `markdown` or `text`; by default from the extension of `path`. */
  format?: 'text' | 'markdown';
}

/** A compiled document and what validating it found. */
export interface CompileResult {
  document: Document;
  diagnostics: Diagnostic[];
}

/** Reads a Markdown text into blocks: `markdownBlocks`, which the caller loads (it brings unified and remark). */
export type ReadMarkdown = (text: string) => Block[];

/**
 * Compiles one policy document as `compile` does, with the Markdown reader given rather than
 * imported, so that a caller reading only text never loads it.
 * @param input the file's bytes, or its text already decoded
 * @param options path, id and format of the input
 * @param readMarkdown the Markdown reader, or null when no input is Markdown
 * Note: throws `DecodeError` when the bytes are not text (PDF, Word, binary), and an error when
 * the input is Markdown but no reader was given. The rules run without the schema check, as the
 * tree is built here (the tests check that compiled trees match the schema).
 */
export function compileWith(input: Uint8Array | string, options: CompileOptions, readMarkdown: ReadMarkdown | null): CompileResult {
  const path = options.path ?? null;
  // Text given as a string is taken as it is; its hash is that of its UTF-8 bytes.
  const { text, encoding, sha256 } = typeof input === 'string' ? { text: input, encoding: 'utf-8', sha256: sha256Of(new TextEncoder().encode(input)) } : decode(input);
  const format = sourceFormat(path, options.format);
  if (format === 'markdown' && !readMarkdown) throw new Error('Markdown input, but the Markdown reader was not loaded');
  const blocks = format === 'markdown' && readMarkdown ? readMarkdown(text) : splitText(text);
  const parsed = parse(blocks);
  const document: Document = {
    id: options.id ?? idFromPath(path),
    title: parsed.title,
    year: yearOf(parsed.title, [...parsed.front, ...parsed.closing], path, parsed.preamble),
    source: { path, format, encoding, sha256 },
    front: parsed.front,
    preamble: parsed.preamble,
    body: extractObligations(parsed.body),
    closing: parsed.closing,
    attachments: parsed.attachments.map((part) => ({ ...part, body: extractObligations(part.body) })),
  };
  return { document, diagnostics: checkRules(document, options) };
}

/** `seeds/2022-quanmian-yifa-zhishi.txt` → `2022-quanmian-yifa-zhishi`; characters unsafe in file names become `-`. */
export function idFromPath(path: string | null): string {
  if (!path) return 'stdin';
  const base = path.split(/[\\/]/).at(-1)!.replace(/\.[^.]*$/, '');
  return base.replace(/[\s<>:"/\\|?*\u0000-\u001f]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'document';
}

/** The plan's year: from its title, else its date lines, else the file name, else the first year the preamble names. */
function yearOf(title: string | null, dated: Block[], path: string | null, preamble: Block[]): number | null {
  const date = dated.map((b) => (b.role === 'date' ? parseDate(b.text) : null)).find(Boolean);
  const candidates = [title, date ? String(date.year) : null, path?.split(/[\\/]/).at(-1) ?? null, ...preamble.map((b) => b.text)];
  for (const text of candidates) {
    const match = text && /(?<![0-9])((?:19|20)\d{2})(?:年|[-—_.]|(?![0-9]))/.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}
