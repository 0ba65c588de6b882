import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/**
 * Why an output file could not be written, in words that name no temporary file: the error's
 * code when it has one, `Invalid string length` (an output too large to build as one string)
 * as what it means.
 * @param error what emitting or writing threw
 * @param lang the language of the words
 */
export function describeWriteError(error: unknown, lang?: Language): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof RangeError && /string length/i.test(error.message)) return translate(lang, 'write.too-large');
  if (code === 'ENOSPC') return translate(lang, 'write.no-space');
  if (code === 'EDQUOT') return translate(lang, 'write.quota');
  if (code === 'EFBIG') return translate(lang, 'write.file-too-big');
  if (code === 'EACCES' || code === 'EPERM') return translate(lang, 'reason.permission-denied');
  if (code === 'EROFS') return translate(lang, 'write.read-only');
  if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') return translate(lang, 'write.folder-in-way');
  if (code) return code;
  // The message of an error without a code names no path.
  return (error as Error).message;
}
