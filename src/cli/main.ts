import { processIo } from './io.js';
import { run } from './run.js';

/**
 * Entry point of the `policy-compile` command: runs it and ends the process with its exit code,
 * at once when all its output has gone out (`process.exit`). A process that ends when its event
 * loop runs dry first tears down V8's heap and Node.js's environment, which changes nothing
 * outside it: measured from the 'exit' event to the end of the process, 51 ms against 20 ms for
 * the seed compiled to files (medians of 20 runs on a loaded machine; `node -e 0`: 27 ms).
 */
export async function main(): Promise<void> {
  const io = processIo();
  process.exitCode = await run(process.argv.slice(2), io);
  if (io.settled()) process.exit();
}
