import type { Document } from '../model/index.js';
import { toCsv } from './csv.js';
import { toJson } from './json.js';
import { toOutline } from './outline.js';
import { toYaml } from './yaml.js';

/** Turns a document into the text of one output file. */
export type Emit = (document: Document) => string;

/** The output formats, by name; each one's file extension is in `EXTENSIONS`. */
export const emitters = {
  json: toJson,
  yaml: toYaml,
  csv: toCsv,
  outline: toOutline,
} satisfies Record<string, Emit>;

/** A name of an output format: `json`, `yaml`, `csv` or `outline`. */
export type Format = keyof typeof emitters;

/** The formats written when none are asked for. */
export const DEFAULT_FORMATS: Format[] = ['json', 'yaml', 'csv'];

/** Whether `name` is one of the output formats. */
export function isFormat(name: string): name is Format {
  return Object.hasOwn(emitters, name);
}

/** The file extension of each format. */
export const EXTENSIONS: Record<Format, string> = { json: 'json', yaml: 'yaml', csv: 'csv', outline: 'outline.txt' };
