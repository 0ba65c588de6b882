import type { Document } from '../model/index.js';
import { toCsv } from './csv.js';
import { toJson } from './json.js';
import { toJsonLine } from './json-line.js';
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
  jsonl: toJsonLine,
} satisfies Record<string, Emit>;

/** A name of an output format: `json`, `yaml`, `csv`, `outline` or `jsonl`. */
export type Format = keyof typeof emitters;

/** The formats written when none are asked for. */
export const DEFAULT_FORMATS: Format[] = ['json', 'yaml', 'csv'];

/** Whether `name` is one of the output formats. */
export function isFormat(name: string): name is Format {
  return Object.hasOwn(emitters, name);
}

/** The file extension of each format. */
export const EXTENSIONS: Record<Format, string> = { json: 'json', yaml: 'yaml', csv: 'csv', outline: 'outline.txt', jsonl: 'jsonl' };

/**
 * Formats that gather every document of a run into one file, by that file's name: each document
 * adds its text to it, in input order (JSON Lines, one document a line, as DuckDB, pandas and
 * Spark read it). The other formats write one file per document.
 */
export const RUN_FILES: Partial<Record<Format, string>> = { jsonl: 'documents.jsonl' };
