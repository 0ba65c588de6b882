/**
 * Characters gathered before they are handed on: large enough that writing a file takes few
 * system calls, small enough that the pieces of a 40 MB JSON file never stand in memory at once.
 */
const CHUNK_CHARS = 64 * 1024;

/**
 * Writes a value as `JSON.stringify(value, null, 2)` followed by a newline gives it — the same
 * characters — but in pieces of about `CHUNK_CHARS`, so that the whole text is never one string:
 * the JSON of a 5 MB plan is some 40 MB of text, which as a string (two bytes a character, for
 * Chinese) and then as the bytes written took 120 MB at once. Arrays and objects holding arrays
 * (the tree, its nodes, their obligations) are walked; any other object (a position, a number) is
 * stringified whole and indented where it stands.
 * @param value a JSON value: plain objects, arrays, strings, numbers, booleans and null
 * @param write takes each piece in order
 */
export function writeJson(value: unknown, write: (chunk: string) => void): void {
  let pending = '';
  const out = (piece: string) => {
    pending += piece;
    if (pending.length >= CHUNK_CHARS) {
      write(pending);
      pending = '';
    }
  };
  walk(value, '', out);
  write(`${pending}\n`);
}

function walk(value: unknown, indent: string, out: (piece: string) => void): void {
  if (Array.isArray(value)) {
    if (value.length === 0) return out('[]');
    const inner = `${indent}  `;
    for (let i = 0; i < value.length; i++) {
      out(`${i === 0 ? '[' : ','}\n${inner}`);
      walk(value[i], inner, out);
    }
    return out(`\n${indent}]`);
  }
  if (!isWalked(value)) {
    // JSON.stringify writes an array's undefined, function or symbol as null; strings hold no raw line break, so indenting each line is safe.
    const text = JSON.stringify(value, null, 2) ?? 'null';
    return out(indent && text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text);
  }
  const inner = `${indent}  `;
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    out(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    walk(field, inner, out);
  }
  out(first ? '{}' : `\n${indent}}`);
}

/** A plain object holding an array among its fields: walked field by field rather than stringified whole. */
function isWalked(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const key in value) if (Array.isArray((value as Record<string, unknown>)[key])) return true;
  return false;
}
