/** A date as a head writes it: a year, a month or both (`2026年`, `3月`, `2026年11月`), or a part of a year (`2026年底`, `2026年上半年`). */
const DATE = '(?:[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?|[0-9０-９]{1,2}月)(?:底|末|上半年|下半年|[一二三四]季度)?(?:之?前)?';
/** The longest name of a phase before 阶段 (`动员部署`, `集中攻坚整治`): a longer head is a title that ends in the word. */
const PHASE_NAME_LENGTH = 12;
/** A phase (`动员部署阶段（3月）`, `第二阶段`) or a year, month or period (`2026年`, `2026—2027年`, `4月—10月`). */
const TIME_HEAD = new RegExp(`^(?:[^\\s，,。；;：:]{0,${PHASE_NAME_LENGTH}}阶段(?:[（(][^（）()]*[）)])?|(?:[0-9０-９]{4}(?=\\s*[—\\-－~～至到])|${DATE})(?:\\s*[—\\-－~～至到]\\s*${DATE})?)$`, 'u');
/** Longest time head before a colon: a phase's name with its span (`动员部署阶段（2026年3月—2027年12月）`). */
const MAX_TIME_HEAD = 28;

/**
 * Whether the head of a line before its colon is a time, not a name: a phase or a period
 * (`动员部署阶段（3月）：制定…`, `2026年：启动…`). Such a head dates the tasks after it, as `2026年，…`
 * does, and belongs to them; a name (`工作目标：…`) is a title.
 * @param head the words before the colon
 */
export function isTimeHead(head: string): boolean {
  return head.length <= MAX_TIME_HEAD && TIME_HEAD.test(head);
}

/**
 * The length of the time head a task opens with, with its colon (`2026年：` → 6), or 0: the words that
 * date the task, which name no act of it.
 * @param text a task's text
 */
export function timeHeadLength(text: string): number {
  const colon = text.slice(0, MAX_TIME_HEAD + 1).search(/[：:]/u);
  return colon > 0 && isTimeHead(text.slice(0, colon)) ? colon + 1 : 0;
}
