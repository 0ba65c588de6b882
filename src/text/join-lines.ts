import { withoutPageNumbers } from './page-number.js';

const LINE_BREAK = /[\r\n]/;

/**
 * A text broken over lines, read as one line: line breaks and the indentation around them go,
 * and so do page numbers on lines of their own (a paragraph that runs across a PDF page break);
 * a space written at the break stays between two Latin letters or digits (`AI for` / `Science`).
 * @param paragraph a paragraph that may hold line breaks (a hard-wrapped paragraph)
 */
export function joinLines(paragraph: string): string {
  // Without a line break there is nothing to join (nor a page number on a line of its own): the
  // text as it is, without a scan that would allocate a copy.
  if (!LINE_BREAK.test(paragraph)) return paragraph;
  const text = withoutPageNumbers(paragraph);
  // Each run of blanks, kept unless it holds a line break: the same gaps as `\s*[\r\n]+\s*`,
  // which retried every blank of a long run without a break (quadratic time).
  return text.replace(/\s+/gu, (gap, at: number) => {
    if (!/[\r\n]/.test(gap)) return gap;
    const before = text[at - 1] ?? '';
    const after = text[at + gap.length] ?? '';
    return /[^\S\r\n]/u.test(gap) && /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });
}
