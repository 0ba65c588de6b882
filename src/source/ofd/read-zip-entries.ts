import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';

/**
 * The most an OFD file's XML may unpack to: a plan's pages are some hundred kilobytes of XML,
 * and 64 MiB leaves room for hundreds of pages while refusing a zip bomb long before memory
 * runs short.
 */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/**
 * The archive is fed to the inflater this many bytes at a time, so that one step can unpack to at
 * most about a thousand times as much (DEFLATE's limit), some 16 MiB, before the total is checked.
 */
const FEED = 16 * 1024;

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
