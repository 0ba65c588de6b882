const digits: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a Chinese numeral: `十一` → 11, `二十三` → 23, `一百零五` → 105, `二〇二二` → 2022.
 * @param numeral Chinese digits, optionally with 十/百/千
 * Note: returns null when `numeral` holds anything else.
 */
export function chineseNumber(numeral: string): number | null {
  if (!numeral) return null;
  if (![...numeral].some((c) => c in units)) {
    // Digit by digit, as in years: 二〇二二.
    let value = 0;
    for (const c of numeral) {
      const d = digits[c];
      if (d === undefined) return null;
      value = value * 10 + d;
    }
    return value;
  }
  let total = 0;
  let pending = 0;
  for (const c of numeral) {
    const d = digits[c];
    const u = units[c];
    if (d !== undefined) pending = d;
    else if (u !== undefined) {
      total += (pending || 1) * u;
      pending = 0;
    } else return null;
  }
  return total + pending;
}

/** The value of ASCII or full-width digits: `１２` → 12. */
export function digitNumber(text: string): number {
  return Number(text.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
}
