import type { Document } from '../model/index.js';

/**
 * The document as one line of JSON (JSON Lines): no indentation, a final newline. JSON escapes
 * every line break inside strings, so the line holds the whole document.
 * @param document a compiled document
 */
export function toJsonLine(document: Document): string {
  return `${JSON.stringify(document)}\n`;
}
