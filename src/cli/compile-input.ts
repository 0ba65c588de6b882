import { compileWith, UNREADABLE, type CompileOptions, type CompileResult } from '../compile-with.js';
import type { Diagnostic } from '../model/index.js';
import { read } from '../read.js';
import type { Input } from './collect-inputs.js';
import { describeReadError } from './describe-read-error.js';
import { describeRefusal } from './describe-refusal.js';
import type { Io } from './io.js';
import { readInput } from './read-regular-file.js';

/** An input to compile: a file, standard input, or bytes already read (stdin read once, an edition whose start was looked at). */
export interface InputToCompile extends Input {
  bytes?: Uint8Array;
  /** Most bytes read from the file or stdin (`--max-input-size`); by default `DEFAULT_MAX_INPUT_BYTES`. */
  maxBytes?: number;
}

/** What became of an input: its compiled document and findings, or why it could not be read, naming it. */
export type InputOutcome =
  /** `chars`: the length of the text compiled (the file decoded, or what its format's reader extracted). */
  | { kind: 'compiled'; result: CompileResult; chars: number }
  | { kind: 'unreadable'; problem: string; finding: Diagnostic };

/**
 * The one way `compile`, `validate` and `diff` read an input: path → bytes (a regular file only,
 * at most `maxBytes`, see `readInput`) → format (by the bytes) → text (the format's reader,
 * loaded when first needed) → compile → a failure explained in one sentence naming the file (and
 * the line, where known). Never throws: a file that cannot be read, a refused format and a fault
 * of this tool all come back as `unreadable`.
 * @param input the input, as collected, with its size cap
 * @param options how to compile it (path, id, config, `--from`, `--encoding`)
 * @param io where standard input comes from, for an input without a file or bytes
 */
export async function compileInput(input: InputToCompile, options: CompileOptions, io: Pick<Io, 'readStdin'>): Promise<InputOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = input.bytes ?? (await readInput(input, io, input.maxBytes));
  } catch (error) {
    return unreadableOutcome(input.path, describeReadError(input, error, options.lang));
  }
  let result: CompileResult;
  let chars: number;
  try {
    const source = await read(bytes, { path: input.path, ...(options.format ? { format: options.format } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) });
    chars = source.text.length;
    result = compileWith(source, options, null);
  } catch (error) {
    return unreadableOutcome(input.path, describeReadError(input, error, options.lang));
  }
  const refusal = describeRefusal(input, result);
  if (refusal) return { kind: 'unreadable', problem: refusal, finding: result.diagnostics.find((d) => d.ruleId === UNREADABLE)! };
  return { kind: 'compiled', result, chars };
}

/**
 * An input that could not be read, for the run's report and for `index.json`, where CI jobs find
 * it among the findings as an `unreadable` error.
 * @param path the input as shown, null for stdin
 * @param problem the reason, naming the input
 */
export function unreadableOutcome(path: string | null, problem: string): InputOutcome & { kind: 'unreadable' } {
  // The finding names the input in `file`; its message is the reason alone.
  const named = `${path ?? '<stdin>'}: `;
  const message = problem.startsWith(named) ? problem.slice(named.length) : problem;
  return { kind: 'unreadable', problem, finding: { ruleId: UNREADABLE, severity: 'error', message, file: path, position: null } };
}
