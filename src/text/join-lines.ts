/**
 * A text broken over lines, read as one line: line breaks and the indentation around them go,
 * except between two Latin letters or digits, where a space stays (`AI for` / `Science`).
 * @param text a paragraph that may hold line breaks (a hard-wrapped paragraph)
 */
export function joinLines(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/gu, (gap, at: number) => {
    const before = text[at - 1] ?? '';
    const after = text[at + gap.length] ?? '';
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });
}
