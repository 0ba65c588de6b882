import { GENERAL_VERB_GROUPS } from './general-verbs.js';

/** The second characters of the words, by their first character; built on first use. */
let byFirst: Map<string, string> | undefined;

/**
 * Whether a general dictionary tags a word of two characters as a verb (`维修`, `疏通`; `储备` and `建设` it
 * tags verbal nouns, `收费` a noun): jieba's, as scripts/derive-general-verbs.js writes it into general-verbs.ts.
 * The first call builds the index, some two thousand entries; a run that asks nothing does not pay for it.
 * @param word a word of two Chinese characters
 */
export function isGeneralVerb(word: string): boolean {
  if (word.length !== 2) return false;
  if (!byFirst) {
    byFirst = new Map();
    for (const group of GENERAL_VERB_GROUPS.split(' ')) byFirst.set(group[0]!, group);
  }
  return byFirst.get(word[0]!)?.includes(word[1]!, 1) ?? false;
}
