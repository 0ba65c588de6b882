import { Option } from 'commander';
import { LANGUAGES, type Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/**
 * `--lang en|zh`: the language of messages, help and reports; shared by the program and each
 * command, so that every `--help` lists it (the value itself is read by `chooseLanguage`).
 * @param lang the language of the help text
 */
export function langOption(lang: Language): Option {
  return new Option('--lang <lang>', translate(lang, 'help.option-lang')).choices(LANGUAGES);
}
