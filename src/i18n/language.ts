/** The languages of the interface: English (the default) and Simplified Chinese. */
export const LANGUAGES = ['en', 'zh'] as const;

/** A language of messages, help and report labels. */
export type Language = (typeof LANGUAGES)[number];

/**
 * Whether a value names a language of the interface.
 * @param value what `--lang` was given
 */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
