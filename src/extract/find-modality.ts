import type { Modality } from '../model/index.js';
import { scanBrackets } from '../text/brackets.js';
import { splitClauses } from '../text/clauses.js';
import { isWord, wholeWordBounds, type WordBounds } from '../text/word-bounds.js';
import { VERBS } from './action-lexicon.js';

/** Words that bind wherever they govern a clause: `必须`, `严格`, `不得`, `确保`… */
const MANDATORY = /必须|务必|应当|严格|严禁|不得|不准|不应/u;
/** Modals, which count only as words of their own (`要` but not `重要`, `要求`; `应` but not `相应`). */
const MANDATORY_WORDS = new Set(['要', '须', '应', '都要', '还要', '也要', '更要', '均要', '就要']);
/** `可`, `可以` as words of their own (not `可能`, `许可`, `认可`): the task is allowed, and so encouraged. */
const ENCOURAGED_WORDS = new Set(['可', '可以']);
/**
 * One-character modals that bind only before a word of two characters or more: `应按照`, `可免除`,
 * but not `出庭应诉`, `异地可办`, where they are part of a word the segmenter splits.
 */
const NEEDS_WORD_AFTER = new Set(['应', '可']);
/** `鼓励…`, `支持…` opening a clause (after its adverbs), not joined to a verb beside it (`支持和规范发展`). */
const ENCOURAGING = /^(?:积极|大力|进一步|继续|重点|优先)?(?:鼓励|支持)(?![和与及并、])/u;
/** Words that try rather than require. */
const EXPLORATORY = /探索|先行先试|试行/u;
/** What may follow `试点` when it is the task (`试点开展`, `开展…试点。`), not a name's first word (`试点地区`, `试点银行`). */
const TRIAL_AFTER = /^(?:$|[，。；、：”）)]|工作|任务|经验|示范|先行|项目|作为)/u;
/** `除禁止进境的外`: what an exception names is not what the task forbids. */
const EXCEPTION = /除[^，。；]*?(?:以外|之外|外)/gu;
const verbs = new Set(VERBS);

/**
 * How binding a task's wording is, judged from the words that govern it: mandatory when it says
 * `要`, `应`, `必须`, `严格`, `不得` (or `应当`, `务必`, `严禁`…); else encouraged when a clause
 * opens with `鼓励`/`支持` or says `可`/`可以`; else exploratory when it says `探索`, `试行`, `试点`
 * as the task (`试点开展`, `开展…试点`, not the name `试点地区`), or one of its actions is `研究…`;
 * else plain. Words inside quotes and 《》 and the exception of a `除…外` do not count.
 * @param written an obligation's text, without its unit notes
 * @param actions its actions, from `findActions`
 * @param shared the word bounds of `written` (`wordBounds`), when the caller has them
 */
export function findModality(written: string, actions: string[], shared?: WordBounds): Modality {
  // What is quoted or a title (`“三管三必须”`, `《…不得…办法》`) binds nobody.
  const text = unquoted(written).replace(EXCEPTION, (match) => '　'.repeat(match.length));
  if (MANDATORY.test(text)) return 'mandatory';
  const bounds = /[要须应可]/u.test(text) ? wholeWordBounds(text, shared) : null;
  // A word of the set that the segmenter gives as one word, followed by a word of two characters when it needs one.
  const modal = (set: Set<string>) => bounds !== null && [...set].some((word) => wordsAt(text, word).some((at) => isWord(bounds, at, at + word.length) && (!NEEDS_WORD_AFTER.has(word) || nextWordLong(bounds, at + word.length))));
  if (modal(MANDATORY_WORDS)) return 'mandatory';
  if (modal(ENCOURAGED_WORDS)) return 'encouraged';
  if (splitClauses(text).some((span) => ENCOURAGING.test(text.slice(span.start, span.end)))) return 'encouraged';
  if (EXPLORATORY.test(text) || triesOut(text) || actions.some((action) => action.includes('研究'))) return 'exploratory';
  return 'plain';
}

/** Whether `试点` is the task somewhere in the text: followed by a verb, a stop, or a word of its own kind. */
function triesOut(text: string): boolean {
  for (let at = text.indexOf('试点'); at >= 0; at = text.indexOf('试点', at + 2)) {
    const rest = text.slice(at + 2);
    if (TRIAL_AFTER.test(rest) || verbs.has(rest.slice(0, 2))) return true;
  }
  return false;
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

/** Where a word is written in a text. */
function wordsAt(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push(at);
  return found;
}

/** Whether the word that starts at `at` is two characters long or more (none at the text's end). */
function nextWordLong(bounds: WordBounds, at: number): boolean {
  return at < bounds.text.length && !bounds(at + 1);
}
