import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes a file whole or not at all: to a temporary file beside it, then renamed over it, so
 * a reader never sees half a file and a failed run leaves the previous file in place.
 * @param file where to write
 * @param text the contents, written as UTF-8
 */
export function writeFileAtomic(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
