/** The kinds of paired punctuation; the opening and closing mark of one pair may differ in width. */
const families: Record<string, { family: string; open: boolean }> = {};
for (const [family, opens, closes] of [
  ['round', '（(', '）)'],
  ['quote', '“‘', '”’'],
  ['book', '《〈', '》〉'],
  ['corner', '「『', '」』'],
  ['lenticular', '【〖', '】〗'],
  ['square', '[［', ']］'],
] as const) {
  for (const c of opens) families[c] = { family, open: true };
  for (const c of closes) families[c] = { family, open: false };
}
/** Which UTF-16 code units are marks (the ASCII `"` included): a table look-up per character of a scan. */
const IS_MARK = new Uint8Array(0x10000);
for (const c of [...Object.keys(families), '"']) IS_MARK[c.charCodeAt(0)] = 1;

/** Any mark that may open or close a pair, to skip texts without one. */
const MARKS = /[（()）“‘”’《〈》〉「『」』【〖】〗[［\]］"]/u;

/** A matched pair: offsets of the opening and of the closing mark. */
export interface BracketPair {
  open: number;
  close: number;
}

/** What matching the brackets of a text found. */
export interface BracketScan {
  // Results are shared between callers (see the cache in scanBrackets): read them, never change them.
  /** Matched pairs, in order of their closing mark. */
  pairs: BracketPair[];
  /** Offsets of marks that have no partner. */
  unmatched: number[];
}

/**
 * Matches the brackets and quotes of a text, leniently: `（` may close with `)`, an ASCII `"`
 * closes an open quote and otherwise opens one, and a closing mark skips unmatched openers.
 * @param text one paragraph
 */
export function scanBrackets(text: string): BracketScan {
  return recentScan(text).scan;
}

/** How many scans to keep: enough for every sentence of one node. */
const RECENT = 64;
/** A text's scan, and what is worked out from it once asked. */
interface Scanned {
  scan: BracketScan;
  depths?: Uint8Array;
}
const recent = new Map<string, Scanned>();

function recentScan(text: string): Scanned {
  // Extraction scans each sentence several times (notes, references, targets, deadlines, clauses).
  const cached = recent.get(text);
  if (cached) return cached;
  const scanned = { scan: scanText(text) };
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, scanned);
  return scanned;
}

function scanText(text: string): BracketScan {
  if (!MARKS.test(text)) return { pairs: [], unmatched: [] };
  const stack: Array<{ family: string; at: number }> = [];
  // How many openers of each family the stack holds, so that a closer without one costs nothing.
  const open = new Map<string, number>();
  const pairs: BracketPair[] = [];
  const unmatched: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!IS_MARK[text.charCodeAt(i)]) continue;
    const c = text[i]!;
    let mark = families[c];
    if (c === '"') mark = { family: 'quote', open: stack.at(-1)?.family !== 'quote' };
    if (!mark) continue;
    if (mark.open) {
      stack.push({ family: mark.family, at: i });
      open.set(mark.family, (open.get(mark.family) ?? 0) + 1);
      continue;
    }
    if (!open.get(mark.family)) {
      unmatched.push(i);
      continue;
    }
    while (stack.at(-1)!.family !== mark.family) {
      const skipped = stack.pop()!;
      open.set(skipped.family, open.get(skipped.family)! - 1);
      unmatched.push(skipped.at);
    }
    open.set(mark.family, open.get(mark.family)! - 1);
    pairs.push({ open: stack.pop()!.at, close: i });
  }
  for (const entry of stack) unmatched.push(entry.at);
  unmatched.sort((a, b) => a - b);
  return { pairs, unmatched };
}

/**
 * For each character, whether it stands inside a matched pair of brackets or quotes
 * (the marks themselves included).
 * @param text one paragraph
 * Note: the array is shared by every caller that asks of the same text (see `scanBrackets`): read it, never change it.
 */
export function bracketDepths(text: string): Uint8Array {
  const scanned = recentScan(text);
  if (!scanned.depths) {
    const inside = new Uint8Array(text.length);
    for (const { open, close } of scanned.scan.pairs) inside.fill(1, open, close + 1);
    scanned.depths = inside;
  }
  return scanned.depths;
}
