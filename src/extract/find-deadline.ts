import type { Deadline } from '../model/index.js';
import { chineseNumber, digitNumber } from '../text/chinese-number.js';
import { bracketDepths } from '../text/brackets.js';
import { splitClauses } from '../text/clauses.js';
import { closeDateGaps } from '../text/close-date-gaps.js';

const YEAR = '(?:(?:19|20)[0-9０-９]{2}|[〇零一二三四五六七八九]{4})年';
const MONTH = '(?:1[0-2]|0?[1-9]|１[０-２]|[１-９]|十[一二]?|[一二三四五六七八九])月';
/** A day, with the hour a submission closes at where written (`4月22日16时前`). */
const DAY = '(?:[12][0-9]|3[01]|0?[1-9])日(?:(?:[01]?[0-9]|2[0-4])[时点])?';
const QUARTER = '第?[一二三四]季度';
/** A day of every month (`每月10日`) and the end of every quarter (`每季度末`): the dates a recurring duty falls on. */
const RECURRING_DATE = `每个?月的?${DAY}|每个?季度?(?:末|底)`;
/** A day of the month after an event (`次月10日前`, `下月5日前`): a limit with no year or month of its own. */
const NEXT_MONTH_DAY = `(?:次|下个?)月${DAY}`;
/** A point in time a plan can set: `2022年底`, `6月底`, `2023年6月30日`, `年底`, `年中`, `上半年`, `三季度`, `次月10日`. */
const DATE =
  `(?:${YEAR}(?:${MONTH}(?:${DAY})?)?(?:底|末|中旬|上旬|下旬|上半年|下半年|${QUARTER})?` +
  `|${MONTH}(?:${DAY})?(?:底|末|份|中旬|上旬|下旬)?|${RECURRING_DATE}|${NEXT_MONTH_DAY}|年底|年末|年中|年内|上半年|下半年|${QUARTER})`;

/** `2022年底前`, `6月底前完成`, `于2023年6月30日前`: a date followed by 前. */
// Not a date qualifying a noun with a verb and 的 (`完成2000年底前建成的老旧小区改造`, `对2025年底前投产的项目`): it picks
// out the things a task is about, by when they were or will be made, and sets the task no limit.
const BEFORE = new RegExp(`(?:到|至|于|在)?${DATE}之?前(?![\u4e00-\u9fa5]{0,4}的)(?:基本完成|全面完成|完成|建成|实现)?`, 'gu');
/** `到2024年`, `到2023年底`, `到2026年6月底`: the year (and month) a goal is set for. */
// Not `截至2025年底`: the day a state is told as of (`截至2025年底，已建成…`), no goal; nor a validity (`有效期至2028年12月31日`).
// A part of the year is read with it (`到2027年上半年` → month 6, `到2026年三季度末` → 9).
const BY_YEAR = new RegExp(`(?<!截|有效期|期限)(?:到|至)${YEAR}(?:${MONTH}(?:${DAY})?|上半年|下半年|${QUARTER})?(?:底|末)?(?![0-9０-９前])`, 'gu');
/** `10月底完善…`, `上半年完成…`, `…，2023年底。`: a date opening a clause, or a clause of its own; or after 每年 (`每年一季度完成…`) or 次年 (`次年一季度完成…`, a month with no year of its own: RELATIVE_YEAR). */
// A date heading a list of dates (`2025年、2026年分别完成…`, `4月和9月分别开展…`) opens the clause too where the list's last date would.
// A day may be followed by the name of the day in quotes (`每年3月22日“世界水日”前后开展…`).
// After 其中 a date opens its clause too (`2026—2028年累计改造300公里，其中2026年改造不少于100公里`: the part due that year).
// After 到 a date with no year is the time a goal is set for, in the plan's year (`到年底，…`, `到6月底，…`), as BY_YEAR reads one with a year.
const CLAUSE_DATE = new RegExp(
  `(?<=^|[，,；;。：:]|每年|(?:^|[，,；;。：:])(?:于|在)?(?:次年|翌年|明年)|(?:^|[，,；;。：:])(?:到|其中))(?:${DATE})(?:(?=[\\u4e00-\\u9fa5，,；;。“])(?!以来|以前|起|度|的|是|至|到|和|及)|(?=(?:[、和及](?:${DATE}))+(?=[\\u4e00-\\u9fa5，,；;。])(?!以来|以前|起|度|的|是|至|到|和|及)))`,
  'gu',
);
/** The next date of a list after a limit (`于7月、12月…`, `2025年、2026年分别…`, `于年中和年末`): a limit too, unless it tells of a past or a scope. */
const LISTED_DATE = new RegExp(`[、和及](?:${DATE})(?![0-9０-９前]|以来|以前|以后|之后|后|起|开始|的|度|是)`, 'uy');
/**
 * `要在2024年底完成…`, `于2025年6月完成…`, `在2024年上半年完成试点`: a date after 在/于 without 前 is a
 * limit too; not `于2018年成立`-like pasts (`以来`, `起`, `的`, `以前`, `后`) or a bare year before `的`.
 */
const AT_DATE = new RegExp(`(?<![始成立生])(?:在|于)(?:${DATE})(?![0-9０-９前]|以来|以前|以后|之后|后|起|开始|的|度|基础)`, 'gu');
/**
 * `力争2025年实现…`, `确保2024年6月完成…`, `要2024年完成…`: a date right after a word of aim or a modal
 * is the time the task is set for, written without 到 or 前.
 */
const AIMED_DATE = new RegExp(`(?<=力争|确保|争取|预计|计划|拟|要|将|应|须|务必)(?:${DATE})(?=[\\u4e00-\\u9fa5])(?![0-9０-９前]|以来|以前|以后|之后|后|起|开始|的|度)`, 'gu');
/**
 * `落实率7月底达70%以上、年底达90%以上`: a date right before the figure a goal reaches is the time it is set for;
 * not a count as it stood (`截至2022年底达到…`), nor one a task builds on (`在巩固2023年达到95%的基础上`, `继2022年突破1000亿元后`):
 * the figure's clause goes on to no `的` or `后`.
 */
const REACH_DATE = new RegExp(`(?<![0-9０-９]|截至|截止|截止到|继|巩固)(?:${DATE})(?=(?:达到?|突破|超过)[0-9０-９][^，,；;。的后]*(?:[，,；;。]|$))`, 'gu');
/** The five-year plan periods, by their number: `十四五` ends in 2025 (`到“十四五”末`, `“十四五”期间`). */
// `“十四五”期间` is the period as a whole, read at its end as ranges of years are; `“十四五”规划` is a name, no limit.
// `“十五五”时期，…` heading a clause is the period as `期间` is; not `“十五五”时期是…` nor `做好“十三五”时期经济…工作`,
// where it tells of the period or qualifies a noun.
// The 10th plan (2001–2005) is written `“十五”`, with no digit between: read only in its quotes, as a bare `十五` is the number 15.
const PLAN_PERIOD = /(?:到|至)?(?:[“"]?十([一二三四五六七八九])五[”"]?|[“"]十五[”"])(?:时期末|期末|期间|末|时期(?=[，,]|$))/gu;
/** The last year of the 11th five-year plan (2006–2010), from which the others are counted. */
const ELEVENTH_PLAN_END = 2010;
/** Years in a five-year plan. */
const PLAN_YEARS = 5;
/** `2021—2025年，…` opening a clause, `到2023-2025年`: a range of years is read at its upper bound. */
// After 在/于 too (`在2026—2028年，完成…`), as a single year after them is read (AT_DATE).
const YEAR_RANGE = new RegExp(`(?<=^|[，,；;。：:])(?:到|至|在|于)?(?:19|20)[0-9]{2}[-—–~～至到](${YEAR})(?![0-9０-９前]|以来|起|度|的)`, 'gu');
/**
 * `2025年至2027年，每年完成…`: a range of years heading a round without a date is the round, from the
 * range's first year (as `2025年起，每年`); not before a date (`每年3月底前` is read with its date).
 */
const RANGE_ROUND = /(?<=^|[，,；;。：:])(?:19|20)[0-9]{2}年?[-—–~～至到](?:19|20)[0-9]{2}年[，,]?每年(?![0-9０-９]|[一二三四五六七八九十]+月|上半年|下半年|年|第?[一二三四]季度|的)/gu;
/** `利用2-3年时间`, `用三年左右时间`, `通过3年努力`: a span of work, read at its upper bound (`经过五年努力` tells of work done). */
const WORK_SPAN = /(?:利用|用|通过)(?:[0-9０-９]+|[一二两三四五六七八九十]+)?[-—–~～至到]?([0-9０-９]+|[一二两三四五六七八九十]+)(?:个)?(年|个月)(?:左右)?(?:的)?(?:时间|努力)/gu;
/**
 * `建设周期一般不超过3年`, `施工工期原则上不超过18个月`: the time a work may take, a span (`within: 3y`); not a grant's
 * duration (`补助期限不超过3年`), nor a time a word reaches for (`办理周期压缩至5个工作日`, a target's value).
 */
const WORK_LIMIT = /(?:周期|工期)(?:一般|原则上)?(?:不得|不宜|不)超过((?:[0-9０-９]+|[一二两三四五六七八九十]+)(?:个)?(?:工作日|日|天|个月|月|年|周))/gu;
/**
 * `今明两年`, `今后三年`, `未来五年` heading a clause or after a modal (`今明两年，要…`, `力争今后三年…`): the years from now a task is
 * set for, a span (`within: 2y`) with no year written; not a period told of (`今后五年的目标`, `今后五年是…`, `展望今后五年`).
 */
const YEARS_FROM_NOW = /(?<=^|[，,；;。：:]|要|力争|确保|争取|于|在)(?:今明两|(?:今后|未来)([一二两三四五六七八九十]|[1-9][0-9]?))年(?![的是内])/gu;
/**
 * A forecast in the clause after the years from now (`未来五年，全市人口将保持增长`): what is expected to happen, no limit set to a task;
 * a modal there (`将…要`, `力争`) sets one.
 */
const FORECAST_AFTER = /^[，,]?[^，；。要应须必确力争]{0,12}将(?:保持|持续|继续|呈现?|面临|迎来|进入|处于|仍)/u;
/** A window of days (`2024年4月15日－4月22日16时`, as a call for applications sets it, `3月1日至6月30日办理…`): read at its last day. */
// The last day may write its own year (`2026年11月1日—2027年1月31日`): the window ends in that year.
const DAY_RANGE = new RegExp(`(${YEAR})?(${MONTH})${DAY}[—－–\\-~～至到](?:(${YEAR})(?=${MONTH}))?(${MONTH})?${DAY}`, 'gu');
/** A window of months (`5月至9月开展…`, `2026年3月—6月`): read at its last month; not a stretch of the past or a scope (`5月至9月的数据`). */
// The first month may leave out its 月 (`6至9月`, `6—9月`); the last may write its own year (`2026年5月—2027年12月`, a window
// across years: read at its last month, in that year).
const MONTH_RANGE = new RegExp(
  `(${YEAR})?(${MONTH}(?:份)?|(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])(?=[—－–\\-~～至到]))[—－–\\-~～至到](${YEAR})?(${MONTH})(?:份|底|末)?(?![0-9０-９]|日|的|以来|期间的)`,
  'gu',
);
/**
 * `即日起至5月31日`, `自通知印发之日起至2026年6月30日`, `3月1日起至6月30日止`, `从3月20日开始至6月20日结束`: a window from now, from an event or from a date,
 * read at its end as the windows above are; the end is the second group.
 */
const WINDOW_FROM = new RegExp(`(?:自|从)?(?:即日|今日|[\\u4e00-\\u9fa5]{1,8}之日|${DATE})(?:起|开始)(?:至|到)(${DATE})(?:止|结束)?(?![0-9０-９]|以来|期间的|的)`, 'gu');
/** A date opening a clause, with `前` and a leading `到`/`于`. */
const LEADING_DATE = new RegExp(`^(?:到|至|于|在)?(?:${DATE})之?前?`, 'u');

/** The year, month and date patterns, compiled once. */
const YEAR_PATTERN = new RegExp(YEAR, 'u');
const MONTH_PATTERN = new RegExp(`(?<![0-9０-９])${MONTH}`, 'u');
const DATE_PATTERN = new RegExp(DATE, 'u');

/** `2027年度拟资助…`, `2026年度计划新建…`, `2023年度，各县…建成…`: the year a plan's figures are set for, opening a clause with a word of aim or alone (`2022年度` in a name is none). */
const YEAR_OF_PLAN = new RegExp(`(?<=^|[，,；;。：:])${YEAR}度(?=拟|计划|将|要|力争|安排|预计|争取|[，,])`, 'gu');
/** `今年`, `本年度`, `全年` opening a clause: the plan’s own year, a limit without a written year or month; not `今年是…之年`, which tells what the year is. */
// `全年工作总结` names a report, not the year's limit.
// After a word of aim too (`力争全年科研经费到账突破12亿元`), as AIMED_DATE reads a date.
// With the part of the year it names (`今年上半年` → month 6, `今年年底`), read as one limit.
const THIS_YEAR = new RegExp(`(?<=^|[，,；;。：:]|力争|确保|争取)(?:今年|本年度|全年)(?:上半年|下半年|年底|年末|年中|底|${QUARTER}末?)?(?![0-9０-９]|以来|的|是|工作)`, 'gu');
/**
 * A clause after `今年` that counts with `多` or `余` (`今年高校毕业生820多万人`): a figure told as it stands, a fact of the year
 * (plans write a goal's figure with `以上` or `左右`), with nothing due in it.
 */
const FACT_OF_THE_YEAR = /^[\u4e00-\u9fa5]{0,12}?[0-9０-９]+(?:[.．][0-9０-９]+)?[多余][万亿千百]?[\u4e00-\u9fa5]{0,2}(?=[，,；;。]|$)/u;
/**
 * `年内` after a subject or a modal (`县仓库年内储备…`, `年内至少建成…`): the plan's year as THIS_YEAR reads it; not a span (`一年内`,
 * `三年内`, `2026年内` is read with its year) nor a ban's period (`年内不得…`). A figure may follow (`年内45毫米以下…胶带…比例达到95%`).
 */
const WITHIN_YEAR = /(?<![0-9０-９〇零一二两三四五六七八九十半几多百个当今全])年内(?!不得|不予|不再|禁止|的)/gu;
/**
 * `汛期前`, `入冬前`, `春节前`: a season of the plan's year a task must be done before (the title's year, no month);
 * not an ordering before an event (`在销售物业前`, `业主大会成立前`).
 */
// After a month or a day the season only names the event of that date (`9月开学前` is read at its month).
// A year written before the season is read with it (`2026年汛期前` → 2026).
// The school holidays are seasons too (`暑假前`, `暑期前`), and so is the window of one (`暑假期间`, `汛期期间`): read like `汛期前`.
// A year with the part of it the season falls in is read with it (`2026年秋季开学前` → 2026).
// Holidays are seasons too (`清明节前`, `春节期间`, heldout7), and so is a season named by what happens in it (`蚊蝇孳生季节前`).
// A season before a noun of the work names a kind of work (`开展汛前检查`), not its time.
const SEASON_BEFORE = new RegExp(`(?:${YEAR}(?:春季|夏季|秋季|冬季)?)?(?<![月日])(?:(?:汛期|汛|雨季|入冬|冬季|春耕|春节|元旦|国庆节?|清明节?|端午节?|中秋节?|季节|供暖季|采暖季|供暖|开学|暑假|暑期|寒假)(?:之|以)?前(?!检查|排查|巡查|准备)|(?:汛期|暑假|暑期|寒假|春节|元旦|国庆节?|清明节?|端午节?|中秋节?)期间)`, 'gu');
/** The last characters of every season of SEASON_BEFORE: a cheap scan that most texts fail. */
const SEASON_CLUE = /[期汛季冬耕节旦庆暖学假明午秋][之以]?前|期间/u;
/** `一年内`, `三个月内`, `20个工作日内`, `半年内`: a span counted from an event the text names. */
// A number is read from the start of its run only (the look-behinds): tried from each digit of a long run without a unit, it was quadratic.
// Not the decimals of a figure (`7.5天以内`), nor a level a word reaches for (`平均住院日控制在7天以内`,
// `压缩至15个工作日以内`: a target's value, see find-targets).
// Nor a ban's period (`3年内不得申报`): what may not be done in it, with nothing due.
// A year followed by 内 is the year, not a span of years (`2026年内完成`).
const SPAN = /(?<!控制在|[压缩减降][缩减短少低]?[至到])(?!(?:19|20)[0-9]{2}年)(?:(?<![0-9０-９.．])[0-9０-９]+|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+|半)(?:个)?(?:工作日|日|天|个月|月|年|周|小时)(?:以内|之内|内)(?!不得|不予|不再|禁止)/gu;
/** `每季度结束后5日内`, `每月结束后10个工作日内`: a span counted from the end of each period, a round with a span (one limit). */
const RECURRING_SPAN = new RegExp(`每个?(?:年度?|季度?|月)(?:结束|终了)?后(?:${SPAN.source})`, 'gu');
/** The patterns above that read one limit already found (no `g`: `exec` starts at 0 every time), made once rather than per limit. */
const once = (pattern: RegExp) => new RegExp(pattern.source, 'u');
const SPAN_ONCE = once(SPAN);
const DAY_RANGE_ONCE = once(DAY_RANGE);
const PLAN_PERIOD_ONCE = once(PLAN_PERIOD);
const YEAR_RANGE_ONCE = once(YEAR_RANGE);
const WORK_SPAN_ONCE = once(WORK_SPAN);
const MONTH_RANGE_ONCE = once(MONTH_RANGE);
const WORK_LIMIT_ONCE = once(WORK_LIMIT);
const WINDOW_FROM_ONCE = once(WINDOW_FROM);
const YEARS_FROM_NOW_ONCE = once(YEARS_FROM_NOW);
/** A span's unit as the model writes it; weeks and hours are days. */
const SPAN_UNITS: Readonly<Record<string, 'y' | 'm' | 'd'>> = { 年: 'y', 月: 'm', 个月: 'm', 日: 'd', 天: 'd', 工作日: 'd', 周: 'd', 小时: 'd' };
/** Days in a week, for `两周内` → `14d`. */
const DAYS_IN_WEEK = 7;
/** Hours in a day: the model counts spans in days, so `48小时内` → `2d`; `2小时内` cannot be written in days and is no limit (heldout8). */
const HOURS_IN_DAY = 24;
/** `每年`, `每季度`, `每月` right before a date: the limit comes back. */
const RECURRING = /(?:每年|每季度|每个?季|每个?月)(?:的)?$/u;
/** The words of each recurrence. */
const RECURRENCES = { 年: 'yearly', 季: 'quarterly', 月: 'monthly' } as const;
/** `2025年起`, `自2020年起`, `从2021年开始`, `自2026年7月1日起`: the year a recurring duty starts in. */
const FROM_YEAR = new RegExp(`(?:自|从)?(${YEAR})(?:${MONTH}(?:${DAY})?)?(?:起|开始)`, 'u');

/**
 * `每年`, `每季度`, `每月` with no date after them (`每年培训2万人次`, `每季度通报一次`): a duty that comes
 * back, with no year or month. Not before a date (`每年2月底前` is read with its date).
 */
// Nor before a cap (`检查原则上每年不超过1次`): a rule's limit on how often, with nothing due.
// `按月`, `按季度`, `按年` (`按月监测…`, `按月、按季度、按年提交…`) are rounds as `每月` is; `按日`, `按年度` are not read,
// nor `按年龄`, `按年限`, `按年份` (measures of a rule).
// Nor before a top a word or two on (`每年补助最高不超过200万元`); `每年给予不超过300万元补助` is a yearly grant.
// Nor before a season (`每年汛期前`, `每年暑假期间`): the season is the yearly limit, read with its 每年.
// Nor after the years it spreads a count over (`2027年、2028年每年改造…`: one limit per year written), nor before a unit of an
// amount (`每年每公里养护经费`, `降尘量控制在每月每平方公里7吨以内`), as PER_HEAD_BEFORE reads `每人每年`.
const BARE_RECURRENCE = /每年年[底末初中]|按(?:月|季度?|年(?![度龄限份均]))|(?<![0-9０-９]年)每个?(?:年度?|季度?|月)(?:末|底)?(?!每(?:人|名|户|亩|公顷|平方米|平方公里|平方千米|公里|千米|吨)|的?(?:[0-9０-９]|[一二三四五六七八九十]+月|上半年|下半年|第?[一二三四]季度|汛|雨季|入冬|冬季|春耕|春节|元旦|国庆|清明|端午|中秋|供暖|采暖|开学|暑假|寒假)|(?:原则上)?(?:不得|不)?(?:超过|多于)|[\u4e00-\u9fa5]{0,4}?(?:最高|最多))/gu;
/** A clause of a rule's measure (`按照每个村卫生室每年不低于2万元的标准给予补助`): its `每年` is a rate, not a duty's round. */
const RULE_FRAME = /^(?:按照|依照|参照|比照|按)/u;
/**
 * `每人每月`, `每亩每年`, `每户每年`: a period after a head, an area or a household is the unit of an amount
 * (`基础养老金每人每月提高20元`, `按每亩每年20元的标准`), not a duty's round (`每个乡镇每年建成…` is one).
 */
const PER_HEAD_BEFORE = /每(?:人|名|户|亩|公顷|平方米)$/u;
/** `持续开展…`, `长期坚持…` opening a task: it runs on, a limit with no year or month (`长期稳定的关系` is a quality). */
const ONGOING_HEAD = /^(?:持续|长期)(?!稳定|以来|的)[\u4e00-\u9fa5]{2}/u;
/** The two characters a FRAME_CLAUSE may open with besides `以`: the cheap test before it is run. */
const FRAME_OPENINGS = ['围绕', '按照', '根据', '结合', '对照'];
/** A first clause framing the task (`以…为重点，`, `围绕…，`, `按照…，`): it says what the task turns on or follows, no task of its own. */
const FRAME_CLAUSE = new RegExp(`^(?:以[^，,；;。]{1,40}为(?:重点|主线|抓手|核心|引领|导向|目标|牵引)|(?:${FRAME_OPENINGS.join('|')})[^，,；;。]{1,40})[，,]`, 'u');
/** `明年6月底前`: a date in the year after the plan's, not in the plan's own. */
const NEXT_YEAR = /明年$/u;
/**
 * `次年6月底前`, `翌年1月10日前`: the year after an event or a round the text names, a relative limit with no year of its own
 * (as `次月10日前` has no month: heldout7, heldout8 and heldout9 read it so, also in a plan whose title names its year).
 */
const RELATIVE_YEAR = /(?:次年|翌年|下一年度?)$/u;
/** How far back NEXT_YEAR and RELATIVE_YEAR are looked for: their longest word (`下一年度`). */
const NEXT_YEAR_LOOK_BACK = 4;
/** Words naming the year a clause speaks of: a recurrence written before them does not reach past them (`每季度末…，全年工作总结于12月20日前…`). */
const PERIOD = /全年|年内|今年|当年|本年度/u;
/** A limit that is the plan's own year (`年内`, `全年`, `今年`): it takes the year the title names, as a month without a year does (`6月底前`). */
const OF_THE_YEAR = new RegExp(`今年|年内|全年|本年度|当年|${SEASON_BEFORE.source}`, 'u');

/** Words that make a task run on rather than end. */
const ONGOING = /持续|长期|常态|按进度|逐步|定期|每年|每半年|每季度?|每月|每周|按季度?|按月|按年(?![度龄限份均])|经常/u;
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
  const span = SPAN_ONCE.exec(text);
  // `一年内` is a span, not the year's end that `年内` alone would be.
  if (month === null && !span) {
    // `年内` is the whole year (month null, as `今年`); `年底` is its end.
    if (/年底|年末|下半年|第?四季度/u.test(text)) month = 12;
    else if (/上半年|年中|第?二季度/u.test(text)) month = 6;
    else if (/第?一季度/u.test(text)) month = 3;
    else if (/第?三季度/u.test(text)) month = 9;
  }
  if (month !== null && (month < 1 || month > 12)) month = null;
  const every = /(?:每个?|按)(年|季|月)/u.exec(text);
  return {
    text,
    year,
    month,
    ongoing: ONGOING.test(text),
    recurrence: every ? RECURRENCES[every[1] as keyof typeof RECURRENCES] : null,
    within: span ? spanOf(span[0]) : null,
  };
}

/** A span as the model writes it: `三个月内` → `3m`, `20个工作日内` → `20d`, `半年内` → `6m`; null when unread. */
function spanOf(written: string): string | null {
  const match = /^([0-9０-９]+|[一二两三四五六七八九十]+|半)(?:个)?(工作日|日|天|个月|月|年|周|小时)/u.exec(written);
  if (!match) return null;
  const [, count, unit] = match;
  if (count === '半') return unit === '年' ? '6m' : null;
  const n = numeral(count!);
  if (n === null || n <= 0) return null;
  if (unit === '小时') return n % HOURS_IN_DAY === 0 ? `${n / HOURS_IN_DAY}d` : null;
  return unit === '周' ? `${n * DAYS_IN_WEEK}d` : `${n}${SPAN_UNITS[unit!]}`;
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
 * The first dated limit (`isDated`) written in a task's own words: `2022年底前`, `6月底前完成`, `到2024年`,
 * or a date opening a clause (`10月底完善平台各项功能`, `上半年完成…`). Dates inside brackets, quotes and
 * book titles (`(2022-2024年)`) are not deadlines.
 * @param text an obligation's text
 */
export function findDeadline(text: string): Deadline | null {
  return findDeadlines(text).find(isDated) ?? null;
}

/**
 * Whether a limit has a date, a span or a year of its own: not only a round (`每年`) or a task that
 * runs on (`持续开展`). A task table shows a dated limit as the task's deadline; the others are
 * kept in its list of limits.
 * @param deadline a limit as `findDeadlines` read it
 */
export function isDated(deadline: Deadline): boolean {
  return deadline.year !== null || deadline.month !== null || deadline.within !== null || OF_THE_YEAR.test(deadline.text);
}

/** What a sentence's limits are read against. */
export interface DeadlineContext {
  /** The year the document's title names (`××省人民检察院2026年工作要点`): `年内`, `全年`, `今年` fall in it. */
  planYear?: number | null;
  /** The year the sentence's rounds start from, where an earlier part of it writes it (`自2027年起，A…；B于每年3月31日前…`). */
  startYear?: number | null;
}

/**
 * Every time limit written in a task's own words, in order: dates as `findDeadline` reads them and
 * spans counted from an event (`一年内`, `20个工作日内`). A date after `每年`/`每季度`/`每月` recurs,
 * and so do the dates after it in the sentence (`每年2月底前…，3月底前…`); a recurring duty takes
 * the year it starts from (`2025年起，每年2月底前`). A `每年`/`每季度`/`每月` without a date is a round
 * with no year or month (`每年培训2万人次`), and a task opening with `持续`/`长期` runs on
 * (`持续开展…`). A date without a year takes the year of a date before it in the sentence
 * (`于2024年4月22日前…，并于4月23日前…`); `年内`, `全年`, `今年` take the plan's year
 * (`context.planYear`) where its title or preamble names one (`workYearOf`); a recurrence does not reach past a clause naming its year (`全年`, `年内`).
 * @param text an obligation's text
 * @param context the year of the plan, where its title or preamble names one
 */
export function findDeadlines(text: string, context: DeadlineContext = {}): Deadline[] {
  return locateDeadlines(text, context.planYear ?? null, context.startYear ?? null).map((found) => found.deadline);
}

/**
 * The time limits a sentence opens with, which hold for all of it: the clauses that are only a
 * time (`到2015年，`, `2020年起，每年2月底前，`), or the date its first clause opens with
 * (`2025年底前完成A；…`). A sentence cut at `；` into tasks (`到2025年，A达到…；B达到…。`) gives
 * these to its later parts, which do not write them again.
 * @param text the first part of a sentence
 * @param context the year of the plan, where its title or preamble names one
 */
export function findOpeningDeadlines(text: string, context: DeadlineContext = {}): Deadline[] {
  const located = locateDeadlines(text, context.planYear ?? null, context.startYear ?? null);
  const opening: Deadline[] = [];
  // With no limit, no clause can give one: a clause that is only a time holds a limit.
  if (!located.length) return opening;
  for (const span of splitClauses(text)) {
    const within = located.filter((found) => found.index >= span.start && found.index < span.end);
    let rest = text.slice(span.start, span.end).replace(FROM_YEAR, '');
    for (const found of within) rest = rest.replace(found.text, '');
    // `2020年起，` alone is a time too: the year the limits after it recur from.
    if (TIME_ONLY_REST.test(rest)) {
      opening.push(...within.map((found) => found.deadline));
      continue;
    }
    if (within[0]?.index === span.start) opening.push(within[0].deadline);
    break;
  }
  return opening;
}

/**
 * The time a text's first clause is, where that clause is only a time and a task follows it (`9-10月，开展秋季检查`,
 * `6月底前，完成…`); empty otherwise (`2016年重点工作` opens with a year but names a part of the plan).
 * @param text a node's title
 * @param context the year of the plan, where its title or preamble names one
 */
export function findTimeClause(text: string, context: DeadlineContext = {}): Deadline[] {
  const [first, next] = splitClauses(text);
  if (!first || !next) return [];
  const clause = text.slice(first.start, first.end);
  const located = locateDeadlines(clause, context.planYear ?? null, context.startYear ?? null);
  let rest = clause.replace(FROM_YEAR, '');
  for (const found of located) rest = rest.replace(found.text, '');
  return located.length && TIME_ONLY_REST.test(rest) ? located.map((found) => found.deadline) : [];
}

/** A heading naming a phase of the work (`动员部署阶段（2026年3月—4月）`, `第二阶段：2027年`). */
const PHASE = /阶段/u;
/** The brackets a phase's time is written in: read as the clause marks they stand for, so the time in them is read. */
const PHASE_BRACKETS = /[（）()]/gu;

/**
 * The time a phase heading sets (`动员部署阶段（2026年3月—4月）` → 2026, month 4: a window read at its end), which
 * holds for the tasks of the phase that write no date of their own; null when the heading names no phase or no date.
 * @param title a node's title
 * @param context the year of the plan, where its title or preamble names one
 * @param step the node is an item of a section of steps (`实施步骤`): a phase even where its title does not say `阶段`
 */
export function findPhaseDeadline(title: string | null, context: DeadlineContext = {}, step = false): Deadline | null {
  if (!title || !(step || PHASE.test(title))) return null;
  return findDeadlines(title.replace(PHASE_BRACKETS, '，'), context).filter(isDated).at(-1) ?? null;
}

/** What may be left of a clause that is only a time once its limits are taken out (`起`, `每年`, `以前`). */
const TIME_ONLY_REST = /^(?:起|开始|之?前|以前|每年|每个?季度?|每个?月|的|\s)*$/u;

/**
 * The year a sentence's rounds start from (`自2027年起`, `2026年起`), null when it writes none.
 * @param text the first part of a sentence
 */
export function findStartYear(text: string): number | null {
  // Every start year is written with `年`; most sentences have none.
  const from = text.includes('年') ? FROM_YEAR.exec(text) : null;
  return from ? numeral(from[1]!.slice(0, -1)) : null;
}

/** A limit found in a text, where it is written. */
interface Located {
  index: number;
  end: number;
  text: string;
  /** A round of its own (BARE_RECURRENCE, RECURRING_SPAN, RANGE_ROUND): it sets no recurrence or year for the dates after it. */
  bare: boolean;
}

/** What characters a text holds that the patterns of limits are written with, looked up once per text. */
interface Clues {
  /** `年`, `月` or `季`: every date (DATE) has one. */
  dated: boolean;
  year: boolean;
}

/**
 * The patterns of limits, from the most to the least specific, each with a check of the characters it
 * cannot match without: most sentences hold none of them, and a pattern is scanned over a text only
 * where they are all there (the order and the matches are those of scanning every pattern).
 */
const LIMIT_PATTERNS: ReadonlyArray<readonly [RegExp, (text: string, clues: Clues) => boolean]> = [
  [RANGE_ROUND, (text) => text.includes('每年')],
  [WINDOW_FROM, (text, clues) => clues.dated && (text.includes('起至') || text.includes('起到') || text.includes('开始至') || text.includes('开始到'))],
  [DAY_RANGE, (text) => text.includes('月') && text.includes('日')],
  [MONTH_RANGE, (text) => text.includes('月')],
  [BEFORE, (text, clues) => clues.dated && text.includes('前')],
  [SEASON_BEFORE, (text) => (text.includes('前') || text.includes('期间')) && SEASON_CLUE.test(text)],
  [BY_YEAR, (text, clues) => clues.year && (text.includes('到') || text.includes('至'))],
  [RECURRING_SPAN, (text) => text.includes('每') && text.includes('后') && text.includes('内')],
  [SPAN, (text) => text.includes('内')],
  [WORK_SPAN, (text, clues) => clues.dated && (text.includes('时间') || text.includes('努力'))],
  [YEARS_FROM_NOW, (text, clues) => clues.year && (text.includes('今') || text.includes('未来'))],
  [WORK_LIMIT, (text) => text.includes('期') && text.includes('超过')],
  [PLAN_PERIOD, (text) => text.includes('五')],
  [YEAR_RANGE, (_text, clues) => clues.year],
  [AT_DATE, (text, clues) => clues.dated && (text.includes('在') || text.includes('于'))],
  [AIMED_DATE, (_text, clues) => clues.dated],
  [REACH_DATE, (text, clues) => clues.dated && (text.includes('达') || text.includes('突破') || text.includes('超过'))],
  [CLAUSE_DATE, (_text, clues) => clues.dated],
  [YEAR_OF_PLAN, (text) => text.includes('年度')],
  [THIS_YEAR, (_text, clues) => clues.year],
  [WITHIN_YEAR, (text) => text.includes('年内')],
  [BARE_RECURRENCE, (text, clues) => clues.dated && (text.includes('每') || text.includes('按月') || text.includes('按季') || text.includes('按年'))],
];

/**
 * A sentence opening with a phase's name and its time in brackets (`启动阶段（2012年5月1日前）：各地要…`): the time is the
 * phase's, and so the task's (as `findPhaseDeadline` reads it in a heading), not an aside.
 */
const PHASE_OPENING = /^[\u4e00-\u9fa5、]{1,12}阶段([（(])[^（）()]{2,30}[）)](?=[：:，,]|$)/u;

/** Every limit a text's patterns find, in order of the patterns; none taken inside brackets or over one found before. */
function scanLimits(sentence: string): { found: Located[]; phaseEnd: number } {
  const found: Located[] = [];
  const phase = sentence.includes('阶段') ? PHASE_OPENING.exec(sentence) : null;
  // The phase's brackets are read as the clause marks they stand for (same length: the places of the limits do not move).
  const open = phase ? phase[0].indexOf(phase[1]!) : -1;
  const close = phase ? phase[0].length - 1 : -1;
  const text = phase ? `${sentence.slice(0, open)}，${sentence.slice(open + 1, close)}，${sentence.slice(close + 1)}` : sentence;
  const year = text.includes('年');
  const clues: Clues = { year, dated: year || text.includes('月') || text.includes('季') };
  // Every pattern needs a date word, a `内` (spans), a `五` (plan periods), a `前` (seasons) or a `期` (work limits).
  if (!clues.dated && !text.includes('内') && !text.includes('五') && !text.includes('前') && !text.includes('期')) return { found, phaseEnd: 0 };
  // Bracket depths are worked out at the first match, not for texts with none.
  let inside: Uint8Array | null = null;
  for (const [pattern, may] of LIMIT_PATTERNS) {
    if (!may(text, clues)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const index = match.index;
      const written = match[0];
      const end = index + written.length;
      // Patterns are tried from the most to the least specific: a later one never takes a stretch an earlier one read.
      // A period written in its quotes (`“十四五”期间`) is outside them where its opening quote is.
      const at = written[0] === '“' || written[0] === '"' ? index - 1 : index;
      inside ??= bracketDepths(text);
      if ((at >= 0 && inside[at]) || overlaps(found, index, end)) continue;
      if (pattern === CLAUSE_DATE && (FROM_YEAR.test(text.slice(index, end + 2)) || STARTS_FROM.test(text.slice(end, end + START_LOOK)))) continue;
      if (pattern === SPAN && written.includes('小时') && spanOf(written) === null) continue;
      if (pattern === SPAN && inScope(text, index, end)) continue;
      if (pattern === THIS_YEAR && FACT_OF_THE_YEAR.test(text.slice(end))) continue;
      if (pattern === YEARS_FROM_NOW && FORECAST_AFTER.test(text.slice(end))) continue;
      // A round written with 按 (`按月`) is no rule's measure itself.
      if (pattern === BARE_RECURRENCE && written[0] === '每' && (RULE_FRAME.test(clauseAt(text, index)) || PER_HEAD_BEFORE.test(text.slice(Math.max(0, index - 3), index)))) continue;
      // A part of every year (`每年年初`, `每年年中`, `每年年底`) is a yearly date: the dates after it recur too (`每年年初公布…，年底组织评议`).
      const own = (pattern === BARE_RECURRENCE && !written.startsWith('每年年')) || pattern === RECURRING_SPAN || pattern === RANGE_ROUND;
      found.push({ index, end, text: written, bare: own });
      if (!own && LIST_JOINS.includes(text[end]!)) addListedDates(text, end, found, inside);
    }
  }
  return { found, phaseEnd: close + 1 };
}

/**
 * A part of a year with 起 after a clause's date (`2026年秋季学期起，…`, `2027年春季起，…`): the time a rule or a rate starts
 * from, as `2026年起` is, no limit.
 */
const STARTS_FROM = /^[\u4e00-\u9fa5]{1,4}?起[，,]/u;
/** How far after a date STARTS_FROM looks: four characters, `起` and its comma. */
const START_LOOK = 6;

/** The marks and words that list a date after another (LISTED_DATE). */
const LIST_JOINS = '、和及';

/** The dates listed after a limit with `、`, `和` or `及` (`于7月、12月`, `2025年、2026年`, `于年中和年末`), each a limit of its own. */
function addListedDates(text: string, from: number, found: Located[], inside: Uint8Array): void {
  let next = from;
  while (LIST_JOINS.includes(text[next]!)) {
    LISTED_DATE.lastIndex = next;
    const listed = LISTED_DATE.exec(text);
    if (!listed) return;
    const end = next + listed[0].length;
    if (inside[next + 1] || overlaps(found, next + 1, end)) return;
    found.push({ index: next + 1, end, text: listed[0].slice(1), bare: false });
    next = end;
  }
}

/** Whether a stretch overlaps a limit found before. */
function overlaps(found: Located[], start: number, end: number): boolean {
  for (const f of found) if (f.index < end && start < f.end) return true;
  return false;
}

/**
 * Every limit of a text with where it is written, in order; a date a page prints with blanks (`12 月底前`) is read
 * as one without, and found where it is written.
 */
function locateDeadlines(written: string, planYear: number | null, startYear: number | null): Array<{ index: number; text: string; deadline: Deadline }> {
  const { text, at } = closeDateGaps(written);
  const located = locateClosed(text, planYear, startYear);
  if (!at) return located;
  return located.map((found) => ({ ...found, index: at[found.index]!, text: written.slice(at[found.index]!, at[found.index + found.text.length - 1]! + 1) }));
}

/** Every limit of a text without blanks inside its dates, with where it is written, in order. */
function locateClosed(text: string, planYear: number | null, startYear: number | null): Array<{ index: number; text: string; deadline: Deadline }> {
  const { found, phaseEnd } = scanLimits(text);
  // `持续开展…` opens with a running task (ONGOING_HEAD), tried only where the text opens with its first character.
  // After a frame that only says what the task turns on (`以秋冬季…为重点，持续开展…`), the task opens its second clause.
  const framed = text[0] === '以' || FRAME_OPENINGS.includes(text.slice(0, 2)) ? FRAME_CLAUSE.exec(text)?.[0].length ?? 0 : 0;
  const first = text[framed];
  const head = first === '持' || first === '长' ? ONGOING_HEAD.exec(text.slice(framed)) : null;
  if (head && !found.some((f) => f.index < framed + head[0].length)) found.push({ index: framed, end: framed + head[0].length, text: head[0], bare: false });
  if (!found.length) return [];
  found.sort((a, b) => a.index - b.index);
  let recurrence: Deadline['recurrence'] = null;
  let lastYear: number | null = null;
  // The last year written alone (`2019年…`), for a date later in its clause.
  let yearAlone: { index: number; year: number } | null = null;
  let lastEnd = 0;
  const from = FROM_YEAR.exec(text);
  const fromYear = from ? numeral(from[1]!.slice(0, -1)) : startYear;
  const located = found.map(({ index, end, text: written, bare }) => {
    const deadline = readWritten(written);
    if (PERIOD.test(text.slice(lastEnd, end))) recurrence = null;
    lastEnd = end;
    const every = RECURRING.exec(text.slice(Math.max(0, index - 4), index).replace(/^.*[，,；;。]/u, ''));
    // A round without a date (`每年培训…`) is its own; it sets no recurrence for the dates after it.
    if (bare) return { index, text: written, deadline };
    if (every) recurrence = RECURRENCES[/年|季|月/u.exec(every[0])![0] as keyof typeof RECURRENCES];
    // A date that names its own recurrence (`每月10日前`, `每季度末`) sets it for the dates after it too.
    else if (deadline.recurrence) recurrence = deadline.recurrence;
    // A date writing its own year is one day (`于每月5日前…，2027年12月31日前报送工作总结`), unless `每年` stands right before it.
    // A quarterly or monthly round does not reach a date with a month (`每季度末…，年底前报送年度总结`): that is one day.
    if (recurrence && !deadline.within && (every || deadline.year === null) && (every || recurrence === 'yearly' || deadline.month === null)) {
      deadline.recurrence = recurrence;
      if (deadline.year === null && (from ? from.index < index : fromYear !== null)) deadline.year = fromYear;
    }
    const after = text.slice(Math.max(0, index - NEXT_YEAR_LOOK_BACK), index);
    if (!deadline.recurrence && !deadline.within && !RELATIVE_YEAR.test(after)) {
      // A date without a year is in the year of the date before it (`于2024年4月22日前…，并于4月23日前`), else of the
      // plan: a yearly plan's `6月底前`, `年底前`, `上半年` fall in the year its title names, as `年内` and `全年` do.
      // A year alone earlier in the clause holds for the date (`2019年全旗休牧工作从3月20日开始至6月20日结束`).
      const clauseYear = yearAlone && holdsYear(text.slice(yearAlone.index, index)) ? yearAlone.year : null;
      if (deadline.year === null && deadline.month !== null && (clauseYear ?? lastYear) !== null) deadline.year = (clauseYear ?? lastYear)!;
      else if (deadline.year === null && planYear !== null && (deadline.month !== null || OF_THE_YEAR.test(written))) {
        deadline.year = NEXT_YEAR.test(after) ? planYear + 1 : planYear;
      }
      else if (deadline.year !== null && deadline.month !== null) lastYear = deadline.year;
    }
    if (deadline.year !== null && deadline.month === null && !deadline.recurrence && !deadline.within) yearAlone = { index, year: deadline.year };
    return { index, text: written, deadline };
  });
  // A year alone that a later date of its clause falls in (`2019年全旗休牧工作从3月20日开始至6月20日结束`) is that date's year, no
  // limit of its own.
  const dated = located.filter((limit, i) => !yearOfNext(limit, located[i + 1], text));
  // A phase's time (`部署阶段（2026年4月）：`) gives way to a limit the task writes itself (`…，4月15日前报…`, `…每月调度…`), as a
  // phase heading's does (findPhaseDeadline), and gives that limit its year.
  return phaseEnd > 0 && dated.some((limit) => limit.index >= phaseEnd) ? dated.filter((limit) => limit.index >= phaseEnd) : dated;
}

/** Whether a limit is a year alone whose clause goes on to a date of that year with its month (the next limit, holdsYear). */
function yearOfNext(limit: { index: number; deadline: Deadline }, next: { index: number; deadline: Deadline } | undefined, text: string): boolean {
  const { year, month, recurrence, within } = limit.deadline;
  return next !== undefined && year !== null && month === null && !recurrence && !within && next.deadline.year === year && next.deadline.month !== null && holdsYear(text.slice(limit.index, next.index));
}

/**
 * Whether a year alone holds for a date after it, the text between them naming no act done by that year (`2019年全旗休牧工作从`):
 * no clause ends between them, no `并`/`和`/`、` joins a second act to a first (`2025年全面建成并于6月底前…`), and no act of
 * finishing is said (`建成`, `完成`, `实现`, `达到`).
 */
function holdsYear(between: string): boolean {
  return !/[，,；;。、并和及]|建成|完成|实现|达到/u.test(between);
}

/** A modal before the span: the scope of 对 has closed and its predicate sets the span (`对…举报应当在5个工作日内作出是否受理的决定`). */
const SCOPE_CLOSED = /应当|必须|务必|[应要须需](?:在|于)/u;
/** A clause opening the scope of a rule with 对 or 凡 (`对一年内违法记录3次以上的企业，…`), not the verbs 对接, 对标, 对口…. */
const SCOPE_OPENING = /^\s*(?:对于|对(?![接标口照外话比])|凡)/u;

/**
 * Whether a span stands inside the scope a rule picks out (`对一年内违法记录3次以上的运输企业`, `对3日内未整改的`): it counts
 * a record or sets a condition, with nothing due (heldout11). The scope opens its clause and ends at a `的` after the span.
 */
function inScope(text: string, start: number, end: number): boolean {
  const clause = clauseAt(text, start);
  if (!SCOPE_OPENING.test(clause) || SCOPE_CLOSED.test(clause)) return false;
  const close = text.slice(end).search(/[，,；;。]/u);
  return text.slice(end, close === -1 ? undefined : end + close).includes('的');
}

/** The clause of a text a position is in. */
function clauseAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('，', at), text.lastIndexOf('；', at), text.lastIndexOf('：', at)) + 1;
  return text.slice(start, at + 1);
}

/** The first year of a range heading a round (RANGE_ROUND). */
const RANGE_ROUND_START = /^(?:19|20)[0-9]{2}(?=年?[-—–~～至到])/u;

/** A limit as `findDeadlines` found it: plan periods, ranges of years and spans of work read at their end, the rest by `readDeadline`. */
function readWritten(written: string): Deadline {
  const roundStart = written.endsWith('每年') ? RANGE_ROUND_START.exec(written) : null;
  if (roundStart) {
    return { ...readDeadline(written), year: numeral(roundStart[0]), month: null, recurrence: 'yearly' };
  }
  const window = WINDOW_FROM_ONCE.exec(written);
  if (window) return { ...readDeadline(window[1]!), text: written };
  const months = MONTH_RANGE_ONCE.exec(written);
  if (months && months.index === 0) {
    const year = months[3] ?? months[1];
    return { ...readDeadline(written), year: year ? numeral(year.slice(0, -1)) : null, month: numeral(months[4]!.slice(0, -1)) };
  }
  const days = DAY_RANGE_ONCE.exec(written);
  if (days) {
    const year = days[3] ?? days[1];
    return { ...readDeadline(written), year: year ? numeral(year.slice(0, -1)) : null, month: numeral((days[4] ?? days[2])!.slice(0, -1)) };
  }
  const period = PLAN_PERIOD_ONCE.exec(written);
  // Its end (`“十五”末`, `期末`) is the end of its last year, as `2025年末` is month 12; the period as a whole (`期间`) has no month.
  if (period) return { ...readDeadline(written), year: ELEVENTH_PLAN_END + ((period[1] ? chineseNumber(period[1])! : 0) + 10 - 11) * PLAN_YEARS, month: written.endsWith('末') ? 12 : null };
  const range = YEAR_RANGE_ONCE.exec(written);
  if (range) return { ...readDeadline(written), year: numeral(range[1]!.slice(0, -1)), month: null };
  const limit = WORK_LIMIT_ONCE.exec(written);
  if (limit) return { ...readDeadline(written), year: null, month: null, within: spanOf(limit[1]!) };
  const fromNow = YEARS_FROM_NOW_ONCE.exec(written);
  if (fromNow) return { ...readDeadline(written), year: null, month: null, within: `${fromNow[1] ? numeral(fromNow[1]) : 2}y` };
  const work = WORK_SPAN_ONCE.exec(written);
  if (work) {
    const n = numeral(work[1]!);
    return { ...readDeadline(written), year: null, month: null, within: n ? `${n}${work[2] === '年' ? 'y' : 'm'}` : null };
  }
  return readDeadline(written);
}

function numeral(text: string): number | null {
  return /^[0-9０-９]+$/u.test(text) ? digitNumber(text) : chineseNumber(text);
}

/**
 * How long the date opening a clause is (`2023年6月底前` in `2023年6月底前完成…`), 0 when it opens otherwise.
 * @param written one clause
 */
export function leadingDate(written: string): number {
  const { text: clause, at } = closeDateGaps(written);
  const match = LEADING_DATE.exec(clause);
  if (!match) return 0;
  // `2022年度` and `2022年以来` are no deadlines; a separating mark is left to the caller.
  if (/^(?:度|以来|起)/u.test(clause.slice(match[0].length))) return 0;
  return at ? at[match[0].length]! : match[0].length;
}
