import type { Modality } from '../model/index.js';
import { scanBrackets } from '../text/brackets.js';
import { wordSegmenter } from '../text/word-segmenter.js';

/** Words that bind: `必须`, `严格`, `不得`… */
const MANDATORY = /必须|务必|应当|严格|严禁|禁止|不得|不准|不应/u;
/** Single-character modals, which count only as words of their own (`要` but not `重要`, `要求`). */
const MANDATORY_WORDS = new Set(['要', '须']);
/** Words that try rather than require. */
const EXPLORATORY = /探索|试点|试行|先行先试/u;

/**
 * How binding a task's wording is: mandatory when it says `要`, `必须`, `严格`, `不得` (or
 * `应当`, `务必`, `严禁`…); else exploratory when it says `探索`, `试点`, `试行`, or one of its
 * actions is `研究…` (`研究制定`); else plain. Words inside quotes and 《》 do not count.
 * @param written an obligation's text, without its unit notes
 * @param actions its actions, from `findActions`
 */
export function findModality(written: string, actions: string[]): Modality {
  // What is quoted or a title (`“三管三必须”`, `《…不得…办法》`) binds nobody.
  const text = unquoted(written);
  if (MANDATORY.test(text)) return 'mandatory';
  if (/[要须]/u.test(text)) for (const segment of wordSegmenter().segment(text)) if (MANDATORY_WORDS.has(segment.segment)) return 'mandatory';
  if (EXPLORATORY.test(text) || actions.some((action) => action.includes('研究'))) return 'exploratory';
  return 'plain';
}

/** The text with what stands inside quotes and book-title marks blanked out. */
function unquoted(text: string): string {
  const quoted = scanBrackets(text).pairs.filter(({ open }) => '“‘"《〈'.includes(text[open]!));
  if (quoted.length === 0) return text;
  // One mark per offset, not a search of the pairs per character: a long text has many quotes.
  const inside = new Uint8Array(text.length);
  for (const { open, close } of quoted) inside.fill(1, open + 1, close);
  let result = '';
  let offset = 0;
  for (const c of text) {
    result += inside[offset] ? '　' : c;
    offset += c.length;
  }
  return result;
}
