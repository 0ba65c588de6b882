import { createRequire } from 'node:module';
import { SHA256_MODULE } from './sha256-module.js';

/** Where the module takes the blocks to hash (sha256.wat's memory layout). */
const INPUT = 1024;
/** Where the module writes the digest. */
const DIGEST = 768;
/** Bytes copied into the module's memory per call: a whole number of blocks, with room for the padding's two behind it. */
const CHUNK = 64 * 1024;
/** A SHA-256 block, in bytes. */
const BLOCK = 64;

/** The exports of sha256.wat. */
interface HasherExports {
  init(): void;
  update(at: number, blocks: number): void;
  digest(): void;
  memory: { buffer: ArrayBuffer };
}

/** The module's functions, with its memory as bytes. */
type Hasher = Omit<HasherExports, 'memory'> & { memory: Uint8Array };

/** The part of the WebAssembly API used here: a global of Node.js that TypeScript's ES libraries do not declare. */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: object };
};

let hasher: Hasher | null | undefined;

/**
 * The sha256 of some bytes, in hex. Computed by a small WebAssembly module (sha256.wat) rather
 * than node:crypto: loading node:crypto loads 36 of Node.js's modules (streams, ciphers, keys),
 * about 10 ms, a twentieth of a short run, for a hash that takes under a millisecond. Measured in
 * fresh processes on a loaded machine (medians of 15): compiling the module and hashing the seed
 * 6 to 9 ms, loading node:crypto and hashing 11 to 15 ms; a SHA-256 in JavaScript 10 to 30 ms, as
 * it runs in V8's interpreter. Where WebAssembly is switched off (`node --jitless`), node:crypto.
 * @param bytes the whole input
 */
export function sha256Of(bytes: Uint8Array): string {
  hasher ??= typeof WebAssembly !== 'undefined' ? instantiate() : null;
  if (hasher === null) return createRequire(import.meta.url)('node:crypto').createHash('sha256').update(bytes).digest('hex');
  const { memory } = hasher;
  hasher.init();
  const whole = bytes.length - (bytes.length % BLOCK);
  for (let at = 0; at < whole; at += CHUNK) {
    const end = Math.min(at + CHUNK, whole);
    memory.set(bytes.subarray(at, end), INPUT);
    hasher.update(INPUT, (end - at) / BLOCK);
  }
  // The padding (FIPS 180-4, 5.1.1): 0x80, zeros, and the length in bits as a 64-bit big-endian number, in one block or two.
  const rest = bytes.length - whole;
  const tail = rest < BLOCK - 8 ? BLOCK : 2 * BLOCK;
  memory.set(bytes.subarray(whole), INPUT);
  memory[INPUT + rest] = 0x80;
  memory.fill(0, INPUT + rest + 1, INPUT + tail - 8);
  const view = new DataView(memory.buffer, memory.byteOffset);
  view.setUint32(INPUT + tail - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(INPUT + tail - 4, (bytes.length * 8) >>> 0);
  hasher.update(INPUT, tail / BLOCK);
  hasher.digest();
  let hex = '';
  for (let i = DIGEST; i < DIGEST + 32; i++) hex += memory[i]!.toString(16).padStart(2, '0');
  return hex;
}

/** The module, compiled and instantiated (once per thread). */
function instantiate(): Hasher {
  const exports = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(SHA256_MODULE, 'base64'))).exports as HasherExports;
  return { init: exports.init, update: exports.update, digest: exports.digest, memory: new Uint8Array(exports.memory.buffer) };
}
