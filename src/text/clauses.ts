import { bracketDepths } from './brackets.js';
import type { Span } from './sentences.js';

/** The marks that end a clause; found by the regular expression engine rather than a loop over every character. */
const BREAKS = /[，,；;。！？!?：:]/g;

/**
 * Cuts a sentence into clauses at ，；。！？： that stand outside quotes, book titles and
 * brackets: `研究制定…举措，推动建立…机制。` → two clauses. Stops and spaces are left out of the spans.
 * @param text one sentence or paragraph
 * Note: the spans are shared by every caller that asks of the same text: read them, never change them.
 */
export function splitClauses(text: string): Span[] {
  // The finders of actions, targets and modality each cut the same obligation's text.
  const cached = recent.get(text);
  if (cached) return cached;
  const spans = clausesOf(text);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, spans);
  return spans;
}

/** How many texts' clauses to keep: those of the last few obligations, which are asked in turn. */
const RECENT = 16;
const recent = new Map<string, Span[]>();

function clausesOf(text: string): Span[] {
  const inside = bracketDepths(text);
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const { index: i } of text.matchAll(BREAKS)) {
    if (inside[i]) continue;
    // `1,000` and `10:30` keep their ASCII marks.
    if (',:'.includes(text[i]!) && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    push(i);
    start = i + 1;
  }
  push(text.length);
  return spans;
}
