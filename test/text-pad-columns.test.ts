import { describe, expect, it } from 'vitest';
import { columnsOf, padColumns } from '../src/text/pad-columns.js';

describe('padColumns', () => {
  it('counts Chinese characters and fullwidth punctuation as two columns, the rest as one', () => {
    expect(columnsOf('warning')).toBe(7);
    expect(columnsOf('警告')).toBe(4);
    expect(columnsOf('第3页（附件）')).toBe(13);
    expect(columnsOf('𠀀')).toBe(2); // beyond the BMP: two code units, one character, two columns
  });

  it('pads Chinese and English to the same width, and never cuts a longer text', () => {
    expect(padColumns('警告', 7)).toBe('警告   ');
    expect(padColumns('error', 7)).toBe('error  ');
    expect(columnsOf(padColumns('错误', 7))).toBe(columnsOf(padColumns('warning', 7)));
    expect(padColumns('第12段', 3)).toBe('第12段');
  });
});
