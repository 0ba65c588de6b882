import type { Diagnostic, Document, RunIndex } from '../model/index.js';
import { countNodes } from './count-nodes.js';

/** What `index.json` says of one document. */
export type IndexEntry = RunIndex['documents'][number];

/** One compiled document as a run keeps it once its files are written: its index entry and its findings. */
export interface RunEntry {
  entry: IndexEntry;
  diagnostics: Diagnostic[];
}

/**
 * The summary of one compiled document for `index.json` and the run's report.
 * @param document the compiled document
 * @param diagnostics what validating it found
 * @param files the files written for it
 */
export function toRunEntry(document: Document, diagnostics: Diagnostic[], files: string[]): RunEntry {
  return {
    entry: {
      id: document.id,
      title: document.title,
      year: document.year,
      source: document.source,
      files,
      counts: countNodes(document),
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    },
    diagnostics,
  };
}

/**
 * The `index.json` of a compile run: each document with its counts and findings; the same bytes
 * as `JSON.stringify(index, null, 2)` and a final newline.
 * @param entries the compiled inputs, in the order they were read
 */
export function toRunIndex(entries: RunEntry[]): string {
  const diagnostics = entries.flatMap((entry) => entry.diagnostics).map(indexElement);
  return `${runIndexHead(entries.map(({ entry }) => entry))}${diagnostics.length ? `[\n${diagnostics.join(',\n')}\n  ]` : '[]'}\n}\n`;
}

/**
 * The start of `index.json`, up to its diagnostics array: a run that writes its diagnostics as
 * they come adds them after it, `[\n`, the elements joined by `,\n`, `\n  ]` (or `[]`), then `\n}\n`.
 * @param entries every document's entry, in input order
 */
export function runIndexHead(entries: IndexEntry[]): string {
  return `{\n  "documents": ${entries.length ? `[\n${entries.map(indexElement).join(',\n')}\n  ]` : '[]'},\n  "diagnostics": `;
}

/**
 * One element of `index.json`'s arrays as it stands in the file, indented to its place.
 * @param value a document's entry or a diagnostic
 */
export function indexElement(value: unknown): string {
  // JSON escapes line breaks inside strings: every line break here is the layout's.
  return `    ${JSON.stringify(value, null, 2).replaceAll('\n', '\n    ')}`;
}
