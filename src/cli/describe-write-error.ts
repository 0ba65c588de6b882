/**
 * Why an output file could not be written, in words that name no temporary file: the error's
 * code when it has one, `Invalid string length` (an output too large to build as one string)
 * as what it means.
 * @param error what emitting or writing threw
 */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof RangeError && /string length/i.test(error.message)) return 'the output is too large to build as one string';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EDQUOT') return 'over the disk quota';
  if (code === 'EFBIG') return 'larger than the system lets one file grow (ulimit -f)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') return 'a folder of that name is in the way';
  if (code) return code;
  // The message of an error without a code names no path.
  return (error as Error).message;
}
