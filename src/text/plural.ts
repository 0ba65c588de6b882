/**
 * `1 file`, `2 files`: a count with its English noun, the one way every summary counts.
 * @param count how many
 * @param word the singular
 */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
