import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters } from '../src/text/count-characters.js';

describe('countCharacters', () => {
  it('counts a character beyond the BMP once, and a lone surrogate as one', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('法治')).toBe(2);
    expect(countCharacters('𠀀')).toBe(1);
    expect(countCharacters('𠀀𠀁a')).toBe(3);
    expect(countCharacters('\udc00\ud800')).toBe(2); // halves out of order are two
    expect(countCharacters('\ud800')).toBe(1);
  });

  it('agrees with Array.from(text).length on any string, lone surrogates included', () => {
    const piece = fc.constantFrom('法', 'a', '𠀀', '\ud800', '\udc00', '，', ' ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => countCharacters(text) === Array.from(text).length));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => countCharacters(text) === Array.from(text).length));
  });
});
