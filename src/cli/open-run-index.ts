import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';
import { indexElement, runIndexHead, type IndexEntry, type RunEntry } from '../emit/run-index.js';
import { openAtomic } from './open-atomic.js';
import { temporaryFor } from './temporary-file.js';

/** Characters of findings gathered before they go to the scratch file: few writes, and no string of megabytes. */
const PIECE_CHARS = 64 * 1024;

/** A run's `index.json`, filled in as documents are compiled. */
export interface RunIndexFile {
  /** Adds one document's entry and findings, in input order. */
  add(entry: RunEntry): void;
  /** Adds a finding that belongs to no compiled document: an input that could not be read. */
  addFinding(finding: Diagnostic): void;
  /** Writes `index.json` whole, over any file of that name. */
  commit(): void;
  /** Drops what was gathered; does nothing after `commit`. */
  abort(): void;
}

/**
 * Opens the `index.json` of a run. Only the documents' entries are kept in memory; the findings,
 * which can be many, go to a scratch file beside it as they come and are copied in at the end,
 * so that the run's memory does not grow with its findings. The bytes are those of `toRunIndex`.
 * @param file where `index.json` goes
 */
export function openRunIndex(file: string): RunIndexFile {
  const scratchFile = temporaryFor(`${file}.diagnostics`);
  let scratch: number | null = openSync(scratchFile, 'w+');
  const entries: IndexEntry[] = [];
  let diagnostics = 0;
  let written = 0;
  const drop = () => {
    if (scratch === null) return;
    closeSync(scratch);
    scratch = null;
    rmSync(scratchFile, { force: true });
  };
  const flush = (text: string) => {
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; ) at += writeSync(scratch!, bytes, at, bytes.length - at, written + at);
    written += bytes.length;
  };
  const note = (found: Diagnostic[]) => {
    // In pieces: a plan with tens of thousands of findings would otherwise be one string of megabytes, and its bytes.
    let pending = '';
    for (const diagnostic of found) {
      pending += `${diagnostics++ ? ',\n' : '[\n'}${indexElement(diagnostic)}`;
      if (pending.length >= PIECE_CHARS) {
        flush(pending);
        pending = '';
      }
    }
    if (pending) flush(pending);
  };
  return {
    add({ entry, diagnostics: found }) {
      entries.push(entry);
      note(found);
    },
    addFinding(finding) {
      note([finding]);
    },
    commit() {
      const index = openAtomic(file);
      try {
        index.write(runIndexHead(entries));
        const chunk = Buffer.alloc(1 << 20);
        for (let at = 0, read = 0; (read = readSync(scratch!, chunk, 0, chunk.length, at)) > 0; at += read) index.write(chunk.subarray(0, read));
        index.write(diagnostics ? '\n  ]\n}\n' : '[]\n}\n');
        index.commit();
      } finally {
        index.abort();
        drop();
      }
    },
    abort: drop,
  };
}
