import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.plan.json.1234.9f3a0c1d.tmp`: hidden, named after its file and the process writing it. */
const TEMPORARY = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** The folders this process writes temporary files into (its worker threads write into the same). */
const writing = new Set<string>();

/**
 * A name for a temporary file beside `file`, hidden and named after it and this process, which
 * `removeStaleTemporaries` clears away once the process is gone.
 * @param file the file the temporary one is for
 */
export function temporaryFor(file: string): string {
  writing.add(dirname(file));
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomHex8()}.tmp`);
}

/**
 * Eight random hex digits, from Math.random: the name need only differ from those of this
 * process's other threads (the pid is in it), and V8 seeds each thread's Math.random from the
 * system's entropy. node:crypto's randomBytes would load 36 of Node.js's modules, about 10 ms of a
 * short run.
 */
function randomHex8(): string {
  return Math.floor(Math.random() * 2 ** 32)
    .toString(16)
    .padStart(8, '0');
}

/**
 * Removes the temporary files a killed run left in a folder: those of processes that no longer
 * run. A run that is still writing into the same folder keeps its own.
 * @param folder an output folder
 * @returns the names removed
 */
export function removeStaleTemporaries(folder: string): string[] {
  writing.add(folder);
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

/**
 * Removes this process's own temporary files (and its worker threads') from every folder it has
 * written into, for a run that must end at once (its stdout or stderr was closed) and leave no
 * trace of the files it had not finished.
 */
export function removeOwnTemporaries(): void {
  for (const folder of writing) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) if (TEMPORARY.exec(name)?.[1] === String(process.pid)) rmSync(join(folder, name), { force: true });
  }
}
