/**
 * Characters a terminal draws two columns wide (East Asian Wide and Fullwidth): Hangul Jamo, CJK
 * punctuation, kana, ideographs and their extensions, Hangul syllables, fullwidth forms.
 */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/gu;

/** How many terminal columns `text` takes: two for each wide character, one for the rest (counted by code point). */
export function columnsOf(text: string): number {
  return [...text].length + (text.match(WIDE)?.length ?? 0);
}

/**
 * `text` padded with spaces to `width` columns, so that columns of Chinese and Latin text line up
 * (`'警告'` takes four columns, not two, as `padEnd` counts it).
 */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columnsOf(text)));
}
