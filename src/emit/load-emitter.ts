import type { EmitFile } from './emitters.js';
import type { Format } from './formats.js';

// One dynamic import per format, so a run loads only the writers of the formats it writes.
const loaders = {
  json: async () => (await import('./json.js')).toJson,
  yaml: async () => (await import('./yaml.js')).toYaml,
  csv: async () => (await import('./csv.js')).toCsv,
  outline: async () => (await import('./outline.js')).toOutline,
  jsonl: async () => (await import('./json-line.js')).toJsonLine,
  xlsx: async () => (await import('./xlsx.js')).toXlsx,
  workbook: async () => (await import('./task-lines.js')).toTaskLines,
} satisfies Record<Format, () => Promise<EmitFile>>;

/**
 * The emitter of one format, loading only its own code.
 * @param format the output format
 */
export function loadEmitter(format: Format): Promise<EmitFile> {
  return loaders[format]();
}
