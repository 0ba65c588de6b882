import { processIo } from './io.js';
import { run } from './run.js';

/** Entry point of the `policy-compile` command: runs it and sets the exit code. */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), processIo());
}
