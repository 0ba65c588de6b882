import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/**
 * Commander's own error messages, which it writes in English, in the interface's language: the
 * ones a user meets (unknown option or command, a missing or invalid value, too many arguments,
 * its suggestions); any other keeps its English after a translated `error:`.
 * @param text the message as commander writes it (`error: unknown option '--x'\n(Did you mean --y?)\n`)
 * @param lang the language of the interface
 */
export function localizeCommanderError(text: string, lang: Language): string {
  if (lang === 'en') return text;
  return text
    .replace(/^error: unknown option '(.+?)'/m, (_, flag: string) => `error: ${translate(lang, 'commander.unknown-option', { flag })}`)
    .replace(/^error: unknown command '(.+?)'/m, (_, name: string) => `error: ${translate(lang, 'commander.unknown-command', { name })}`)
    .replace(/^error: missing required argument '(.+?)'/m, (_, name: string) => `error: ${translate(lang, 'commander.missing-argument', { name })}`)
    .replace(/^error: option '(.+?)' argument missing/m, (_, flags: string) => `error: ${translate(lang, 'commander.option-missing-value', { flags })}`)
    .replace(/^error: option '(.+?)' argument '(.*?)' is invalid\./m, (_, flags: string, value: string) => `error: ${translate(lang, 'commander.invalid-value', { flags, value })}`)
    .replace(/ ?Allowed choices are (.+)\./, (_, choices: string) => translate(lang, 'commander.choices', { choices }))
    .replace(/^error: too many arguments(?: for '.+?')?\. Expected (\S+) arguments? but got (\d+)\./m, (_, expected: string, received: string) =>
      `error: ${translate(lang, 'commander.too-many', { expected, received })}`,
    )
    .replace(/\(Did you mean (?:one of )?(.+)\?\)/, (_, names: string) => translate(lang, 'commander.did-you-mean', { names }))
    .replace(/^error: /m, translate(lang, 'commander.error'));
}
