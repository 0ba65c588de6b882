import type { Deadline } from '../model/index.js';
import { chineseNumber, digitNumber } from '../text/chinese-number.js';
import { bracketDepths } from '../text/brackets.js';

const YEAR = '(?:(?:19|20)[0-9０-９]{2}|[〇零一二三四五六七八九]{4})年';
const MONTH = '(?:1[0-2]|0?[1-9]|１[０-２]|[１-９]|十[一二]?|[一二三四五六七八九])月';
const DAY = '(?:[12][0-9]|3[01]|0?[1-9])日';
const QUARTER = '第?[一二三四]季度';
/** A point in time a plan can set: `2022年底`, `6月底`, `2023年6月30日`, `年底`, `上半年`, `三季度`. */
const DATE =
  `(?:${YEAR}(?:${MONTH}(?:${DAY})?)?(?:底|末|中旬|上旬|下旬|上半年|下半年|${QUARTER})?` +
  `|${MONTH}(?:${DAY})?(?:底|末|份|中旬|上旬|下旬)?|年底|年末|年内|上半年|下半年|${QUARTER})`;

/** `2022年底前`, `6月底前完成`, `于2023年6月30日前`: a date followed by 前. */
const BEFORE = new RegExp(`(?:到|至|于|在)?${DATE}之?前(?:基本完成|全面完成|完成|建成|实现)?`, 'gu');
/** `到2024年`, `到2023年底`: the year a goal is set for. */
const BY_YEAR = new RegExp(`(?:到|至)${YEAR}(?:底|末)?(?![0-9０-９前])`, 'gu');
/** `10月底完善…`, `上半年完成…`, `…，2023年底。`: a date opening a clause, or a clause of its own. */
const CLAUSE_DATE = new RegExp(`(?<=^|[，,；;。：:])(?:${DATE})(?=[\\u4e00-\\u9fa5，,；;。])(?!以来|以前|起|度|的|是|至|到|和|及)`, 'gu');
/** A date opening a clause, with `前` and a leading `到`/`于`. */
const LEADING_DATE = new RegExp(`^(?:到|至|于|在)?(?:${DATE})之?前?`, 'u');

/** The year, month and date patterns, compiled once. */
const YEAR_PATTERN = new RegExp(YEAR, 'u');
const MONTH_PATTERN = new RegExp(`(?<![0-9０-９])${MONTH}`, 'u');
const DATE_PATTERN = new RegExp(DATE, 'u');

/** Words that make a task run on rather than end. */
const ONGOING = /持续|长期|常态|按进度|逐步|定期|每年|每半年|每季度?|每月|每周|按季度?|按月|经常/u;
/** Words that can open the deadline part of a unit note without naming a date. */
const DUE = /^(?:完成|立即|尽快|及时|按时|按期|年内|当年|全年|长期|持续|常态化|按进度|按计划|逐步)/u;

/**
 * Reads a deadline as written into its year, month and whether it runs on:
 * `2022年底前` → 2022, 12; `5月底取得明显成效并持续推进` → month 5, ongoing; `长期坚持` → ongoing.
 * @param text the deadline as written
 */
export function readDeadline(text: string): Deadline {
  const yearMatch = YEAR_PATTERN.exec(text);
  const year = yearMatch ? numeral(yearMatch[0].slice(0, -1)) : null;
  const monthMatch = MONTH_PATTERN.exec(text);
  let month = monthMatch ? numeral(monthMatch[0].slice(0, -1)) : null;
  if (month === null) {
    if (/年底|年末|年内|下半年|第?四季度/u.test(text)) month = 12;
    else if (/上半年|第?二季度/u.test(text)) month = 6;
    else if (/第?一季度/u.test(text)) month = 3;
    else if (/第?三季度/u.test(text)) month = 9;
  }
  if (month !== null && (month < 1 || month > 12)) month = null;
  return { text, year, month, ongoing: ONGOING.test(text) };
}

/**
 * Whether one clause of a unit note gives the deadline (`6月底完成`, `持续推进`, `长期坚持`,
 * `11月份取得明显成效`), rather than units or a score.
 * @param clause one clause of a note, without its label
 */
export function isDeadlineClause(clause: string): boolean {
  if (clause.length > 30) return false;
  return DATE_PATTERN.test(clause) || DUE.test(clause) || ONGOING.test(clause);
}

/**
 * The first deadline written in a task's own words: `2022年底前`, `6月底前完成`, `到2024年`,
 * or a date opening a clause (`10月底完善平台各项功能`, `上半年完成…`). Dates inside brackets, quotes and
 * book titles (`(2022-2024年)`) are not deadlines.
 * @param text an obligation's text
 */
export function findDeadline(text: string): Deadline | null {
  const inside = bracketDepths(text);
  let best: { index: number; text: string } | null = null;
  for (const pattern of [BEFORE, BY_YEAR, CLAUSE_DATE]) {
    for (const match of text.matchAll(pattern)) {
      if (inside[match.index]) continue;
      if (!best || match.index < best.index) best = { index: match.index, text: match[0] };
      break;
    }
  }
  return best && readDeadline(best.text);
}

function numeral(text: string): number | null {
  return /^[0-9０-９]+$/u.test(text) ? digitNumber(text) : chineseNumber(text);
}

/**
 * How long the date opening a clause is (`2023年6月底前` in `2023年6月底前完成…`), 0 when it opens otherwise.
 * @param clause one clause
 */
export function leadingDate(clause: string): number {
  const match = LEADING_DATE.exec(clause);
  if (!match) return 0;
  // `2022年度` and `2022年以来` are no deadlines; a separating mark is left to the caller.
  return /^(?:度|以来|起)/u.test(clause.slice(match[0].length)) ? 0 : match[0].length;
}
