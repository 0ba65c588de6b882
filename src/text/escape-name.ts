/** Control characters (C0, DEL, C1) and the line and paragraph separators: what can colour a terminal or split a line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * A file or document name as it can be shown on a terminal or in an annotation: control
 * characters as `\x1b`, `\n`, …, so that a name with ESC cannot colour or move the terminal and
 * one with a line break cannot make a line of its own; bytes that are not UTF-8 as `\xB9`.
 * @param name the name as text, or as the bytes a folder listing gave
 */
export function escapeName(name: string | Uint8Array): string {
  const text = typeof name === 'string' ? name : bytesAsText(name);
  return text.replace(CONTROL, (c) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The bytes as UTF-8, each byte of a sequence that is not UTF-8 as `\xHH`. */
function bytesAsText(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let out = '';
  let at = 0;
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at);
    if (length > 0) {
      out += decoder.decode(bytes.subarray(at, at + length));
      at += length;
    } else {
      out += `\\x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
      at++;
    }
  }
  return out;
}

/** The length of the valid UTF-8 sequence at `at`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
  if (length <= 1) return length;
  if (at + length > bytes.length) return 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + length));
    return length;
  } catch {
    return 0;
  }
}
