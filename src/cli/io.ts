import { fstatSync, statSync, writeSync } from 'node:fs';
import { DEFAULT_MAX_INPUT_BYTES, InputRefusal, formatSize } from './read-regular-file.js';
import { localize } from '../i18n/translate.js';
import { removeOwnTemporaries } from './temporary-file.js';
import { shortRunJit } from './short-run-jit.js';
import { StandardOutputError } from './standard-output-error.js';

/** The outside world a command sees; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input; past `maxBytes` (by default `DEFAULT_MAX_INPUT_BYTES`) throws `InputRefusal`. */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
  /** Resolves once stdout has taken what was written to it: a stream's writer waits for it, so that a slow reader never makes the writer hold its output in memory. */
  stdoutDrained?(): Promise<void>;
  /** Standard input chunk by chunk, as it comes, for a stream read line by line (`--from jsonl`); without it, `readStdin` whole. */
  stdinChunks?(): AsyncIterable<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (colour and the summary's symbols). */
  stderrIsTTY: boolean;
  /** Whether stdout is a terminal; reports written there are coloured only then (unknown: as stderr). */
  stdoutIsTTY?: boolean;
  /** Milliseconds from some fixed moment, for the pace of the progress bar (default `performance.now`); tests pass their own. */
  now?: () => number;
  /**
   * Told that the run is short (compile of a few small plans in this process): the real process
   * turns V8's optimizing compiler off for the rest of it (`shortRunJit`). Tests leave it out, so
   * that a test run keeps it.
   */
  shortRun?(): Promise<void>;
}

/** The real process's `Io`, which can tell whether all it was given to write has gone out. */
export interface ProcessIo extends Io {
  /** Whether everything written has been handed to the system: nothing waits in a stream's queue (a pipe written through Node.js's stream that was full), so that the process may end at once. */
  settled(): boolean;
}

/** The real process: its streams, working folder and environment. */
export function processIo(): ProcessIo {
  // A reader that stops early (`policy-compile … | head`, also of stderr) closes the pipe: stop
  // quietly with exit 0, as cat does, and remove the files not yet finished. A write to a closed
  // pipe throws (written directly) or marks the stream errored at once, but the stream's 'error'
  // event waits for the event loop, which a run compiling in this thread does not reach until it
  // ends: each write checks.
  const stopIfClosed = (error: unknown) => {
    if ((error as NodeJS.ErrnoException | null | undefined)?.code !== 'EPIPE') return;
    removeOwnTemporaries();
    process.exit(0);
  };
  const stdout = standardWriter(1, () => process.stdout, stopIfClosed);
  const stderr = standardWriter(2, () => process.stderr, stopIfClosed);
  return {
    stdout: stdout.write,
    stderr: stderr.write,
    readStdin: async (maxBytes = DEFAULT_MAX_INPUT_BYTES) => {
      const chunks: Buffer[] = [];
      let length = 0;
      for await (const chunk of process.stdin) {
        length += (chunk as Buffer).length;
        if (length > maxBytes) throw new InputRefusal(localize('input.stdin-too-large', { limit: formatSize(maxBytes) }));
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks);
    },
    // A pipe takes what it can at once; Node.js's stream keeps the rest in memory until the pipe
    // drains. Written directly, stdout has taken everything when the write returns.
    stdoutDrained: () => {
      const stream = stdout.stream();
      return stream?.writableNeedDrain ? new Promise((resolve) => stream.once('drain', resolve)) : Promise.resolve();
    },
    stdinChunks: () => process.stdin,
    cwd: process.cwd(),
    env: process.env,
    stderrIsTTY: isTerminal(2, () => process.stderr),
    // Asked only by a command that reports on stdout (validate).
    get stdoutIsTTY() {
      return isTerminal(1, () => process.stdout);
    },
    now: () => performance.now(),
    shortRun: shortRunJit,
    settled: () => [stdout.stream(), stderr.stream()].every((stream) => !stream || stream.writableLength === 0),
  };
}

/** Writes to standard output or error, and the Node.js stream it came to use, if any. */
interface StandardWriter {
  write(text: string): void;
  stream(): NodeJS.WriteStream | null;
}

/**
 * A writer of standard output or error that, for a file or a pipe, writes each text at once with
 * `fs.writeSync`, as Node.js's own stream does for a file (and for a pipe that takes the text at
 * once), but without making that stream: `process.stdout` and `process.stderr`, once asked for,
 * load Node.js's streams and, for a pipe, its sockets, a few milliseconds of a short run that
 * writes one summary. A full pipe makes the write wait for its reader, where the stream would
 * keep the text in memory. A terminal gets Node.js's stream, and so does every output on Windows
 * (its console and pipes have their own ways), and, from then on, a pipe set non-blocking by
 * another process that takes no more for now (EAGAIN): the stream queues what waits.
 * @param fd 1 or 2
 * @param stream Node.js's stream of it
 * @param stopIfClosed what to do on a write's error first (a closed pipe ends the run)
 */
function standardWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream, stopIfClosed: (error: unknown) => void): StandardWriter {
  let direct: boolean | undefined;
  let streamed: NodeJS.WriteStream | null = null;
  const toStream = (data: string | Uint8Array) => {
    if (!streamed) {
      streamed = stream();
      streamed.on('error', (error) => {
        stopIfClosed(error);
        throw error;
      });
    }
    streamed.write(data);
    stopIfClosed(streamed.errored);
  };
  return {
    write(text) {
      direct ??= process.platform !== 'win32' && !isTerminal(fd, stream);
      if (!direct) return toStream(text);
      const bytes = Buffer.from(text);
      let at = 0;
      try {
        while (at < bytes.length) at += writeSync(fd, bytes, at);
      } catch (error) {
        stopIfClosed(error);
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          direct = false;
          toStream(bytes.subarray(at));
        } else if (fd === 1) throw new StandardOutputError(error);
        // Standard error that cannot be written (`2>/dev/full`) has no one to tell: the run goes on and its files are written.
      }
    },
    stream: () => streamed,
  };
}

/**
 * Whether standard output or error is a terminal. A pipe, a file or the null device is not,
 * which `fstat` tells without Node.js's stream (see `standardWriter`); another character device
 * is asked of the stream.
 */
function isTerminal(fd: 1 | 2, stream: () => NodeJS.WriteStream): boolean {
  try {
    const stats = fstatSync(fd);
    if (!stats.isCharacterDevice() || stats.rdev === statSync('/dev/null', { throwIfNoEntry: false })?.rdev) return false;
  } catch {
    return false;
  }
  return Boolean(stream().isTTY);
}
