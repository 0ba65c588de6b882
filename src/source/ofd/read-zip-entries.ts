import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { INFLATE_FEED_BYTES as FEED, MAX_UNPACKED_BYTES } from '../max-unpacked-bytes.js';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';

/** An OFD file's XML may unpack to at most MAX_UNPACKED_BYTES, shared with Word files. */
export { MAX_UNPACKED_BYTES };

/**
 * The entries of a zip archive whose names pass `wanted`, unpacked, each by its path; refuses
 * an archive whose wanted entries unpack to more than MAX_UNPACKED_BYTES, without unpacking past it.
 * @param bytes the archive
 * @param wanted which entries to unpack (others are skipped without inflating)
 * @param what the file's kind, for the messages (`OFD file`)
 */
export function readZipEntries(bytes: Uint8Array, wanted: (path: string) => boolean, what: string): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array[]>();
  let total = 0;
  const unzip = new Unzip((file) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    entries.set(file.name, chunks);
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > MAX_UNPACKED_BYTES) {
        throw new ReadRefusal(localize('refusal.zip-too-large', { what, mib: MAX_UNPACKED_BYTES / 1024 / 1024 }));
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length; at += FEED) unzip.push(bytes.subarray(at, at + FEED), at + FEED >= bytes.length);
  } catch (error) {
    if (error instanceof ReadRefusal) throw error;
    throw new ReadRefusal(localize('refusal.zip-corrupt', { what, detail: error instanceof Error ? error.message : String(error) }));
  }
  return new Map([...entries].map(([path, chunks]) => [path, concat(chunks)]));
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
