import type { Document } from '../model/index.js';
import type { Format } from './formats.js';
import { toCsvPieces } from './csv.js';
import { toJsonPieces } from './json.js';

/** Turns a document into the text of one output file, handed to `write` in pieces, in order. */
export type EmitPieces = (document: Document, write: (chunk: string) => void) => void;

/**
 * The formats whose files can be written in pieces, so that the whole text never stands in memory
 * at once: JSON, the largest output (about 8 times the plan), and the CSV task table (about as
 * long as the plan, and the peak of a large plan's run when it was built whole). Each gives the
 * same text as its emitter in `emitters` (a test compares them).
 */
export const piecewiseEmitters = {
  json: toJsonPieces,
  csv: toCsvPieces,
} satisfies Partial<Record<Format, EmitPieces>>;
