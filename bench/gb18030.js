// An encoder to GB18030 for the bench corpus. Node decodes GB18030 but has no encoder, so the
// table is built by decoding every two-byte GBK sequence once.

let table = null;

function buildTable() {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const map = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (char.length === 1 && char !== '\ufffd' && !map.has(char)) map.set(char, (lead << 8) | trail);
      } catch {
        // Not a character in GB18030's two-byte area.
      }
    }
  }
  return map;
}

/**
 * The text as GB18030 bytes, or null when a character has no one- or two-byte code (those need
 * GB18030's four-byte area, which this table leaves out).
 * @param {string} text
 * @returns {Buffer | null}
 */
export function encodeGb18030(text) {
  table ??= buildTable();
  const bytes = Buffer.alloc(text.length * 2);
  let at = 0;
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 0x80) {
      bytes[at++] = code;
      continue;
    }
    const pair = table.get(char);
    if (pair === undefined) return null;
    bytes[at++] = pair >> 8;
    bytes[at++] = pair & 0xff;
  }
  return bytes.subarray(0, at);
}
