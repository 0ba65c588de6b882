import type { NodeKind, Num } from '../model/index.js';
import { BLANK } from '../text/blank.js';
import { chineseNumber, digitNumber } from '../text/chinese-number.js';

/** A numbering marker found at the start of a paragraph. */
export interface Marker extends Num {
  kind: NodeKind;
  /** `2.5G基站…`: an item marker that could also be a decimal number; the parser keeps it only when the numbering around it confirms it. */
  decimalLike: boolean;
}

const HAN = '[一二三四五六七八九十百零〇两]+';
const DIGITS = '[0-9０-９]{1,3}';
/** Item numbers run past a thousand in long task lists (`1024.`); subitems and table rows stay shorter. */
const ITEM_DIGITS = '[0-9０-９]{1,4}';

/** How a marker writes its number: in Chinese, in digits, circled, or as one glyph counted from the glyph for one. */
type Numeral = 'han' | 'digits' | 'circled' | '㈠' | '⒈' | '⑴';

/** The ladder: each marker style, the kind it stands for, and how to read its numeral. */
const ladder: Array<{ kind: NodeKind; pattern: RegExp; numeral: Numeral }> = [
  // The ladder of regulations (办法, 规定, 条例, 实施细则): `第一章` a section, `第一节` a
  // subsection, `第一条` (also `第1条`) an item; the numeral is the group after 第.
  { kind: 'section', pattern: new RegExp(`^第(${HAN})章${BLANK}*`, 'u'), numeral: 'han' },
  { kind: 'subsection', pattern: new RegExp(`^第(${HAN})节${BLANK}*`, 'u'), numeral: 'han' },
  { kind: 'item', pattern: new RegExp(`^第(${HAN})条${BLANK}*`, 'u'), numeral: 'han' },
  { kind: 'item', pattern: new RegExp(`^第(${ITEM_DIGITS})条${BLANK}*`, 'u'), numeral: 'digits' },
  // `一、` (also `一．`, `一.`); not `一是`, nor `三、四月份` (two months, not a section).
  { kind: 'section', pattern: new RegExp(`^(${HAN})([、．.])(?![一二三四五六七八九十]+[月季年])${BLANK}*`, 'u'), numeral: 'han' },
  // `（一）`, `(一)`, mixed widths.
  { kind: 'subsection', pattern: new RegExp(`^([（(])${BLANK}*(${HAN})${BLANK}*([）)])${BLANK}*`, 'u'), numeral: 'han' },
  // `1.` `1．` `1、` `1﹒` `１．` `1. `.
  { kind: 'item', pattern: new RegExp(`^(${ITEM_DIGITS})([.．、﹒])${BLANK}*`, 'u'), numeral: 'digits' },
  // `（1）`, `(1)`, and the bare `1）`.
  { kind: 'subitem', pattern: new RegExp(`^([（(]?)${BLANK}*(${DIGITS})${BLANK}*([）)])${BLANK}*`, 'u'), numeral: 'digits' },
  // `①` … `㊿`.
  { kind: 'point', pattern: new RegExp(`^([①-⑳㉑-㉟㊱-㊿])${BLANK}*`, 'u'), numeral: 'circled' },
  // Word's numbering glyphs: `㈠` (one character for （一）), `⒈` (1.), `⑴` ((1)).
  { kind: 'subsection', pattern: new RegExp(`^([㈠-㈩])${BLANK}*`, 'u'), numeral: '㈠' },
  { kind: 'item', pattern: new RegExp(`^([⒈-⒛])${BLANK}*`, 'u'), numeral: '⒈' },
  { kind: 'subitem', pattern: new RegExp(`^([⑴-⒇])${BLANK}*`, 'u'), numeral: '⑴' },
  // A paragraph that is only a number: the row number of a table flattened to one cell per line.
  { kind: 'item', pattern: /^([0-9]{1,3})$/u, numeral: 'digits' },
];

/**
 * The numbering marker at the start of a paragraph, if any.
 * @param text the paragraph, without its indentation
 */
export function matchMarker(text: string): Marker | null {
  for (const { kind, pattern, numeral } of ladder) {
    const match = pattern.exec(text);
    if (!match) continue;
    const raw = match[0];
    const figure = match.slice(1).find((group) => group && !/^[（(、．.﹒）)]$/.test(group)) ?? '';
    const value = readNumeral(figure, numeral);
    if (value === null) continue;
    const decimalLike = kind === 'item' && /^[0-9]+\.$/.test(raw) && /^[0-9]/.test(text.slice(raw.length));
    return { kind, raw, value, style: styleOf(raw, figure, numeral), decimalLike };
  }
  return null;
}

function readNumeral(figure: string, numeral: Numeral): number | null {
  if (numeral === 'han') return chineseNumber(figure);
  if (numeral === 'digits') return digitNumber(figure);
  const code = figure.codePointAt(0)!;
  if (numeral !== 'circled') return code - numeral.codePointAt(0)! + 1;
  if (code <= 0x2473) return code - 0x2460 + 1; // ①–⑳
  if (code <= 0x325f) return code - 0x3251 + 21; // ㉑–㉟
  return code - 0x32b1 + 36; // ㊱–㊿
}

const BLANKS = new RegExp(`${BLANK}+`, 'gu');

/** The marker with its numeral replaced by a fixed one, so that `3.` and `12.` share a style. */
function styleOf(marker: string, figure: string, numeral: Numeral): string {
  const stand = numeral === 'han' ? '一' : numeral === 'circled' ? '①' : numeral !== 'digits' ? numeral : /[０-９]/.test(figure) ? '１' : '1';
  return marker.replace(BLANKS, '').replace(figure, stand);
}
