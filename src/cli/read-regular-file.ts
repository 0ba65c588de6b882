import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Input } from './collect-inputs.js';
import type { Io } from './io.js';
import type { NotRegularKind } from '../i18n/messages.js';
import { localize, type Localized } from '../i18n/translate.js';

/**
 * Bytes read from one input unless `--max-input-size` says otherwise: 16 MB. Real plans are 10 to
 * 200 KB (the largest of the shared corpus is under 100 KB), so the cap is 80 times the largest
 * seen; compiling takes about 50 times a plan's size in memory, so a plan at the cap still fits in
 * 1 GB, where a `/dev/zero` or a runaway log would take the machine.
 */
export const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * A file this tool will not read, and why, in words for the user in every language (the caller
 * names the file and picks the language); `message` is the English.
 */
export class InputRefusal extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

/** How to open one input. */
export interface ReadLimits {
  /** Most bytes read; a larger file is refused. */
  maxBytes?: number;
  /** Follow a symbolic link at the end of the path (the command line's own arguments); by default a link is refused. */
  followLink?: boolean;
}

/**
 * Reads a regular file, whole, refusing anything else before reading a byte of it: devices
 * (`/dev/zero` would fill memory), FIFOs and sockets (reading one waits forever), and a file
 * larger than the cap. The file is opened first and checked through its descriptor, so it cannot
 * be swapped for a link or a device between the check and the read.
 * @param file the absolute path
 * @param limits the size cap and whether a link at the end of the path is followed
 * Note: throws `InputRefusal` for a file it will not read, and the system's error (`ENOENT`,
 * `EACCES`, `ELOOP` …) for one it cannot open.
 */
export function readRegularFile(file: string, limits: ReadLimits = {}): Uint8Array {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (limits.followLink ? 0 : constants.O_NOFOLLOW);
  let fd: number;
  try {
    fd = openSync(file, flags);
  } catch (error) {
    // With O_NOFOLLOW, a link at the end of the path fails with ELOOP (Linux) or EMLINK (BSD).
    const code = (error as NodeJS.ErrnoException).code;
    if (!limits.followLink && (code === 'ELOOP' || code === 'EMLINK')) throw new InputRefusal(localize('input.symlink-not-followed'));
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    const kind = notRegular(stat);
    if (kind) throw new InputRefusal(localize('input.not-regular', { kind }));
    if (stat.size > maxBytes) throw new InputRefusal(tooLarge(stat.size, maxBytes));
    // Read up to one byte past the cap: a file that grows while it is read, or one that says it
    // is empty and is not (`/proc`), is still caught; the buffer grows as far as the cap and no further.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new InputRefusal(tooLarge(length, maxBytes));
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2 + 64 * 1024, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of one input: the file (a regular one, a link at its end followed only when the input
 * says so), or all of stdin, at most `maxBytes` of them. Every command reads its inputs here.
 * @param input the input, as collected
 * @param io where standard input comes from
 * @param maxBytes the cap (`--max-input-size`); by default `DEFAULT_MAX_INPUT_BYTES`
 * Note: throws `InputRefusal` for a file that is not a regular one or is too large (see
 * `readRegularFile`), and the system's error for one that cannot be opened.
 */
export async function readInput(input: Input, io: Pick<Io, 'readStdin'>, maxBytes?: number): Promise<Uint8Array> {
  if (input.file === null) return io.readStdin(maxBytes);
  return readRegularFile(input.file, { ...(maxBytes ? { maxBytes } : {}), ...(input.followLink ? { followLink: true } : {}) });
}

/** What a file that is not a regular one is (messages put it into words); null for a regular file. */
export function notRegular(stat: Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isSymbolicLink'>): NotRegularKind | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSymbolicLink()) return 'symlink';
  return 'other';
}

function tooLarge(size: number, maxBytes: number): Localized {
  return localize('input.too-large', { limit: formatSize(maxBytes), size: formatSize(size) });
}

/** Bytes in words: `16 MB`, `512 KB`, `300 bytes`. */
export function formatSize(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return `${+(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/**
 * The value of `--max-input-size`: a whole number of bytes, or with a unit (`500KB`, `64MB`, `1GB`).
 * @param value as typed
 * @returns bytes, or null when the value is not a size
 */
export function parseSize(value: string): number | null {
  const match = /^(\d{1,15})\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!match) return null;
  const unit = (match[2] ?? 'b').toLowerCase()[0]!;
  const bytes = Number(match[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[unit]!;
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}
