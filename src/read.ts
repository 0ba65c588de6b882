import { checkCompileArguments } from './check-compile-arguments.js';
import type { SourceFormat } from './model/index.js';
import type { Encoding } from './read/decode.js';
import { sha256Of } from './read/sha256-of.js';
import { sniffFormat } from './read/sniff-format.js';
import { localize } from './i18n/translate.js';
import { readExtracted, readText, refused, type ReadResult } from './read-text.js';
import { ReadRefusal } from './source/read-refusal.js';
import { readers, type Reader } from './source/readers.js';
import { splitText } from './source/split-text.js';
import { sourceFormat } from './source/source-format.js';

/** How to read one file. */
export interface ReadOptions {
  /** The file's name (null for stdin): with the bytes, it tells the format. */
  path?: string | null;
  /** Read it as `text` or `markdown` whatever its bytes say. */
  format?: 'text' | 'markdown';
  /** Decode text in this encoding instead of detecting one (web pages, Word, PDF and OFD decode themselves). */
  encoding?: Encoding;
}

/** Each format's reader, loaded once, when the first file of that format is read. */
const loaded = new Map<SourceFormat, Promise<Reader>>();

/**
 * Reads a plan from a file of any format: the format is told by the bytes (PDF, Word, old Word
 * and WPS, OFD, web page, else text; Markdown by a `.md` name), and the format's reader gives
 * the text, loaded only for the first file that needs it. Never rejects on any input: a file
 * that cannot be read (a scan, an encrypted file, an image, a name that says another format
 * than the bytes) gives a result with a `refusal`, which `compile` turns into its `unreadable`
 * error.
 * @param given the file
 * @param givenOptions its name, and a format or encoding to force
 */
export async function read(given: Uint8Array, givenOptions: ReadOptions | null = {}): Promise<ReadResult> {
  // Called from JavaScript without types: arguments it cannot use are a refusal, not a throw.
  const checked = checkCompileArguments(given, givenOptions);
  if ('problem' in checked) return refused('text', sha256Of(new Uint8Array()), checked.problem);
  if (!(checked.input instanceof Uint8Array)) return refused('text', sha256Of(new Uint8Array()), "read() takes the file's bytes (Uint8Array, Buffer, ArrayBuffer); text goes to compile() as it is");
  const bytes = checked.input;
  const options: ReadOptions = checked.options;
  const path = options.path ?? null;
  const sniffed = options.format ? { format: options.format } : sniffFormat(bytes, path);
  if (sniffed.format === null) return refused(sourceFormat(path), sha256Of(bytes), sniffed.localized!);
  const format: SourceFormat = sniffed.format;
  if (!loaded.has(format)) loaded.set(format, readers[format]());
  const reader = await loaded.get(format)!;
  if (reader.kind === 'decoded') return readText(bytes, format, options.encoding, reader.blocks);
  const sha256 = sha256Of(bytes);
  try {
    const { text, lines } = await reader.extract(bytes);
    return readExtracted(text, lines, format, 'none', sha256, splitText);
  } catch (error) {
    // By name too: the command line bundles each reader apart (scripts/bundle.js), each with its own copy of the class.
    if (error instanceof ReadRefusal || (error as Error | null)?.name === 'ReadRefusal') return refused(format, sha256, (error as ReadRefusal).localized ?? (error as Error).message);
    // A reader that fails otherwise has met a file it does not expect: said, rather than thrown, so that the other inputs of a run go on.
    return refused(format, sha256, localize('refusal.reader-failed', { format, detail: (error as Error).message }));
  }
}
