// Assembles src/read/sha256.wat (WebAssembly text) into src/read/sha256-module.ts, the module's
// bytes in base64, which src/read/sha256-of.ts runs. Run after changing the .wat:
// `node scripts/assemble-sha256.js`; test/sha256-of.test.ts checks that the two agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabt from 'wabt';

/** The module's bytes, assembled from the text by WABT (the WebAssembly Binary Toolkit). */
export async function assembleSha256(wat) {
  const tools = await wabt();
  const module = tools.parseWat('sha256.wat', wat);
  try {
    module.validate();
    return Buffer.from(module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}

/** The TypeScript file that holds the bytes. */
export function moduleSource(bytes) {
  return `// Written by scripts/assemble-sha256.js from sha256.wat: do not edit.

/** The SHA-256 WebAssembly module (src/read/sha256.wat), in base64. */
export const SHA256_MODULE = '${bytes.toString('base64')}';
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = fileURLToPath(new URL('../src/read/', import.meta.url));
  const bytes = await assembleSha256(readFileSync(`${folder}sha256.wat`, 'utf8'));
  writeFileSync(`${folder}sha256-module.ts`, moduleSource(bytes));
  console.log(`src/read/sha256-module.ts: ${bytes.length} bytes`);
}
