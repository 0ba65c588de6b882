import { openAtomic } from './open-atomic.js';

/**
 * Writes a file whole or not at all: to a hidden temporary file beside it, then renamed over it,
 * so a reader never sees half a file and a failed or killed run leaves the previous file in place.
 * @param file where to write
 * @param text the contents: text, written as UTF-8, or bytes, or a function that hands text over in pieces
 */
export function writeFileAtomic(file: string, text: string | Uint8Array | ((write: (chunk: string) => void) => void)): void {
  const atomic = openAtomic(file);
  try {
    if (typeof text === 'function') text((chunk) => atomic.write(chunk));
    else atomic.write(text);
    atomic.commit();
  } finally {
    atomic.abort();
  }
}
