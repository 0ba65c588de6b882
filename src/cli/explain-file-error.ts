import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/**
 * Why a file the command line was told to read (a configuration, a file of records) could not be
 * opened, in words: no such file, a folder, permission denied; the system's message for any other.
 * @param error what opening or reading it threw
 * @param lang the language of the words
 */
export function explainFileError(error: unknown, lang?: Language): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return translate(lang, 'reason.no-such-file');
  if (code === 'EISDIR') return translate(lang, 'input.is-folder');
  if (code === 'EACCES' || code === 'EPERM') return translate(lang, 'reason.permission-denied');
  return (error as Error).message;
}
