import { ENCODINGS, encodingNamed } from './read/decode.js';
import type { CompileOptions } from './compile-with.js';
import type { ReadResult } from './read-text.js';

/** The rule id of the finding that says `compile` was called with arguments it cannot use. */
export const INVALID_ARGUMENT = 'invalid-argument';

/** What `compile` reads, once its arguments are checked. */
export interface CheckedArguments {
  input: Uint8Array | string | ReadResult;
  options: CompileOptions;
}

/**
 * Checks what a caller gave `compile`, which may come from JavaScript without types: the input
 * must be a string, bytes (a `Uint8Array`, `Buffer`, `ArrayBuffer` or `DataView`, read as bytes)
 * or what `read` gave (told by its fields);
 * the options an object or nothing, with a string or null `path`, a string `id`, a known `format`
 * and `encoding`.
 * @param input what was given as the input
 * @param options what was given as the options
 * @returns the input as bytes or text and the options, or the problem, naming the argument
 */
export function checkCompileArguments(input: unknown, options: unknown): CheckedArguments | { problem: string } {
  const bytes = isReadResult(input) ? input : asBytes(input);
  if (bytes === null) return { problem: `the input must be a string, bytes (Uint8Array, Buffer, ArrayBuffer) or what read() gave, not ${describe(input)}` };
  if (options === undefined || options === null) return { input: bytes, options: {} };
  if (typeof options !== 'object' || Array.isArray(options)) return { problem: `the options must be an object, not ${describe(options)}` };
  const given = options as Record<string, unknown>;
  if (given.path !== undefined && given.path !== null && typeof given.path !== 'string') return { problem: `options.path must be a string or null, not ${describe(given.path)}` };
  if (given.id !== undefined && (typeof given.id !== 'string' || given.id === '')) return { problem: `options.id must be a non-empty string, not ${describe(given.id)}` };
  if (given.format !== undefined && given.format !== 'text' && given.format !== 'markdown') return { problem: `options.format must be 'text' or 'markdown', not ${describe(given.format)}` };
  if (given.file !== undefined && given.file !== null && typeof given.file !== 'string') return { problem: `options.file must be a string or null, not ${describe(given.file)}` };
  if (given.config !== undefined && given.config !== null && typeof given.config !== 'object') return { problem: `options.config must be an object or null, not ${describe(given.config)}` };
  let encoding = undefined;
  if (given.encoding !== undefined) {
    encoding = typeof given.encoding === 'string' ? encodingNamed(given.encoding) : null;
    if (!encoding) return { problem: `options.encoding must be one of ${ENCODINGS.join(', ')} (or gbk, gb2312), not ${describe(given.encoding)}` };
  }
  return { input: bytes, options: { ...(given as CompileOptions), ...(encoding ? { encoding } : {}) } };
}

/** Whether a value has the fields of what `read` gives; its blocks are trusted as `read` made them. */
function isReadResult(value: unknown): value is ReadResult {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return false;
  const given = value as Record<string, unknown>;
  const refusal = given.refusal as Record<string, unknown> | null | undefined;
  return (
    typeof given.format === 'string' &&
    typeof given.encoding === 'string' &&
    typeof given.sha256 === 'string' &&
    typeof given.text === 'string' &&
    Array.isArray(given.blocks) &&
    (given.lines === null || Array.isArray(given.lines)) &&
    (refusal === null || (typeof refusal === 'object' && typeof refusal?.message === 'string')) &&
    (given.warnings === undefined || Array.isArray(given.warnings))
  );
}

function asBytes(input: unknown): Uint8Array | string | null {
  if (typeof input === 'string' || input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return null;
}

/** A value in a few words, for a message: `undefined`, `a number (42)`, `an object`. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `a ${typeof value} (${String(value)})`;
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value}`;
}
