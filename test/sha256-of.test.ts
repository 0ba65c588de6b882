import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Of } from '../src/read/sha256-of.js';
import { SHA256_MODULE } from '../src/read/sha256-module.js';
// @ts-expect-error: a script of the build, in JavaScript without types
import { assembleSha256 } from '../scripts/assemble-sha256.js';
import { ROOT, SEED } from './helpers.js';

const opensslSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256Of (WebAssembly)', () => {
  it("gives FIPS 180-4's examples", () => {
    expect(sha256Of(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Of(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Of(Buffer.from('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it("gives node:crypto's hash at every length around a block's and a chunk's end (padding in one block or two), and for the seed", () => {
    const lengths = [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 65_535, 65_536, 65_537, 65_536 + 55, 65_536 + 56, 3 * 65_536 + 70];
    for (const length of lengths) {
      const bytes = randomBytes(length);
      expect(sha256Of(bytes), `${length} bytes`).toBe(opensslSha256(bytes));
    }
    const seed = readFileSync(SEED);
    expect(sha256Of(seed)).toBe(opensslSha256(seed));
    // A view into a larger buffer hashes its own bytes only.
    const big = randomBytes(300);
    expect(sha256Of(big.subarray(100, 250))).toBe(opensslSha256(big.subarray(100, 250)));
  });

  it("gives node:crypto's hash for any bytes, one call after another", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), (bytes) => sha256Of(bytes) === opensslSha256(bytes)),
      { numRuns: 300 },
    );
  });

  it('runs the module assembled from sha256.wat (node scripts/assemble-sha256.js writes it)', async () => {
    const assembled: Buffer = await assembleSha256(readFileSync(`${ROOT}src/read/sha256.wat`, 'utf8'));
    expect(SHA256_MODULE).toBe(assembled.toString('base64'));
  });

  it('falls back on node:crypto where WebAssembly is switched off (node --jitless), with the same hash', () => {
    const child = spawnSync(process.execPath, ['--jitless', `${ROOT}bin/policy-compile.js`, SEED, '--stdout', '-f', 'json'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(child.status, child.stderr).toBe(0);
    expect((JSON.parse(child.stdout) as { source: { sha256: string } }).source.sha256).toBe(opensslSha256(readFileSync(SEED)));
  });
});
