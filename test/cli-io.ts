import type { Io } from '../src/cli/io.js';

/** An Io that records what a command writes, for tests. */
export function recordingIo(cwd: string, options: { stdin?: string | Uint8Array; tty?: boolean; env?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    cwd,
    env: options.env ?? {},
    stderrIsTTY: options.tty ?? false,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
