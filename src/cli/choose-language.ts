import { isLanguage, type Language } from '../i18n/language.js';

/**
 * The language of the interface: `--lang en|zh` when given, else the locale of messages as POSIX
 * orders it (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; an empty one counts as unset): Chinese for
 * `zh*` (`zh_CN.UTF-8`, `zh_TW`, `zh`), English for any other and when none is set.
 * Note: read before commander parses the arguments, as `--help` must already speak the language;
 * an unknown `--lang` value is left for commander to refuse.
 * @param argv the arguments after the program name
 * @param env the environment
 */
export function chooseLanguage(argv: string[], env: Record<string, string | undefined>): Language {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLanguage(value)) return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}
