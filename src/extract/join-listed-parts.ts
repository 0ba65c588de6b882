import { bracketDepths } from '../text/brackets.js';
import type { Span } from '../text/sentences.js';

/**
 * A colon that opens a list in a sentence (`实现以下目标：`, `重点做好三项工作：`), not the colon of a
 * label (`牵头单位：`, `完成时限：`, `计算方法：`), which opens a note or a cell.
 */
const LABEL_BEFORE = /(?:单位|时限|时间|部门|牵头|配合|责任|负责|来源|方法|口径|属性|类型|注|备注|说明)$/u;
/** Marks that end a sentence for good; `；` ends only a part of a list. */
const FULL_STOP = /[。！？!?]$/u;

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
    const written = text.slice(current.start, current.end).trimEnd();
    open = !FULL_STOP.test(written) && (open || opensList(text, current, inside));
  }
  return joined;
}

/** Whether a sentence holds, outside brackets, a colon that opens a list. */
function opensList(text: string, span: Span, inside: ArrayLike<number>): boolean {
  for (let at = span.start; at < span.end; at++) {
    if ((text[at] === '：' || text[at] === ':') && !inside[at] && at - span.start >= 2 && !LABEL_BEFORE.test(text.slice(span.start, at))) return true;
  }
  return false;
}
