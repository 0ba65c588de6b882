import { checkCompileArguments, INVALID_ARGUMENT } from './check-compile-arguments.js';
import { extractObligations } from './extract/extract-obligations.js';
import type { Block, Diagnostic, Document } from './model/index.js';
import { parseDate } from './parse/line-patterns.js';
import { parse } from './parse/parse.js';
import { DecodeError, decode, sha256Of, type Encoding } from './read/decode.js';
import { sourceFormat } from './source/source-format.js';
import { MARKDOWN_AS_TEXT, UnreadableMarkdown } from './source/unreadable-markdown.js';
import { splitText } from './source/split-text.js';
import { NOT_BLANK } from './text/blank.js';
import { checkRules, type ValidateOptions } from './validate/check-rules.js';

/** How to read one input. */
export interface CompileOptions extends ValidateOptions {
  /** Where the input came from; names the document and picks Markdown for `.md`. Null for stdin. */
  path?: string | null;
  /** The document id; by default the file name without its extension. */
  id?: string;
  /** `markdown` or `text`; by default from the extension of `path`. */
  format?: 'text' | 'markdown';
  /** Read the bytes in this encoding instead of detecting it. */
  encoding?: Encoding;
}

const VISIBLE = new RegExp(NOT_BLANK, 'u');

/** The rule id of the finding that says an input is not text this tool can read; the CLI writes nothing for it. */
export const UNREADABLE = 'unreadable';

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
 * @param options path, id, format and encoding of the input
 * @param readMarkdown the Markdown reader, or null when no input is Markdown
 * Note: throws when the input is Markdown but no reader was given, else never: arguments it
 * cannot use (no input, a number, an unknown encoding, a path that is not a string) give an
 * empty document and an `invalid-argument` error. The rules run without the schema check, as the
 * tree is built here (the tests check that compiled trees match the schema).
 */
export function compileWith(given: Uint8Array | string, givenOptions: CompileOptions | null | undefined, readMarkdown: ReadMarkdown | null): CompileResult {
  const checked = checkCompileArguments(given, givenOptions);
  if ('problem' in checked) return unreadable(checked.problem, null, { path: null }, sha256Of(new Uint8Array()), '', 'none', INVALID_ARGUMENT);
  const { input, options } = checked;
  const path = options.path ?? null;
  let decoded;
  try {
    // Text given as a string is taken as it is; its hash is that of its UTF-8 bytes.
    decoded = typeof input === 'string' ? { text: input, encoding: 'utf-8', sha256: sha256Of(new TextEncoder().encode(input)) } : decode(input, options.encoding);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return unreadable(error.message, error.line, { ...options, path }, sha256Of(input as Uint8Array));
  }
  const { text, encoding, sha256 } = decoded;
  if (!VISIBLE.test(text)) return unreadable(text ? 'the file holds no text, only blank space' : 'the file is empty', null, { ...options, path }, sha256, text, encoding);
  const format = sourceFormat(path, options.format);
  if (format === 'markdown' && !readMarkdown) throw new Error('Markdown input, but the Markdown reader was not loaded');
  const read = format === 'markdown' ? readAsMarkdown(text, readMarkdown!, options.file ?? path) : { blocks: splitText(text), warnings: [] };
  const parsed = parse(read.blocks);
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
  return { document, diagnostics: [...read.warnings, ...checkRules(document, options)] };
}

/** The blocks of a Markdown text, or of the same text read as plain text, with a warning, when the Markdown reader cannot take it. */
function readAsMarkdown(text: string, readMarkdown: ReadMarkdown, file: string | null): { blocks: Block[]; warnings: Diagnostic[] } {
  try {
    return { blocks: readMarkdown(text), warnings: [] };
  } catch (error) {
    if (!(error instanceof UnreadableMarkdown)) throw error;
    const message = `read as plain text, not Markdown: ${error.message}`;
    return { blocks: splitText(text), warnings: [{ ruleId: MARKDOWN_AS_TEXT, severity: 'warning', message, file, position: null }] };
  }
}

/** An input with nothing to compile: its blank text kept as the preamble's whitespace, and why. */
function unreadable(why: string, line: number | null, options: CompileOptions & { path: string | null }, sha256: string, text = '', encoding = 'none', ruleId = UNREADABLE): CompileResult {
  const document: Document = {
    id: options.id ?? idFromPath(options.path),
    title: null,
    year: null,
    source: { path: options.path, format: sourceFormat(options.path, options.format), encoding, sha256 },
    front: [],
    preamble: text ? splitText(text) : [],
    body: [],
    closing: [],
    attachments: [],
  };
  const point = line ? { line, column: 1, offset: 0 } : null;
  return {
    document,
    diagnostics: [{ ruleId, severity: 'error', message: why, file: options.file ?? options.path, position: point && { start: point, end: point } }],
  };
}

/**
 * `seeds/2022-quanmian-yifa-zhishi.txt` → `2022-quanmian-yifa-zhishi`: a name that is safe as a
 * file name on every system and cannot leave the output folder. Separators, characters Windows
 * refuses and control characters become `-`; leading dots go (`..`, hidden files); device names
 * (`con`, `nul`, `conin$`), alone or before a dot, get a suffix; the length stays under what file systems take with an extension.
 */
export function idFromPath(path: string | null): string {
  if (!path) return 'stdin';
  const base = path.split(/[\\/]/).at(-1)!.replace(/\.[^.]*$/, '');
  let id = base.replace(/[\s<>:"/\\|?*\u0000-\u001f\u007f\u200b-\u200d\u2060]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'document';
  // Windows reserves a device name before any extension (`nul.tar.json`, `aux.md.csv`), and the console's `CONIN$`/`CONOUT$`.
  id = id.replace(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?=\.|$)/i, '$1-document');
  // 200 UTF-8 bytes leave room for `.outline.txt` and a `-2` within the 255 bytes file systems allow.
  while (new TextEncoder().encode(id).length > MAX_ID_BYTES) id = [...id].slice(0, -1).join('');
  return id;
}

const MAX_ID_BYTES = 200;

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
