/**
 * Two lines of a paragraph joined: no space in Chinese text, a space between two Latin words.
 * @param text the paragraph so far
 * @param next the next line's text
 */
export function joinLine(text: string, next: string): string {
  return /[A-Za-z0-9,.;:]$/u.test(text) && /^[A-Za-z0-9]/u.test(next) ? `${text} ${next}` : text + next;
}
