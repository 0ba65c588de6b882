import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/**
 * One problem on stderr as every command writes it: `error  <message>` and a line end, the word
 * red where colour is on.
 * @param message what went wrong, naming the file where there is one
 * @param colors chalk, possibly without colour
 * @param lang the language of the word `error`
 */
export function errorLine(message: string, colors: { red(text: string): string }, lang?: Language): string {
  return `${colors.red(translate(lang, 'severity.error'))}  ${message}\n`;
}
