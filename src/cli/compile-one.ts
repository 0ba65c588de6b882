import { join } from 'node:path';
import type { CompileOptions } from '../compile-with.js';
import type { Emit } from '../emit/emitters.js';
import { EXTENSIONS, RUN_FILES, type Format } from '../emit/formats.js';
import { toJsonLine } from '../emit/json-line.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { toRunEntry, type RunEntry } from '../emit/run-index.js';
import { compileInput } from './compile-input.js';
import { writeFileAtomic } from './write-file-atomic.js';

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
  /** How to read the input (`--from`, `--encoding`); by default from its extension and bytes. */
  read: Pick<CompileOptions, 'format' | 'encoding'>;
  /** The formats to write. */
  formats: Format[];
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
  emitters: Partial<Record<Format, Emit>>;
}

/**
 * What became of one input: compiled, with its files written, its summary and its text for the
 * run-wide files (`documents.jsonl`); unreadable, with the reason; or a failure to write, which
 * stops the run.
 */
export type CompileOutcome =
  | { kind: 'compiled'; entry: RunEntry; runTexts: Record<string, string> }
  | { kind: 'unreadable'; problem: string; finding: Diagnostic }
  | { kind: 'failed'; message: string };

/**
 * Reads, compiles and emits one input, writing its own files (`<id>.json`, …) whole or not at all;
 * nothing is written for an input that cannot be read. The document itself is dropped on return:
 * only its summary and its run-wide texts go back.
 * @param task the input and where to write
 * @param tools the emitters of `task.formats`
 */
export async function compileOne(task: CompileTask, { emitters }: CompileTools): Promise<CompileOutcome> {
  // A task's input is a file or bytes it carries (stdin is read once, by the main thread).
  const outcome = await compileInput(task, { path: task.path, id: task.id, ...task.read }, async () => new Uint8Array());
  if (outcome.kind === 'unreadable') return outcome;
  const { result } = outcome;
  const files: string[] = [];
  const runTexts: Record<string, string> = {};
  try {
    for (const format of task.formats) {
      const text = format === 'json' && task.compact ? toJsonLine(result.document) : emitters[format]!(result.document);
      const runFile = RUN_FILES[format];
      const file = runFile ?? `${task.id}.${EXTENSIONS[format]}`;
      if (runFile) runTexts[runFile] = text;
      else writeFileAtomic(join(task.folder, file), text);
      files.push(file);
    }
  } catch (error) {
    return { kind: 'failed', message: (error as Error).message };
  }
  return { kind: 'compiled', entry: toRunEntry(result.document, result.diagnostics, files), runTexts };
}
