import type { Document } from '../model/index.js';
import { toCsv } from './csv.js';
import type { TextFormat } from './formats.js';
import { toJson } from './json.js';
import { toJsonLine } from './json-line.js';
import { toOutline } from './outline.js';
import { toTaskLines } from './task-lines.js';
import { toYaml } from './yaml.js';

export { DEFAULT_FORMATS, EXTENSIONS, isFormat, RUN_FILES, type Format, type TextFormat } from './formats.js';

/** Turns a document into the text of one output file. */
export type Emit = (document: Document) => string;

/** Turns a document into one output file: text, or the bytes of a binary format (`xlsx`). */
export type EmitFile = (document: Document) => string | Promise<Uint8Array>;

/**
 * The output formats that give text, by name, all loaded; `loadEmitter` loads just one, of any
 * format (the Excel workbook too, whose library is loaded only by a run that writes one).
 */
export const emitters = {
  json: toJson,
  yaml: toYaml,
  csv: toCsv,
  outline: toOutline,
  jsonl: toJsonLine,
  workbook: toTaskLines,
} satisfies Record<TextFormat, Emit>;
