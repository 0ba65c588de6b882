import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_INPUT_BYTES, formatSize, parseSize } from './read-regular-file.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/** `--max-input-size <size>`, shared by the commands that read plans: the most bytes read from one input. */
export function maxInputSizeOption(lang: Language = 'en'): Option {
  return new Option('--max-input-size <size>', translate(lang, 'help.max-input-size', { size: formatSize(DEFAULT_MAX_INPUT_BYTES) })).argParser((value: string): number => {
    const bytes = parseSize(value);
    if (bytes === null) throw new InvalidArgumentError(translate(lang, 'usage.size'));
    return bytes;
  });
}

/** `--follow-links`, shared by the commands that walk folders: read links in an input folder that point outside it. */
export function followLinksOption(lang: Language = 'en'): Option {
  return new Option('--follow-links', translate(lang, 'help.follow-links'));
}

/** `--max-input-size` and `--follow-links` as commander hands them over. */
export interface InputLimits {
  maxInputSize?: number;
  followLinks?: boolean;
}
