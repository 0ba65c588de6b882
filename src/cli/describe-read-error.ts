import type { Input } from './collect-inputs.js';
import { InputRefusal } from './read-regular-file.js';

/**
 * Why an input could not be read from disk, naming it.
 * @param input the input, as collected
 * @param error what reading it threw
 */
export function describeReadError(input: Input, error: unknown): string {
  const where = input.path ?? '<stdin>';
  if (error instanceof InputRefusal) return `${where}: ${error.message}`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return `${where}: a link that leads back to itself (link loop)`;
  if (code === 'EISDIR') return `${where}: is a folder`;
  if (code === 'EACCES') return `${where}: permission denied`;
  if (code === 'ENOENT') return `${where}: no such file or folder`;
  if (code) return `${where}: cannot read (${(error as Error).message})`;
  // Not the input's fault: a fault of this tool, which should be reported rather than hidden.
  return `${where}: internal error while compiling (${(error as Error).message}); please report it with this file`;
}
