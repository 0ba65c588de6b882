import { Document as YamlDocument, isMap, isScalar, visit } from 'yaml';
import type { Document } from '../model/index.js';

/**
 * The document as YAML for people to read: the same data as the JSON, with positions written
 * on one line (`{ line: 3, column: 1, offset: 120 }`), whitespace in double quotes, long lines not folded.
 * @param document a compiled document
 */
export function toYaml(document: Document): string {
  // Positions shared between nodes are written out in full, never as anchors and aliases.
  const doc = new YamlDocument(document, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
      if ((key === 'position' || key === 'start' || key === 'end') && isMap(pair.value)) pair.value.flow = true;
      // Layout strings (`" \n"`, `"\u3000\u3000"`) stay visible in double quotes.
      if ((key === 'lead' || key === 'trail') && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}
