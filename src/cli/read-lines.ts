/** The byte that ends a line (LF; a CR before it is taken off too). */
const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a byte stream, each without its line end (LF or CRLF), as the stream delivers
 * them: only the line being read is held, however long the stream. A last line without a line end
 * counts too. A yielded line may share memory with the chunk it came in: use it before asking for the next.
 * @param chunks the stream's bytes, chunk by chunk
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let end = bytes.indexOf(LF); end !== -1; end = bytes.indexOf(LF, start)) {
      const piece = bytes.subarray(start, end);
      const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      start = end + 1;
      yield withoutCr(line);
    }
    // The start of a line that goes on in the next chunk, copied: the stream may reuse its chunk.
    if (start < bytes.length) pending.push(Buffer.from(bytes.subarray(start)));
  }
  if (pending.length) yield withoutCr(Buffer.concat(pending));
}

function withoutCr(line: Buffer): Buffer {
  return line.length && line[line.length - 1] === CR ? line.subarray(0, -1) : line;
}
