import type { Document } from '../model/index.js';

/**
 * The document as JSON, two-space indented, with a final newline.
 * @param document a compiled document
 */
export function toJson(document: Document): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
