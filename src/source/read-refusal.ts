import type { Localized } from '../i18n/translate.js';

/**
 * Why a reader cannot give the text of an input: a scan without a text layer, an encrypted or
 * password-protected file, a corrupt or oversized archive, a page that only links to the plan.
 * The message is a sentence for the user that says what the file is and what to do; the caller
 * adds the file's name. It is made in every language (`localized`; `message` is the English), as
 * readers do not know the language of the interface: `compile` picks it.
 */
export class ReadRefusal extends Error {
  override name = 'ReadRefusal';
  /** The message in every language. */
  readonly localized: Localized;
  constructor(text: Localized | string) {
    super(typeof text === 'string' ? text : text.en);
    this.localized = typeof text === 'string' ? { en: text, zh: text } : text;
  }
}
