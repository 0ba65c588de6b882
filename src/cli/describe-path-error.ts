import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/**
 * Why a path to write to could not be looked at or made, in words: permission, a part of the path
 * that is a file, a missing folder; otherwise the error's own message.
 * @param error what `statSync` or `mkdirSync` threw
 * @param lang the language of the words
 */
export function describePathError(error: unknown, lang?: Language): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return translate(lang, 'reason.permission-denied');
  if (code === 'ENOTDIR') return translate(lang, 'reason.path-part-is-file');
  if (code === 'ENOENT') return translate(lang, 'reason.no-such-folder');
  return (error as Error).message;
}
