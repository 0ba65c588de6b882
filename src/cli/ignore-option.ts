import { Option } from 'commander';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/** `--ignore <glob>`, given once per glob: inputs to leave out, also inside the folders given; shared by compile and validate. */
export function ignoreOption(lang: Language = 'en'): Option {
  return new Option('--ignore <glob>', translate(lang, 'help.ignore')).argParser(
    (glob: string, previous: string[] | undefined): string[] => [...(previous ?? []), glob],
  );
}
