import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.plan.json.1234.9f3a0c1d.tmp`: hidden, named after its file and the process writing it. */
const TEMPORARY = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Writes a file whole or not at all: to a hidden temporary file beside it, then renamed over it,
 * so a reader never sees half a file and a failed or killed run leaves the previous file in place.
 * @param file where to write
 * @param text the contents, written as UTF-8
 */
export function writeFileAtomic(file: string, text: string): void {
  const temporary = temporaryFor(file);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * A name for a temporary file beside `file`, hidden and named after it and this process, which
 * `removeStaleTemporaries` clears away once the process is gone.
 * @param file the file the temporary one is for
 */
export function temporaryFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Removes the temporary files a killed run left in a folder: those of processes that no longer
 * run. A run that is still writing into the same folder keeps its own.
 * @param folder an output folder
 * @returns the names removed
 */
export function removeStaleTemporaries(folder: string): string[] {
  const stale = readdirSync(folder).filter((name) => {
    const pid = TEMPORARY.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
  for (const name of stale) rmSync(join(folder, name), { force: true });
  return stale;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
