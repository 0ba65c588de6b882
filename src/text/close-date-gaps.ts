/**
 * Blanks some pages print inside a date, between a figure and its unit (`12 月底前`, `2020 年`, `2024 年 6 月`),
 * as government sites converted from print files do; the `年`, `月`, `日`, `号` a figure is read with, and a figure
 * after `年` or `月`.
 */
const DATE_GAP = /(?<=[0-9０-９])[ \u00a0\u3000]+(?=[年月日号])|(?<=[年月])[ \u00a0\u3000]+(?=[0-9０-９])/gu;
/** A blank anywhere: most text has none, and this test is far quicker than DATE_GAP's look-behind at every place. */
const BLANK = /[ \u00a0\u3000]/u;

/** A text without the blanks inside its dates, and where each of its characters stands in the text as written. */
export interface ClosedText {
  text: string;
  /** `at[i]` is the offset in the written text of the closed text's character `i`; `at[text.length]` is the written text's length. */
  at: number[] | null;
}

/**
 * The text with the blanks inside its dates taken out (`12 月底前` → `12月底前`), so that a date reads the same however
 * the page spaced it; `at` maps offsets back, null when the text had no such blank (most text: no copy is made).
 * @param text a sentence or clause as written
 */
export function closeDateGaps(text: string): ClosedText {
  if (!BLANK.test(text)) return { text, at: null };
  const gaps = [...text.matchAll(DATE_GAP)];
  if (!gaps.length) return { text, at: null };
  const at: number[] = [];
  let closed = '';
  let last = 0;
  for (const gap of gaps) {
    for (let i = last; i < gap.index; i++) at.push(i);
    closed += text.slice(last, gap.index);
    last = gap.index + gap[0].length;
  }
  for (let i = last; i < text.length; i++) at.push(i);
  at.push(text.length);
  return { text: closed + text.slice(last), at };
}
