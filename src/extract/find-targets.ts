import type { Target } from '../model/index.js';
import { bracketDepths } from '../text/brackets.js';
import { splitClauses } from '../text/clauses.js';

// A figure starts where no digit stands before it: without the lookbehind, a long run of digits
// with no unit after it was retried from each of its digits (quadratic time), for the same matches.
const NUMBER = '(?<![0-9０-９])[0-9０-９]+(?:[.．][0-9０-９]+)?';
/** A share: `100%`, `90%以上`, `百分之五`. */
const PERCENT = new RegExp(`${NUMBER}\\s*[%％](?:以上|以下|左右)?|百分之[零一二三四五六七八九十百]+`, 'gu');
/** A count with its measure word: `1000座`, `2万家`, `200家以上`. */
const COUNT = new RegExp(
  `${NUMBER}\\s*(?:万|亿)?(?:人次|家次|台次|公里|千米|平方米|平方公里|小时|分钟|学时|课时|元|张|辆|间|个|次|家|项|台|座|场|户|名|人|所|条|件|类|套|款|批|种|处|份|支|亩|吨|倍|兆|万|亿)(?:以上|以下|左右)?`,
  'gu',
);
/** Words that make a count something to reach rather than a description. */
const GOAL = /今年|年内|当年|达到|达|不少于|不低于|不超过|超过|以上|突破|力争|新增|累计|新建|建成|培育|打造|发布|遴选|推广应用|完成|扩容|提高到|提升到|提升至|控制在|每年|实现|覆盖率/u;
/** Clauses about money given (`给予奖补，最高500万元`): their figures are grants, not targets. */
// From 给予 the scan stops at the next 给予 (where the next try starts): `.*` went to the line's
// end from each one of a long run (quadratic time); the same clauses match.
const GRANT = /奖补|贴息|补助|补贴|资助|给予(?:(?!给予).)*(?:元|%)|最高[0-9０-９]/u;
/** Formulas of an indicator table (`日间手术台次数/同期出院手术台次数×100%`): a way to count, not a value to reach. */
const FORMULA = /[/／×÷＝=]/u;
/** What follows a figure that makes it the rate or the measure of a rule (`100%加计扣除`, `20平方米的标准`). */
const RULE_AFTER = /^(?:的?(?:标准|比例|要求|额度|幅度|限额)|[加减扣抵补免返][\u4e00-\u9fa5])/u;
/** What stands before a figure that makes it a count of what exists (`已经发布的85项`) or of a list just named (`…等5项`). */
const COUNTED_BEFORE = /(?:已经?|现有|既有)[^，；。]*$|等$/u;

/** Coverage as a goal: `实现…全覆盖`, or a clause ending in `全覆盖`. */
// The scan from a goal word stops at the next goal word, where the next try starts: otherwise
// `达到` repeated was scanned to the clause's end from each one (quadratic time); same clauses match.
const COVERAGE = /(?:实现|达到|做到)(?:(?!实现|达到|做到)[^，。；])*全覆盖|全覆盖$/u;

/**
 * The quantities a task must reach, each with its clause: a share (`100%`, `不少于…5%`),
 * a count with a goal word (`新增5G基站1000座`, `每年培育…6000家以上`), or coverage
 * (`实现…全覆盖`). Figures inside brackets and quotes, years and dates, and grants
 * (`省级给予奖补，最高3000万元`) are not targets.
 * @param text an obligation's text, without its unit notes
 */
export function findTargets(text: string): Target[] {
  const targets: Target[] = [];
  const inside = bracketDepths(text);
  for (const span of splitClauses(text)) {
    const clause = text.slice(span.start, span.end);
    if (GRANT.test(clause) || FORMULA.test(clause)) continue;
    const free = (match: RegExpMatchArray) => {
      const after = clause.slice(match.index! + match[0].length);
      const before = clause.slice(0, match.index!);
      return !inside[span.start + match.index!] && !/^[0-9０-９.]*\s*(?:年|月|日)/u.test(after) && !RULE_AFTER.test(after) && !COUNTED_BEFORE.test(before);
    };
    const percent = [...clause.matchAll(PERCENT)].find(free);
    const count = GOAL.test(clause) ? [...clause.matchAll(COUNT)].find((m) => free(m) && !isYear(clause, m)) : undefined;
    const quantity = percent ?? count;
    if (quantity) targets.push({ text: clause, quantity: quantity[0] });
    else if (COVERAGE.test(clause)) targets.push({ text: clause, quantity: null });
  }
  return targets;
}

/** `2022年`-like figures and `5G` are names of times and things, not counts. */
function isYear(clause: string, match: RegExpMatchArray): boolean {
  const before = clause[match.index! - 1] ?? '';
  return /[0-9０-９A-Za-z第]/u.test(before);
}
