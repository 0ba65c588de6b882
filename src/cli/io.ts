import { DEFAULT_MAX_INPUT_BYTES, InputRefusal, formatSize } from './read-regular-file.js';
import { localize } from '../i18n/translate.js';
import { removeOwnTemporaries } from './temporary-file.js';
import { shortRunJit } from './short-run-jit.js';

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

/** The real process: its streams, working folder and environment. */
export function processIo(): Io {
  // A reader that stops early (`policy-compile … | head`, also of stderr) closes the pipe: stop
  // quietly with exit 0, as cat does, and remove the files not yet finished. A write to a closed
  // pipe marks the stream errored at once, but its 'error' event waits for the event loop, which
  // a run compiling in this thread does not reach until it ends: each write checks.
  const stopIfClosed = (error: NodeJS.ErrnoException | null | undefined) => {
    if (error?.code !== 'EPIPE') return;
    removeOwnTemporaries();
    process.exit(0);
  };
  const writeTo = (stream: NodeJS.WriteStream) => {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      stopIfClosed(error);
      throw error;
    });
    return (text: string) => {
      stream.write(text);
      stopIfClosed(stream.errored);
    };
  };
  return {
    stdout: writeTo(process.stdout),
    stderr: writeTo(process.stderr),
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
    // A pipe takes what it can at once; Node.js keeps the rest in memory until the pipe drains.
    stdoutDrained: () => (process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once('drain', resolve)) : Promise.resolve()),
    stdinChunks: () => process.stdin,
    cwd: process.cwd(),
    env: process.env,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    now: () => performance.now(),
    shortRun: shortRunJit,
  };
}
