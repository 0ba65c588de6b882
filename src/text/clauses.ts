import { bracketDepths } from './brackets.js';
import { rememberRecent } from './remember-recent.js';
import { pushTrimmed, type Span } from './sentences.js';

/** The marks that end a clause, ，,；;。！？!?：:, by UTF-16 code unit; 2 for the ASCII `,` and `:`, which a number may hold. */
const BREAK = new Uint8Array(0x10000);
for (const c of '，；;。！？!?：') BREAK[c.charCodeAt(0)] = 1;
for (const c of ',:') BREAK[c.charCodeAt(0)] = 2;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/**
 * Cuts a sentence into clauses at ，；。！？： that stand outside quotes, book titles and
 * brackets: `研究制定…举措，推动建立…机制。` → two clauses. Stops and spaces are left out of the spans.
 * @param text one sentence or paragraph
 * Note: the spans are shared by every caller that asks of the same text: read them, never change them.
 */
export function splitClauses(text: string): Span[] {
  // The finders of actions, targets and modality each cut the same obligation's text.
  return recentClauses(text);
}

/** How many texts' clauses to keep: those of the last few obligations, which are asked in turn. */
const RECENT = 16;
const recentClauses = rememberRecent(RECENT, (text) => clausesOf(text));

function clausesOf(text: string): Span[] {
  const inside = bracketDepths(text);
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const mark = BREAK[text.charCodeAt(i)];
    if (!mark || inside[i]) continue;
    // `1,000` and `10:30` keep their ASCII marks.
    if (mark === 2 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    pushTrimmed(text, start, i, spans);
    start = i + 1;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}
