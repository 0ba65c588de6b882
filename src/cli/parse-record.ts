import { z } from 'zod';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/**
 * One input record of the streaming filter (`--from jsonl`): a plan's text, or its file's bytes in
 * base64 with the file's name (its extension and bytes pick the reader, as for a file on disk).
 * `name` is recorded as the document's `source.path`.
 */
export const InputRecord = z.union([
  z.object({ id: z.string().min(1), text: z.string(), name: z.string().min(1).optional() }),
  z.object({ id: z.string().min(1), bytes: z.base64(), name: z.string().min(1) }),
]);

/** An input record, checked. */
export type InputRecord = z.infer<typeof InputRecord>;

/**
 * Reads one line of the input stream into the input it holds: its id, its name and its bytes (a
 * text as UTF-8). Never throws: a line that is not JSON, or not a record, gives the reason.
 * @param line the line, without its line end
 * @param lang the language of the reason
 */
export function parseRecord(line: string, lang?: Language): { id: string; name: string | null; bytes: Uint8Array } | { id: string | null; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: translate(lang, 'record.not-json', { detail: (error as Error).message }) };
  }
  const id = value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null;
  const checked = InputRecord.safeParse(value);
  if (!checked.success) {
    const bad = checked.error.issues.flatMap((issue) => (issue.code === 'invalid_union' ? issue.errors.flat() : [issue])).map((issue) => issue.path.join('.')).filter(Boolean);
    return { id, error: translate(lang, 'record.expected', { check: [...new Set(bad)] }) };
  }
  const record = checked.data;
  const bytes = 'text' in record ? Buffer.from(record.text, 'utf8') : Buffer.from(record.bytes, 'base64');
  return { id: record.id, name: record.name ?? null, bytes };
}
