import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { Input } from './collect-inputs.js';
import { UsageError } from './usage-error.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/**
 * Refuses a run whose output would replace one of its own inputs (`notes.csv -o .` writes
 * `notes.csv`), before anything is written.
 * @param folder the output folder, which exists
 * @param names the file names the run will write into it
 * @param inputs the run's inputs
 * @param lang the language of the refusal
 * Note: throws `UsageError` naming the input.
 */
export function refuseInputOverwrite(folder: string, names: string[], inputs: Input[], lang?: Language): void {
  const real = realpathSync(folder);
  const outputs = new Set(names.map((name) => join(real, name)));
  for (const input of inputs) {
    if (input.file && outputs.has(realpathSync(input.file))) {
      throw new UsageError(translate(lang, 'usage.overwrites-input', { path: input.path! }));
    }
  }
}
