import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { Input } from './collect-inputs.js';
import { UsageError } from './usage-error.js';

/**
 * Refuses a run whose output would replace one of its own inputs (`notes.csv -o .` writes
 * `notes.csv`), before anything is written.
 * @param folder the output folder, which exists
 * @param names the file names the run will write into it
 * @param inputs the run's inputs
 * Note: throws `UsageError` naming the input.
 */
export function refuseInputOverwrite(folder: string, names: string[], inputs: Input[]): void {
  const real = realpathSync(folder);
  const outputs = new Set(names.map((name) => join(real, name)));
  for (const input of inputs) {
    if (input.file && outputs.has(realpathSync(input.file))) {
      throw new UsageError(`${input.path} would be overwritten by the output; write to another folder (-o) or rename the input`);
    }
  }
}
