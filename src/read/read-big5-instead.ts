/**
 * Characters among the most frequent of Chinese government text that Big5 and GB18030 both
 * hold and that are written the same in traditional and simplified script: the reading of a
 * file's bytes that yields more of them is the right one.
 */
const COMMON = new Set('的一是在不了有和人中大上以要到作地出就分可下年工政府部市局全面提高建立制度各加本其行公共发展');

/** Least share of a text's Han characters that must be common ones for a reading to count as Chinese at all. */
const MIN_COMMON_SHARE = 0.05;

/**
 * The Big5 reading of bytes that also decode as GB18030, when that reading is the Chinese text
 * (traditional script saved in Big5 reads as rare characters and private-use glyphs in GB18030),
 * else null.
 * @param bytes the file
 * @param gb18030 the same bytes decoded as GB18030
 */
export function readBig5Instead(bytes: Uint8Array, gb18030: string): string | null {
  let big5: string;
  try {
    big5 = new TextDecoder('big5', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const score = (text: string) => {
    let han = 0;
    let common = 0;
    for (const c of text) {
      if (c >= '\u4e00' && c <= '\u9fff') han++;
      if (COMMON.has(c)) common++;
    }
    return han ? common / han : 0;
  };
  const big5Score = score(big5);
  return big5Score >= MIN_COMMON_SHARE && big5Score > score(gb18030) ? big5 : null;
}
