import type { Input } from './collect-inputs.js';
import { InputRefusal } from './read-regular-file.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/**
 * Why an input could not be read from disk, naming it.
 * @param input the input, as collected
 * @param error what reading it threw
 * @param lang the language of the explanation
 */
export function describeReadError(input: Input, error: unknown, lang?: Language): string {
  const where = input.path ?? '<stdin>';
  if (error instanceof InputRefusal) return `${where}: ${error.localized[lang ?? 'en']}`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return `${where}: ${translate(lang, 'input.link-loop')}`;
  if (code === 'EISDIR') return `${where}: ${translate(lang, 'input.is-folder')}`;
  if (code === 'EACCES') return `${where}: ${translate(lang, 'reason.permission-denied')}`;
  if (code === 'ENOENT') return `${where}: ${translate(lang, 'input.missing')}`;
  if (code) return `${where}: ${translate(lang, 'input.cannot-read', { detail: (error as Error).message })}`;
  // Not the input's fault: a fault of this tool, which should be reported rather than hidden.
  return `${where}: ${translate(lang, 'input.internal-error', { detail: (error as Error).message })}`;
}
