import type { Diagnostic, Document, RunIndex } from '../model/index.js';
import { countNodes } from './count-nodes.js';

/** What `index.json` says of one document. */
export type IndexEntry = RunIndex['documents'][number];

/**
 * What a compile run keeps of one document once its files are written: its index entry and its
 * findings, small beside the document itself, so a run's memory does not grow with its texts.
 */
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
 * The `index.json` of a compile run: each document with its counts and findings.
 * @param entries the compiled inputs, in the order they were read
 */
export function toRunIndex(entries: RunEntry[]): string {
  const index: RunIndex = {
    documents: entries.map(({ entry }) => entry),
    diagnostics: entries.flatMap(({ diagnostics }) => diagnostics),
  };
  return `${JSON.stringify(index, null, 2)}\n`;
}
