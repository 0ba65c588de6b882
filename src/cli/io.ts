/** The outside world a command sees; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
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
}

/** The real process: its streams, working folder and environment. */
export function processIo(): Io {
  // A reader that stops early (`policy-compile … | head`) closes the pipe: stop quietly, as cat does.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
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
  };
}
