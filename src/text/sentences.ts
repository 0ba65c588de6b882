import { scanBrackets } from './brackets.js';

/** Offsets of a sentence inside the text it was cut from; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

const STOPS = '。！？；!?;';

/**
 * Cuts a paragraph into sentences at 。！？； that stand outside quotes, book titles and
 * brackets. Bracketed notes right after a sentence end, as in `…落实。（省大数据局牵头）`,
 * stay with that sentence, also across blanks and line breaks. Spaces around sentences are left out of the spans.
 * @param text one paragraph
 */
export function splitSentences(text: string): Span[] {
  const { pairs } = scanBrackets(text);
  const inside = new Uint8Array(text.length);
  const closeOf = new Map<number, number>();
  for (const { open, close } of pairs) {
    inside.fill(1, open, close + 1);
    closeOf.set(open, close);
  }
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (inside[i] || !STOPS.includes(text[i]!)) continue;
    let end = i + 1;
    // Keep the round-bracket notes that follow the stop: `。（牵头单位：…）（6月底完成）`, also
    // after blanks or a line break (a hard-wrapped paragraph broken right after the stop).
    for (;;) {
      let next = end;
      while (next < text.length && /\s/u.test(text[next]!)) next++;
      const close = closeOf.get(next);
      if (close === undefined || !'（('.includes(text[next]!)) break;
      end = close + 1;
    }
    pushTrimmed(text, start, end, spans);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
