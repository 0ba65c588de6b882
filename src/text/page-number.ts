/** A page number left in text copied from a PDF, as regex source: `— 3 —`, `- 12 -`, `第2页 共5页`. */
const PAGE_NUMBER = '(?:[-—–－]+\\s*\\d{1,4}\\s*[-—–－]+|第\\s*\\d{1,4}\\s*页(?:\\s*[，,]?\\s*共\\s*\\d{1,4}\\s*页)?)';

const WHOLE = new RegExp(`^${PAGE_NUMBER}$`, 'u');
/**
 * A page number on a line of its own inside a paragraph, with the line break before it; inside a
 * paragraph, a bare number (`12`) on a line of its own is one too (a paragraph joined across a page).
 */
const INSIDE = new RegExp(`(?:\\r\\n|\\r|\\n)[^\\S\\r\\n]*(?:${PAGE_NUMBER}|\\d{1,4})[^\\S\\r\\n]*(?=\\r\\n|\\r|\\n)`, 'gu');

/** Whether a paragraph is only a page number. */
export function isPageNumber(text: string): boolean {
  return WHOLE.test(text);
}

/**
 * The text without the page numbers standing on lines of their own inside it, as in a paragraph
 * that runs on across a page break of a PDF.
 * @param text a paragraph that may hold line breaks
 */
export function withoutPageNumbers(text: string): string {
  return text.replace(INSIDE, '');
}
