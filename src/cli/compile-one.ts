import { join } from 'node:path';
import type { CompileOptions } from '../compile-with.js';
import type { EmitFile } from '../emit/emitters.js';
import { EXTENSIONS, RUN_FILES, type Format } from '../emit/formats.js';
import type { EmitPieces } from '../emit/piecewise-emitters.js';
import { toJsonLine } from '../emit/json-line.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { toRunEntry, type RunEntry } from '../emit/run-index.js';
import { compileInput } from './compile-input.js';
import { translate } from '../i18n/translate.js';
import { describeWriteError } from './describe-write-error.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * Characters of text from which a document's indented JSON is written in pieces (`writeJson`)
 * rather than as one string: the JSON of a plan is about 8 times its text (the seed: 19 KB → 162
 * KB), so below this the whole JSON is under about 8 million characters, which JSON.stringify
 * builds in a few milliseconds; the piecewise walk, JavaScript that a short run runs before V8 has
 * optimised it, took longer than compiling the seed's obligations. Above it, the pieces keep the
 * JSON of a 5 MB plan (some 40 million characters) from standing in memory at once.
 */
const PIECEWISE_FROM_CHARS = 1024 * 1024;

/** One input of a compile run: plain data, so that it can be posted to a worker thread. */
export interface CompileTask {
  /** The path to show and record; null for stdin. */
  path: string | null;
  /** The absolute path to read; null when `bytes` holds the input. */
  file: string | null;
  /** The input itself, when it is not a file (stdin, read once by the main thread). */
  bytes?: Uint8Array;
  /** The document id, unique in the run. */
  id: string;
  /** How to read the input (`--from`, `--encoding`; by default from its extension and bytes), and the language of its messages. */
  read: Pick<CompileOptions, 'format' | 'encoding' | 'lang'>;
  /** The formats to write. */
  formats: Format[];
  /** Most bytes read from the file (`--max-input-size`); by default `DEFAULT_MAX_INPUT_BYTES`. */
  maxBytes?: number;
  /** Whether a link at the end of `file` is followed: the file was named on the command line. */
  followLink?: boolean;
  /** The output folder, absolute and existing. */
  folder: string;
  /** JSON without indentation (`--compact`), as a JSON Lines record is written: for corpus runs that machines read. */
  compact?: boolean;
}

/**
 * The code compileOne runs, loaded by its caller: each thread loads the emitters of the formats
 * written (the readers of formats other than text are loaded by the first input that needs them).
 */
export interface CompileTools {
  emitters: Partial<Record<Format, EmitFile>>;
  /** Emitters that write a file in pieces, used instead of `emitters` for the files of their formats. */
  piecewise?: Partial<Record<Format, EmitPieces>>;
}

/**
 * What became of one input: compiled, with its files written, its summary and its text for the
 * run-wide files (`documents.jsonl`); unreadable, with the reason; or a file of it that could not
 * be emitted or written, named, with the reason (the run goes on with the next input).
 */
export type CompileOutcome =
  | { kind: 'compiled'; entry: RunEntry; runTexts: Record<string, string> }
  | { kind: 'unreadable'; problem: string; finding: Diagnostic }
  | { kind: 'failed'; problem: string; finding: Diagnostic };

/**
 * Reads, compiles and emits one input, writing its own files (`<id>.json`, …) whole or not at all;
 * nothing is written for an input that cannot be read. The document itself is dropped on return:
 * only its summary and its run-wide texts go back.
 * @param task the input and where to write
 * @param tools the emitters of `task.formats`
 */
export async function compileOne(task: CompileTask, { emitters, piecewise = {} }: CompileTools): Promise<CompileOutcome> {
  // A task's input is a file or bytes it carries (stdin is read once, by the main thread).
  const outcome = await compileInput(task, { path: task.path, id: task.id, ...task.read }, { readStdin: async () => new Uint8Array() });
  if (outcome.kind === 'unreadable') return outcome;
  const { result } = outcome;
  const large = outcome.chars >= PIECEWISE_FROM_CHARS;
  const files: string[] = [];
  const runTexts: Record<string, string> = {};
  for (const format of task.formats) {
    const runFile = RUN_FILES[format];
    const file = runFile ?? `${task.id}.${EXTENSIONS[format]}`;
    try {
      // Compact JSON is one line, written whole; the indented JSON of people is written in pieces when the plan is large.
      const pieces = runFile || !large || (format === 'json' && task.compact) ? undefined : piecewise[format];
      if (pieces) writeFileAtomic(join(task.folder, file), (write) => pieces(result.document, write));
      else {
        const text = format === 'json' && task.compact ? toJsonLine(result.document) : await emitters[format]!(result.document);
        // The run-wide formats give text (JSON Lines).
        if (runFile) runTexts[runFile] = text as string;
        else writeFileAtomic(join(task.folder, file), text);
      }
    } catch (error) {
      // Named by the file it was for, never by its temporary (which writeFileAtomic removed).
      const message = translate(task.read.lang, 'write.cannot-write', { file, reason: describeWriteError(error, task.read.lang) });
      return { kind: 'failed', problem: `${task.path ?? '<stdin>'}: ${message}`, finding: { ruleId: WRITE_FAILED, severity: 'error', message, file: task.path, position: null } };
    }
    files.push(file);
  }
  return { kind: 'compiled', entry: toRunEntry(result.document, result.diagnostics, files), runTexts };
}

/** The rule id, in `index.json`, of an output file that could not be written. */
export const WRITE_FAILED = 'write-failed';
