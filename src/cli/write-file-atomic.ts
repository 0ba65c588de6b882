import { openAtomic } from './open-atomic.js';

/**
 * Writes a file whole or not at all: to a hidden temporary file beside it, then renamed over it,
 * so a reader never sees half a file and a failed or killed run leaves the previous file in place.
 * @param file where to write
 * @param text the contents, written as UTF-8: a string, or a function that hands them over in pieces
 */
export function writeFileAtomic(file: string, text: string | ((write: (chunk: string) => void) => void)): void {
  const atomic = openAtomic(file);
  try {
    if (typeof text === 'string') atomic.write(text);
    else text((chunk) => atomic.write(chunk));
    atomic.commit();
  } finally {
    atomic.abort();
  }
}
