import { rememberRecent } from './remember-recent.js';

/**
 * The kinds of paired punctuation, numbered from 1; the opening and closing mark of one pair may
 * differ in width. Each mark is looked up by its UTF-16 code unit in `MARK`: the family's number
 * for an opening mark, its negative for a closing one, so a scan allocates nothing per character.
 */
const FAMILIES = [
  ['（(', '）)'],
  ['“‘', '”’'],
  ['《〈', '》〉'],
  ['「『', '」』'],
  ['【〖', '】〗'],
  ['[［', ']］'],
  // The tortoise-shell brackets of a file number (`〔2023〕5号`) and of a unit note some plans write with them (`〔责任单位：…〕`).
  ['〔', '〕'],
] as const;
const MARK = new Int8Array(0x10000);
FAMILIES.forEach(([opens, closes], i) => {
  for (const c of opens) MARK[c.charCodeAt(0)] = i + 1;
  for (const c of closes) MARK[c.charCodeAt(0)] = -(i + 1);
});
/** The family of quotes, which the ASCII `"` opens or closes. */
const QUOTE = 2;
const ASCII_QUOTE = 0x22;
MARK[ASCII_QUOTE] = QUOTE;

/** Any mark that may open or close a pair, to skip texts without one. */
const MARKS = /[（()）“‘”’《〈》〉「『」』【〖】〗[［\]］"〔〕]/u;

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
// Extraction scans each sentence several times (notes, references, targets, deadlines, clauses).
const recentScan = rememberRecent<Scanned>(RECENT, (text) => ({ scan: scanText(text) }));

/** A scan that found no mark: shared, as results are never changed (see `BracketScan`). */
const NONE: BracketScan = { pairs: [], unmatched: [] };
/** The open marks of the scan under way, innermost last: each one's family and offset (reused from scan to scan). */
const stackFamily: number[] = [];
const stackAt: number[] = [];
/** How many openers of each family the stack holds, so that a closer without one costs nothing. */
const openCount = new Int32Array(FAMILIES.length + 1);

function scanText(text: string): BracketScan {
  if (!MARKS.test(text)) return NONE;
  stackFamily.length = 0;
  stackAt.length = 0;
  openCount.fill(0);
  const pairs: BracketPair[] = [];
  const unmatched: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let mark = MARK[code]!;
    if (mark === 0) continue;
    // An ASCII `"` closes an open quote and otherwise opens one.
    if (code === ASCII_QUOTE && stackFamily[stackFamily.length - 1] === QUOTE) mark = -QUOTE;
    if (mark > 0) {
      stackFamily.push(mark);
      stackAt.push(i);
      openCount[mark]!++;
      continue;
    }
    const family = -mark;
    if (openCount[family] === 0) {
      unmatched.push(i);
      continue;
    }
    while (stackFamily[stackFamily.length - 1] !== family) {
      openCount[stackFamily.pop()!]!--;
      unmatched.push(stackAt.pop()!);
    }
    openCount[family]!--;
    stackFamily.pop();
    pairs.push({ open: stackAt.pop()!, close: i });
  }
  for (const at of stackAt) unmatched.push(at);
  if (unmatched.length > 1) unmatched.sort((a, b) => a - b);
  return pairs.length || unmatched.length ? { pairs, unmatched } : NONE;
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
