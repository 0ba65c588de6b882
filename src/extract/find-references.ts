import { scanBrackets } from '../text/brackets.js';

/**
 * The documents a text cites, as written with their book-title marks: `《优化营商环境条例》`.
 * A title cited inside another (`《<党政主要负责人…规定>工作要求落实指引》`,
 * `《关于〈…〉的意见》`) stays part of the outer reference.
 * @param text an obligation's text
 */
export function findReferences(text: string): string[] {
  const pairs = scanBrackets(text).pairs.filter((p) => '《〈'.includes(text[p.open]!) && '》〉'.includes(text[p.close]!));
  const outer = pairs.filter((p) => !pairs.some((q) => q !== p && q.open < p.open && p.close < q.close));
  return outer.sort((a, b) => a.open - b.open).map((p) => text.slice(p.open, p.close + 1));
}
