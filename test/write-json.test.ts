// The JSON file written in pieces is the JSON emitter's text, character for character.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toJson, toJsonPieces } from '../src/emit/json.js';
import { writeJson } from '../src/emit/write-json.js';
import { SEED } from './helpers.js';

function pieces(value: unknown): { text: string; count: number } {
  const chunks: string[] = [];
  writeJson(value, (chunk) => chunks.push(chunk));
  return { text: chunks.join(''), count: chunks.length };
}

describe('writeJson', () => {
  it('writes the seed as toJson does, in more than one piece when it is long', () => {
    const document = compile(readFileSync(SEED), { path: 'seed.txt' }).document;
    const chunks: string[] = [];
    toJsonPieces(document, (chunk) => chunks.push(chunk));
    expect(chunks.join('')).toBe(toJson(document));
    expect(chunks.length).toBeGreaterThan(1);
  });

  it('gives JSON.stringify(value, null, 2) for any JSON value, undefined fields and array holes included', () => {
    const value = { a: [1, undefined, { b: [], c: {}, d: undefined, e: [[], [{}]] }], f: 'x\ny', g: { h: { i: [null, true] } }, j: undefined };
    expect(pieces(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(pieces(json).text).toBe(`${JSON.stringify(json, null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });
});
