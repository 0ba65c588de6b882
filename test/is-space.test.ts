import { describe, expect, it } from 'vitest';
import { isSpace } from '../src/text/is-space.js';

describe('isSpace', () => {
  it('answers as `\\s` does for every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isSpace(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(`U+${code.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });

  it('takes an offset past the text as no space', () => {
    expect(isSpace('a'.charCodeAt(1))).toBe(false);
  });
});
