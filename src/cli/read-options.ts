import type { Encoding } from '../read/decode.js';

/**
 * The options of `compile` that say how to read an input, from a command's options.
 * @param options `--from` and `--encoding`, as commander hands them over
 */
export function readOptions(options: { from?: 'text' | 'markdown' | undefined; encoding?: Encoding | undefined }): { format?: 'text' | 'markdown'; encoding?: Encoding } {
  return { ...(options.from ? { format: options.from } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) };
}
