import type { Document } from '../model/index.js';
import { toCsv } from './csv.js';
import type { Format } from './formats.js';
import { toJson } from './json.js';
import { toJsonLine } from './json-line.js';
import { toOutline } from './outline.js';
import { toYaml } from './yaml.js';

export { DEFAULT_FORMATS, EXTENSIONS, isFormat, RUN_FILES, type Format } from './formats.js';

/** Turns a document into the text of one output file. */
export type Emit = (document: Document) => string;

/** The output formats, by name, all loaded; `loadEmitter` loads just one. */
export const emitters = {
  json: toJson,
  yaml: toYaml,
  csv: toCsv,
  outline: toOutline,
  jsonl: toJsonLine,
} satisfies Record<Format, Emit>;
