import { checkCompileArguments, INVALID_ARGUMENT } from './check-compile-arguments.js';
import { extractClosingObligations, extractObligations } from './extract/extract-obligations.js';
import type { DeadlineContext } from './extract/find-deadline.js';
import { workYearOf } from './extract/plan-year-of.js';
import { statesFirstUnitLeads } from './extract/states-first-unit-leads.js';
import type { Block, Diagnostic, Document, Obligation } from './model/index.js';
import { parseDate } from './parse/line-patterns.js';
import { parse } from './parse/parse.js';
import { addOrigins } from './add-origins.js';
import type { Encoding } from './read/decode.js';
import { sha256Of } from './read/sha256-of.js';
import { sniffFormat } from './read/sniff-format.js';
import { localize } from './i18n/translate.js';
import { readText, refused, type ReadResult } from './read-text.js';
import { sourceFormat } from './source/source-format.js';
import { splitText } from './source/split-text.js';
import { checkRules, type ValidateOptions } from './validate/check-rules.js';

/** How to read one input. */
export interface CompileOptions extends ValidateOptions {
  /** Where the input came from; names the document and picks Markdown for `.md` (with the bytes, the format). Null for stdin. */
  path?: string | null;
  /** The document id; by default the file name without its extension. */
  id?: string;
  /** `markdown` or `text` whatever the bytes say; by default from the bytes and the extension of `path`. */
  format?: 'text' | 'markdown';
  /** Read the bytes in this encoding instead of detecting it. */
  encoding?: Encoding;
}

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
 * @param input the file's bytes, its text already decoded, or a file of any format as `read` gave it
 * @param options path, id, format and encoding of the input
 * @param readMarkdown the Markdown reader, or null when no input is Markdown
 * Note: throws when the input is Markdown bytes or text but no reader was given, else never.
 * Bytes of a format other than text (PDF, Word, OFD, web pages) give the `unreadable` error
 * saying to `read` them first, as their readers are asynchronous. Arguments it cannot use (no
 * input, a number, an unknown encoding, a path that is not a string) give an empty document and
 * an `invalid-argument` error. The rules run without the schema check, as the tree is built here
 * (the tests check that compiled trees match the schema).
 */
export function compileWith(given: Uint8Array | string | ReadResult, givenOptions: CompileOptions | null | undefined, readMarkdown: ReadMarkdown | null): CompileResult {
  const checked = checkCompileArguments(given, givenOptions);
  if ('problem' in checked) return unreadable(refused('text', sha256Of(new Uint8Array()), checked.problem), { path: null }, INVALID_ARGUMENT);
  const { input, options } = checked;
  const read = typeof input === 'string' || input instanceof Uint8Array ? readNow(input, options, readMarkdown) : input;
  const path = options.path ?? null;
  if (read.refusal) return unreadable(read, { ...options, path });
  const parsed = parse(read.blocks);
  // A plan may say how to read all its unit lists (`排在第一位的为牵头单位，下同`).
  const firstLeads = statesFirstUnitLeads(read.text);
  // `年内`, `全年`, `今年` and month-only dates fall in the plan's year.
  const dated = [...parsed.front, ...parsed.closing];
  const preamble = [...parsed.front.filter((block) => block.role === 'addressee'), ...parsed.preamble].map((block) => block.text);
  const context = { planYear: workYearOf(parsed.title, preamble, dateLineYear(dated)) };
  const document: Document = {
    id: options.id ?? idFromPath(path),
    title: parsed.title,
    year: yearOf(parsed.title, dated, path, parsed.preamble),
    source: { path, format: read.format, encoding: read.encoding, sha256: read.sha256 },
    front: parsed.front,
    preamble: parsed.preamble,
    body: extractObligations(parsed.body, firstLeads, context),
    closing: parsed.closing,
    ...closingTasks(parsed.closing, '', firstLeads, context),
    attachments: parsed.attachments.map((part, i) => ({ ...part, body: extractObligations(part.body, firstLeads, context), ...closingTasks(part.closing, `att_${i + 1}__`, firstLeads, context) })),
  };
  const file = options.file ?? path;
  const diagnostics = [...(read.warnings ?? []).map((warning) => ({ ...warning, file })), ...checkRules(document, options)];
  if (read.lines) addOrigins([document, diagnostics], read.lines);
  return { document, diagnostics };
}

/** The field of a part's closing tasks, left out when its closing sets none (as in most plans). */
function closingTasks(closing: Block[], prefix: string, firstLeads: boolean, context: DeadlineContext): { closingObligations?: Obligation[] } {
  const tasks = extractClosingObligations(closing, prefix, firstLeads, context);
  return tasks.length ? { closingObligations: tasks } : {};
}

/** Text or Markdown bytes or text, read at once; bytes of another format are refused, as only `read` can wait for their readers. */
function readNow(input: Uint8Array | string, options: CompileOptions, readMarkdown: ReadMarkdown | null): ReadResult {
  const path = options.path ?? null;
  const sniffed = typeof input === 'string' || options.format ? { format: sourceFormat(path, options.format) } : sniffFormat(input, path);
  if (sniffed.format === null) return refused(sourceFormat(path), sha256Of(input as Uint8Array), sniffed.localized!);
  if (sniffed.format !== 'text' && sniffed.format !== 'markdown') {
    return refused(sniffed.format, sha256Of(input as Uint8Array), localize('refusal.compile-takes-text', { format: sniffed.format }));
  }
  if (sniffed.format === 'markdown' && !readMarkdown) throw new Error('Markdown input, but the Markdown reader was not loaded');
  return readText(input, sniffed.format, options.encoding, sniffed.format === 'markdown' ? readMarkdown! : splitText);
}

/** An input with nothing to compile: its blank text kept as the preamble's whitespace, and why. */
function unreadable(read: ReadResult, options: CompileOptions & { path: string | null }, ruleId = UNREADABLE): CompileResult {
  const document: Document = {
    id: options.id ?? idFromPath(options.path),
    title: null,
    year: null,
    source: { path: options.path, format: read.format, encoding: read.encoding, sha256: read.sha256 },
    front: [],
    preamble: read.blocks,
    body: [],
    closing: [],
    attachments: [],
  };
  const line = read.refusal!.line;
  const point = line ? { line, column: 1, offset: 0 } : null;
  return {
    document,
    diagnostics: [{ ruleId, severity: 'error', message: read.refusal!.localized?.[options.lang ?? 'en'] ?? read.refusal!.message, file: options.file ?? options.path, position: point && { start: point, end: point } }],
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
  const date = dateLineYear(dated);
  const candidates = [title, date !== null ? String(date) : null, path?.split(/[\\/]/).at(-1) ?? null, ...preamble.map((b) => b.text)];
  for (const text of candidates) {
    const match = text && /(?<![0-9])((?:19|20)\d{2})(?:年|[-—_.]|(?![0-9]))/.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}

/** The year of the first date line (`2021年1月18日`) among the blocks, or null. */
function dateLineYear(blocks: Block[]): number | null {
  return blocks.map((b) => (b.role === 'date' ? parseDate(b.text) : null)).find(Boolean)?.year ?? null;
}
