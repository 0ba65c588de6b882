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
 * stay with that sentence. Spaces around sentences are left out of the spans.
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
    // Keep the round-bracket notes that follow the stop: `。（牵头单位：…）（6月底完成）`.
    for (let close = closeOf.get(end); close !== undefined && '（('.includes(text[end]!); close = closeOf.get(end)) {
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
