import { bracketDepths } from '../text/brackets.js';
import { isSpace } from '../text/is-space.js';
import type { Span } from '../text/sentences.js';

/**
 * A colon that opens a list in a sentence (`实现以下目标：`, `重点做好三项工作：`), not the colon of a
 * label (`牵头单位：`, `完成时限：`, `计算方法：`), which opens a note or a cell.
 */
const LABEL_BEFORE = /(?:单位|时限|时间|部门|牵头|配合|责任|负责|来源|方法|口径|属性|类型|注|备注|说明)$/u;
/**
 * Longest label before a colon (`牵头单位：`, `计算方法：`, `完成时限：`), as a cell's field label is
 * (find-indicator-cells.ts); a longer stretch since the clause's start that ends in such a word is a
 * lead-in with a verb (`将上述任务分解到各乡镇和有关部门：`), which opens a list.
 */
const LABEL_MAX = 8;
/**
 * Longest name of a list before its dash, quotes included: `“六个倍增”` has 6 characters, and a name of ten characters in
 * quotes is long for one; a longer quoted stretch is a phrase the sentence quotes, not a list's name.
 */
const DASH_NAME_MAX = 12;
/** Marks a clause starts after, for the stretch a label is measured on. */
const CLAUSE_START = /[，,；;、。！？!?]/u;
/** Marks that end a sentence for good; `；` ends only a part of a list. */
const FULL_STOPS = '。！？!?';

/**
 * Joins the parts of a list written inside one sentence (`到2027年，各地要实现以下目标：A；B；C。`)
 * back into that sentence: after a colon that opens a list, a `；` ends a part, not the sentence, so
 * the list stays one obligation with its shared time and subject. Other sentences are kept as cut.
 * @param text the paragraph the spans were cut from
 * @param spans its sentences, from `splitSentences`
 */
export function joinListedParts(text: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  const inside = bracketDepths(text);
  let open = false;
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (open && last) last.end = span.end;
    else joined.push({ ...span });
    const current = joined[joined.length - 1]!;
    open = !endsFully(text, current) && (open || opensList(text, current, inside));
  }
  return joined;
}

/** Whether a sentence ends for good (spaces after its stop aside). */
function endsFully(text: string, span: Span): boolean {
  let end = span.end;
  while (end > span.start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > span.start && FULL_STOPS.includes(text[end - 1]!);
}

/** Whether a sentence holds, outside brackets, a colon that opens a list. */
function opensList(text: string, span: Span, inside: ArrayLike<number>): boolean {
  for (let at = span.start; at < span.end; at++) {
    if ((text[at] === '：' || text[at] === ':') && !inside[at] && at - span.start >= 2 && !labelled(text.slice(span.start, at))) return true;
    // `“六个倍增”——A；B；C。`: a dash after the list's name opens it as a colon does.
    if (text.startsWith('——', at) && !inside[at] && listName(text.slice(span.start, at))) return true;
  }
  return false;
}

/** Whether the clause before a dash is a list's name: a quoted name (`“六个倍增”`), no longer than a name (`DASH_NAME_MAX`). */
function listName(before: string): boolean {
  const name = clauseTail(before);
  return name.length <= DASH_NAME_MAX && QUOTED_NAME.test(name);
}

/** A name in quotes, what a plan calls a list of goals or works by (`“六个倍增”`, `“五大工程”`). */
const QUOTED_NAME = /^“[^“”]{2,}”$/u;

/** The stretch of `before` since its clause began (after the last `，；、。！？`), blanks trimmed. */
function clauseTail(before: string): string {
  let from = before.length;
  while (from > 0 && !CLAUSE_START.test(before[from - 1]!)) from--;
  return before.slice(from).trim();
}

/** Whether what stands before a colon is a label: a short stretch since the clause began, ending in a label's word. */
function labelled(before: string): boolean {
  const stretch = clauseTail(before);
  return stretch.length <= LABEL_MAX && LABEL_BEFORE.test(stretch);
}
