import { bracketDepths, scanBrackets } from './brackets.js';
import { isSpace } from './is-space.js';

/** Offsets of a sentence inside the text it was cut from; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The marks that end a sentence: 。！？； and their ASCII forms, by UTF-16 code unit. */
const STOP = new Uint8Array(0x10000);
for (const c of '。！？；!?;') STOP[c.charCodeAt(0)] = 1;
/** Brackets that open a unit note after a stop: round ones, and the tortoise-shell ones some plans write notes in (`。〔责任单位：…〕`). */
const ROUND_OPENS = '（(〔';

/**
 * Cuts a paragraph into sentences at 。！？； that stand outside quotes, book titles and
 * brackets. Bracketed notes right after a sentence end, as in `…落实。（省大数据局牵头）`,
 * stay with that sentence, also across blanks and line breaks. Spaces around sentences are left out of the spans.
 * @param text one paragraph
 */
export function splitSentences(text: string): Span[] {
  // The bracket scan and depths are shared with the other readers of the same paragraph (see brackets.ts).
  const inside = bracketDepths(text);
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (inside[i] || !STOP[text.charCodeAt(i)]) continue;
    let end = i + 1;
    // Keep the round-bracket notes that follow the stop: `。（牵头单位：…）（6月底完成）`, also
    // after blanks or a line break (a hard-wrapped paragraph broken right after the stop).
    for (;;) {
      let next = end;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      if (next >= text.length || !ROUND_OPENS.includes(text[next]!)) break;
      const close = closeOf(text, next);
      if (close === -1) break;
      end = close + 1;
    }
    pushTrimmed(text, start, end, spans);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** Where the pair of brackets that opens at `open` closes, or -1 when the mark there closes no pair. */
function closeOf(text: string, open: number): number {
  // Few sentences are followed by a note: a search of the pairs, not a map of them all per paragraph.
  for (const pair of scanBrackets(text).pairs) if (pair.open === open) return pair.close;
  return -1;
}

/**
 * Adds the span from `start` to `end` to `spans` without the spaces at its ends, unless nothing is left.
 * @param text the text the offsets are into
 */
export function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}
