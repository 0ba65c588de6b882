/** How many paragraphs one table cell may run over when a row is put back together: far past a real task table's cell. */
const MAX_CELL_PARAGRAPHS = 20;

/**
 * The lines of an old Word document's body text as `word-extractor` gives it, one paragraph per
 * line and a table row per line: the reader ends each cell with a tab and puts a line break
 * between the paragraphs of a cell, so a row's trailing tab is taken off and a row whose cell runs
 * over several paragraphs is joined back into one line, its paragraphs joined with a space.
 * Note: a row is recognised by its tabs; a cell of several paragraphs in a row's first column
 * cannot be told from paragraphs before the table.
 * @param body the body text, `\n` between paragraphs
 * Note: each line comes with the 1-based paragraph it starts at.
 */
export function docBodyLines(body: string): { text: string; paragraph: number }[] {
  const raw = body.replace(/\r\n?/g, '\n').split('\n');
  if (raw.at(-1) === '') raw.pop();
  const lines: { text: string; paragraph: number }[] = [];
  for (let index = 0; index < raw.length; index++) {
    const paragraph = index + 1;
    let line = raw[index]!;
    if (line.includes('\t') && !line.endsWith('\t')) {
      // A row broken inside a cell: find the line that ends it, not far on.
      const end = raw.slice(index + 1, index + 1 + MAX_CELL_PARAGRAPHS).findIndex((next) => next.endsWith('\t'));
      if (end >= 0) {
        line = raw.slice(index, index + end + 2).join(' ');
        index += end + 1;
      }
    }
    lines.push({ text: line.endsWith('\t') ? line.slice(0, -1) : line, paragraph });
  }
  return lines;
}
