import type { Document } from '../model/index.js';
import { writeJson } from './write-json.js';

/**
 * The document as JSON, two-space indented, with a final newline.
 * @param document a compiled document
 */
export function toJson(document: Document): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The same text as `toJson`, handed over in pieces (see `writeJson`): how the command line writes
 * a JSON file without holding all of it at once.
 * @param document a compiled document
 * @param write takes each piece in order
 */
export function toJsonPieces(document: Document, write: (chunk: string) => void): void {
  writeJson(document, write);
}
