import { InvalidArgumentError, Option } from 'commander';
import { ENCODINGS, encodingNamed, type Encoding } from '../read/decode.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/** `--encoding <name>`: read every input in this encoding instead of detecting it; shared by the commands that read plans; its help in `lang`. */
export function encodingOption(lang: Language = 'en'): Option {
  return new Option('--encoding <name>', translate(lang, 'help.encoding', { encodings: ENCODINGS })).argParser(
    (name: string): Encoding => {
      const encoding = encodingNamed(name);
      if (!encoding) throw new InvalidArgumentError(translate(lang, 'usage.unknown-encoding', { encodings: ENCODINGS }));
      return encoding;
    },
  );
}
