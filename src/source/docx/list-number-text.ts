const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
/** 甲乙丙丁…, the ten heavenly stems, which Word calls ideographTraditional. */
const STEMS = '甲乙丙丁戊己庚辛壬癸';
/** 子丑寅卯…, the twelve earthly branches, which Word calls ideographZodiac. */
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
/** ①…⑳: Word falls back to plain digits past the last one. */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESISED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOPPED = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const IDEOGRAPH_CIRCLED = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';

/**
 * A list counter written in one of Word's number formats (`w:numFmt`): `chineseCounting` 11 → 十一,
 * `decimalEnclosedCircle` 3 → ③, `upperRoman` 4 → IV. Formats without a glyph for the value, and
 * formats not known here, fall back to decimal digits, as Word does past ⑳.
 * @param value the counter
 * @param format the `w:numFmt` value
 */
export function listNumberText(value: number, format: string): string {
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return countingNumeral(value, CHINESE_DIGITS, '十百千');
    case 'chineseLegalSimplified':
      return countingNumeral(value, LEGAL_DIGITS, '拾佰仟');
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(value).replace(/\d/g, (d) => CHINESE_DIGITS[Number(d)]!);
    case 'ideographTraditional':
      return cycled(value, STEMS);
    case 'ideographZodiac':
      return cycled(value, BRANCHES);
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return glyph(value, CIRCLED);
    case 'decimalEnclosedParen':
      return glyph(value, PARENTHESISED);
    case 'decimalEnclosedFullstop':
      return glyph(value, FULL_STOPPED);
    case 'ideographEnclosedCircle':
      return glyph(value, IDEOGRAPH_CIRCLED);
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    default:
      return String(value);
  }
}

/** 十一, 二十, 一百零五, 一千零一十: Chinese counting below ten thousand, digits beyond. */
function countingNumeral(value: number, digits: string, units: string): string {
  if (value < 0 || value >= 10000 || !Number.isInteger(value)) return String(value);
  if (value < 10) return digits[value]!;
  const places = String(value).split('').map(Number);
  let text = '';
  let zero = false;
  places.forEach((digit, index) => {
    const unit = places.length - 1 - index;
    if (digit === 0) {
      zero = text !== '';
      return;
    }
    // A gap inside the number is 零 (一百零一); 〇 stands only for zero itself.
    if (zero) text += '零';
    zero = false;
    // 十一 rather than 一十一 when ten leads, as Word writes it.
    if (!(digit === 1 && unit === 1 && text === '')) text += digits[digit]!;
    if (unit > 0) text += units[unit - 1]!;
  });
  return text;
}

/** The glyph for 1… in a run of glyphs, or digits past it. */
function glyph(value: number, glyphs: string): string {
  const list = [...glyphs];
  return value >= 1 && value <= list.length ? list[value - 1]! : String(value);
}

/** 1… in a cycle of characters (甲乙…癸甲…). */
function cycled(value: number, cycle: string): string {
  const list = [...cycle];
  return value >= 1 ? list[(value - 1) % list.length]! : String(value);
}

/** A, B, … Z, AA, BB, …: Word repeats the letter rather than counting in base 26. */
function letters(value: number): string {
  if (value < 1) return String(value);
  return String.fromCharCode(65 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
}

/** Roman numerals up to 3999, digits beyond. */
function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let text = '';
  for (const [amount, numeral] of table) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}
