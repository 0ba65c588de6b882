import type { Diagnostic, Document, RunIndex } from '../model/index.js';
import { countNodes } from './count-nodes.js';

/** One compiled input of a run, with the files written for it. */
export interface RunEntry {
  document: Document;
  diagnostics: Diagnostic[];
  files: string[];
}

/**
 * The `index.json` of a compile run: each document with its counts and findings.
 * @param entries the compiled inputs, in the order they were read
 */
export function toRunIndex(entries: RunEntry[]): string {
  const index: RunIndex = {
    documents: entries.map(({ document, diagnostics, files }) => ({
      id: document.id,
      title: document.title,
      year: document.year,
      source: document.source,
      files,
      counts: countNodes(document),
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    })),
    diagnostics: entries.flatMap((entry) => entry.diagnostics),
  };
  return `${JSON.stringify(index, null, 2)}\n`;
}
