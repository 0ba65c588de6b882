import type { Origin, Position } from './model/index.js';

/**
 * Gives every position found in `value` (blocks, nodes, obligations, unit notes, diagnostics, at
 * any depth) the origin of the line it starts on: for a text a reader extracted from a Word file,
 * a PDF, an OFD file or a web page, where that line stands in the file. Positions are changed in
 * place; each gets its own copy of the origin, so that no two parts of the output share an object.
 * @param value a compiled document, its diagnostics, or anything holding positions
 * @param lines the origin of each line of the extracted text (`lines[i]` for line i + 1)
 */
export function addOrigins(value: unknown, lines: readonly Origin[]): void {
  if (lines.length === 0) return;
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (const each of item) if (each !== null && typeof each === 'object') stack.push(each);
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    for (const [key, child] of Object.entries(item)) {
      if (child === null || typeof child !== 'object') continue;
      if (key === 'position') setOrigin(child as Position, lines);
      else stack.push(child);
    }
  }
}

/** The origin of the line a position starts on; a line past the last (a text's final line break) takes the last line's. */
function setOrigin(position: Position, lines: readonly Origin[]): void {
  const line = Math.min(position.start.line, lines.length);
  position.origin = structuredClone(lines[line - 1]!);
}
