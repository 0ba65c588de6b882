import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { temporaryFor } from './temporary-file.js';

/** A file written piece by piece that appears whole, or not at all. */
export interface AtomicFile {
  /** Adds text (as UTF-8) or bytes at the end. */
  write(data: string | Uint8Array): void;
  /** Puts the finished file in place, over any file of that name. */
  commit(): void;
  /** Drops what was written; the file of that name stays as it was. Does nothing after `commit`. */
  abort(): void;
}

/**
 * Opens a file to be written in pieces (the run-wide `documents.jsonl`) the way `writeFileAtomic`
 * writes a whole one: into a temporary file beside it, renamed over it when done, so that a
 * failed run leaves no half file.
 * @param file where the file goes
 */
export function openAtomic(file: string): AtomicFile {
  const temporary = temporaryFor(file);
  let fd: number | null = openSync(temporary, 'w');
  const close = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    write(data) {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd!, bytes, at, bytes.length - at);
    },
    commit() {
      close();
      try {
        renameSync(temporary, file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    },
    abort() {
      if (fd === null) return;
      close();
      rmSync(temporary, { force: true });
    },
  };
}
