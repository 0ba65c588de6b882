import type { Language } from './language.js';
import { MESSAGES } from './messages.js';

/** A key of the catalogue. */
export type MessageKey = keyof typeof MESSAGES;

/** The values a message names (`void` for a message that names none). */
export type MessageParams<K extends MessageKey> = Parameters<(typeof MESSAGES)[K]['en']>[0];

/** A text in every language, for messages made before the language is known (a reader's refusal). */
export type Localized = Record<Language, string>;

type Args<K extends MessageKey> = MessageParams<K> extends void | undefined ? [] : [params: MessageParams<K>];

/**
 * A message of the catalogue in one language.
 * @param lang the language (English when not given)
 * @param key the message
 * @param params the values it names
 */
export function translate<K extends MessageKey>(lang: Language | undefined, key: K, ...params: Args<K>): string {
  return (MESSAGES[key][lang ?? 'en'] as (p?: unknown) => string)(params[0]);
}

/**
 * A message of the catalogue in every language: for code that explains before anyone has said
 * which language to use (readers refuse a file; `compile` picks the language of its options).
 * @param key the message
 * @param params the values it names
 */
export function localize<K extends MessageKey>(key: K, ...params: Args<K>): Localized {
  const entry = MESSAGES[key] as Record<Language, (p?: unknown) => string>;
  return { en: entry.en(params[0]), zh: entry.zh(params[0]) };
}
