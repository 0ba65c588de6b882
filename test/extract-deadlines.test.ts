// Deadlines of task sentences composed in the style of national, provincial and ministry plans
// (not copied from any document): recurring limits with the year they start from, spans of work,
// plan periods, ranges of years, dates after 在/于, and the time a sentence opens with carried to
// the parts it is cut into at `；`.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { findDeadline, findDeadlines, findPhaseDeadline } from '../src/extract/find-deadline.js';
import { allNodes, partsOf } from '../src/model/index.js';

const pick = (text: string) => findDeadlines(text).map(({ year, month, recurrence, within }) => ({ year, month, recurrence, within }));
/** The obligations of a compiled text, in order. */
const tasks = (text: string) => {
  const { document } = compile(text);
  return partsOf(document).flatMap((part) => [...allNodes(part.body)].flatMap((node) => node.obligations));
};

describe('findDeadlines: limits as written and normalised', () => {
  it('reads a day of every month and the end of every quarter as recurring, from the year written', () => {
    expect(pick('自2024年起，各市每月5日前将上月工作进展报省卫生健康委，每季度末汇总分析。')).toEqual([
      { year: 2024, month: null, recurrence: 'monthly', within: null },
      { year: 2024, month: null, recurrence: 'quarterly', within: null },
    ]);
    expect(pick('2026年起，每年1月底前报送上一年度评估报告，4月底前完成复核。')).toEqual([
      { year: 2026, month: 1, recurrence: 'yearly', within: null },
      { year: 2026, month: 4, recurrence: 'yearly', within: null },
    ]);
  });

  it('reads a date after 在, 于 or a word of aim (力争, 确保) without 前 as a limit, not a past date', () => {
    expect(pick('各地要在2024年底完成摸底排查，于2025年6月完成整改销号。').map(({ year, month }) => [year, month])).toEqual([[2024, 12], [2025, 6]]);
    expect(pick('在2025年上半年完成试点评估。').map(({ year, month }) => [year, month])).toEqual([[2025, 6]]);
    expect(pick('力争2026年实现县域医共体全覆盖，确保2025年6月完成验收。').map(({ year, month }) => [year, month])).toEqual([[2026, null], [2025, 6]]);
    expect(pick('省数据中心成立于2019年，承担数据汇聚工作。')).toEqual([]);
    expect(pick('在2020年的基础上提高服务能力。')).toEqual([]);
    // A baseline year written without 的 is a baseline too (`在2021年基础上`), no limit.
    expect(pick('在2021年基础上，全县综合考核排名前进2位。')).toEqual([]);
  });

  it('reads a date a page prints with blanks between figures and units as one written without', () => {
    expect(pick('6 月底前建成社区食堂 30个，2025 年 10 月底前完成验收。').map(({ year, month }) => [year, month])).toEqual([[null, 6], [2025, 10]]);
    const [first] = findDeadlines('加快推进管网改造，9 月底前完工。');
    expect(first?.text.replace(/\s/gu, '')).toBe('9月底前');
    // A sentence opening with such a date gives it to the parts cut from it at `；`.
    const parts = tasks('一、重点任务\n\n（一）管网改造。3 月底前，完成城区雨污管网排查；完成老旧管网更新 20 公里。\n');
    expect(parts.map((task) => task.deadline?.month ?? null)).toEqual([3, 3]);
  });

  it('reads spans of work, plan periods and ranges of years at their end', () => {
    expect(pick('利用2-3年时间，基本完成农村危房改造。').map((d) => d.within)).toEqual(['3y']);
    expect(pick('用三年左右时间，建成覆盖城乡的急救网络。').map((d) => d.within)).toEqual(['3y']);
    // A period's end is the end of its last year (as `2025年末`); the 10th plan is written `“十五”`, in its quotes.
    expect(pick('到“十四五”末，基本建成县域医共体。').map(({ year, month }) => [year, month])).toEqual([[2025, 12]]);
    expect(pick('到“十五”期末，各乡镇建成综合文化站。').map(({ year, month }) => [year, month])).toEqual([[2005, 12]]);
    expect(pick('“十五”期间，全县新建农村公路800公里。').map(({ year, month }) => [year, month])).toEqual([[2005, null]]);
    expect(pick('十五日内完成整改。').map(({ year, within }) => [year, within])).toEqual([[null, '15d']]);
    // A range heading a round is the round, from the range's first year (as `2026年起，每年`).
    expect(pick('2026—2028年，每年新建智慧养老院10家。').map(({ year, month, recurrence }) => [year, month, recurrence])).toEqual([[2026, null, 'yearly']]);
    expect(pick('2026年至2028年，每年完成30个老旧小区改造。').map(({ year, month, recurrence }) => [year, month, recurrence])).toEqual([[2026, null, 'yearly']]);
    expect(pick('2026年至2028年，完成全部老旧小区改造。').map(({ year, month, recurrence }) => [year, month, recurrence])).toEqual([[2028, null, null]]);
    expect(pick('印发《全省养老服务体系建设规划（2026—2030年）》。')).toEqual([]);
    expect(pick('经过五年努力，全省医疗服务能力明显提升。')).toEqual([]);
    expect(pick('今年是实施“十五五”规划的开局之年。')).toEqual([]);
  });
});

describe('findDeadlines: rounds, running tasks, windows and the year of a date', () => {
  it('reads 每年, 每季度 and 每月 without a date as a round with no year or month, not a rate of a rule', () => {
    expect(pick('市场监管部门每季度通报一次抽检结果，每月汇总投诉举报情况。')).toEqual([
      { year: null, month: null, recurrence: 'quarterly', within: null },
      { year: null, month: null, recurrence: 'monthly', within: null },
    ]);
    expect(findDeadlines('省财政每年安排农村公路养护资金不低于2亿元。').map((d) => [d.text, d.recurrence])).toEqual([['每年', 'yearly']]);
    expect(pick('在办结后15个工作日内回访，此后每年至少回访一次。').map((d) => d.recurrence ?? d.within)).toEqual(['15d', 'yearly']);
    expect(pick('按照每个社区每年不低于5万元的标准给予工作经费保障。')).toEqual([]);
    expect(pick('同一部门对同一家企业的现场检查原则上每年不超过2次。')).toEqual([]);
  });

  it('reads a task opening with 持续 or 长期 as running on, and 长期稳定 as no limit', () => {
    expect(findDeadlines('持续开展农村人居环境整治提升行动。').map((d) => [d.text, d.year, d.month, d.ongoing])).toEqual([['持续开展', null, null, true]]);
    expect(findDeadline('持续开展农村人居环境整治提升行动。')).toBeNull();
    expect(pick('推动产销双方建立长期稳定的合作关系。')).toEqual([]);
  });

  it('gives a date without a year the year of the date before it, and reads a window of days at its last day', () => {
    expect(pick('申报单位应在2027年3月10日17时前完成网上填报，并于3月15日前报送纸质材料。').map(({ year, month }) => [year, month])).toEqual([[2027, 3], [2027, 3]]);
    expect(pick('集中受理时间为2027年5月20日—6月5日。').map(({ year, month }) => [year, month])).toEqual([[2027, 6]]);
  });

  it('reads “十四五”期间 at the period’s end and a plan year opening a clause with a word of aim, not names', () => {
    expect(pick('“十四五”期间，全省累计新建养老床位3万张。').map(({ year, month }) => [year, month])).toEqual([[2025, null]]);
    expect(pick('2027年度拟资助重点项目5项。').map(({ year, month }) => [year, month])).toEqual([[2027, null]]);
    expect(pick('印发《“十四五”期间重点任务清单》，编制“十四五”规划。')).toEqual([]);
    expect(pick('开展2022年度“十大法治人物”评选。')).toEqual([]);
  });

  it('stops a recurrence at a clause naming its own year', () => {
    expect(pick('各地要在每季度末报送工作进展，全年工作总结于12月25日前报送。').map((d) => [d.month, d.recurrence])).toEqual([[null, 'quarterly'], [12, null]]);
  });
});

describe('findDeadlines: hours, listed dates, windows of months and spans after a period', () => {
  const values = (text: string) => pick(text).map(({ year, month, recurrence, within }) => [year, month, recurrence, within]);

  it('gives whole days of hours only (12小时内 is none), and reads no span from a figure’s decimals or a level reached for', () => {
    expect(values('发生较大安全事故的，应当在12小时内报告，48小时内提交书面报告。')).toEqual([[null, null, null, '2d']]);
    expect(values('平均住院日控制在7.5天以内，企业开办时间压缩至1个工作日以内。')).toEqual([]);
  });

  it('reads each date of a list after a limit (`2026年、2027年`, `于6月、11月`), not a list of past years', () => {
    expect(values('2026年、2027年分别新建养老服务中心3个、5个。')).toEqual([[2026, null, null, null], [2027, null, null, null]]);
    expect(values('市场监管局将于6月、11月开展两次专项督查。')).toEqual([[null, 6, null, null], [null, 11, null, null]]);
    expect(values('2023年、2024年的监测数据全部纳入平台。')).toEqual([]);
  });

  it('reads a window of months at its last month, not a stretch told of', () => {
    expect(values('6月至8月开展汛期安全隐患大排查。')).toEqual([[null, 8, null, null]]);
    expect(values('对1月至6月的项目进度开展核查。')).toEqual([]);
    expect(values('7—9月开展夏季治安巡防。')).toEqual([[null, 9, null, null]]);
  });

  it('reads a span after the end of each period as one round with a span, and every year’s end as month 12', () => {
    expect(values('各县区每月结束后10个工作日内报送上月工作进展。')).toEqual([[null, null, 'monthly', '10d']]);
    expect(values('县民政局每年年底组织一次养老机构等级评定。')).toEqual([[null, 12, 'yearly', null]]);
  });

  it('reads no goal in `截至…`, which tells a state as of a day', () => {
    expect(values('截至2025年底，全市已建成养老服务中心120个。')).toEqual([]);
  });

  it('reads a date right before the figure a goal reaches (7月底达70%) as the time it is set for, not a count as it stood', () => {
    const inPlanYear = (text: string) => findDeadlines(text, { planYear: 2027 }).map(({ year, month }) => [year, month]);
    expect(inPlanYear('力争应届高校毕业生毕业去向落实率7月底达70%以上、年底达90%以上。')).toEqual([[2027, 7], [2027, 12]]);
    expect(inPlanYear('全市新能源汽车保有量2028年突破5万辆。')).toEqual([[2028, null]]);
    expect(inPlanYear('截至2026年底达到1200万人，要继续扩大覆盖面。')).toEqual([]);
    expect(inPlanYear('在巩固2023年达到95%的基础上，进一步提升覆盖率。')).toEqual([]);
    expect(inPlanYear('继2022年突破1000亿元后，力争再上新台阶。')).toEqual([]);
    // A window from a date to a date (`从…开始至…结束`) at its end; a year of the plan opening its clause alone (`2023年度，`).
    expect(inPlanYear('休牧工作从3月20日开始至6月20日结束。')).toEqual([[2027, 6]]);
    // A year alone opening the clause is the window's year, no limit of its own.
    expect(inPlanYear('2019年全旗休牧工作从3月20日开始至6月20日结束。')).toEqual([[2019, 6]]);
    expect(inPlanYear('2026年完成改造，6月底前完成验收。')).toEqual([[2026, null], [2027, 6]]);
    expect(inPlanYear('2025年全面建成并于6月底前通过验收。')).toEqual([[2025, null], [2027, 6]]);
    expect(inPlanYear('2023年度，各县市区至少建成1个城市客厅示范区域。')).toEqual([[2023, null]]);
  });

  it('gives no recurrence to a later date that writes its own year', () => {
    expect(values('各市于每月10日前报送进展情况，2027年12月31日前报送总结报告。')).toEqual([[null, null, 'monthly', null], [2027, 12, null, null]]);
  });
});

describe('the plan’s year and the goals under a dated head', () => {
  it('gives 年内 and 全年 the year the title names, month null, and none when the title names a range', () => {
    const found = tasks('××市人力资源和社会保障局2027年工作要点\n\n一、稳定就业\n\n全年城镇新增就业5万人以上。力争年内建成零工市场10个。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2027, null]], [[2027, null]]]);
    const ranged = tasks('××市养老服务体系建设实施方案（2026—2028年）\n\n一、重点任务\n\n年内建成区域养老服务中心3个。\n');
    expect(ranged.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[null, null]]]);
  });

  it('gives a month without a year (6月底前, 年底前, 上半年, 二季度末前) the year the title names (明年 the year after it), and none to a round, a range title or 次年', () => {
    const found = tasks('××县教育局2027年工作要点\n\n一、办学条件\n\n6月底前完成校舍安全排查，年底前建成智慧教室40间。上半年完成教师轮岗交流。二季度末前印发课后服务指南。每年3月底前报送上一年度工作总结。7月至8月开展暑期安全教育。力争全年新增学位3000个。明年3月底前完成全年工作总结。次年3月底前完成审计整改。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month, d.recurrence]))).toEqual([
      [[2027, 6, null], [2027, 12, null]],
      [[2027, 6, null]],
      [[2027, 6, null]],
      [[null, 3, 'yearly']],
      [[2027, 8, null]],
      [[2027, null, null]],
      [[2028, 3, null]],
      [[null, 3, null]],
    ]);
    const ranged = tasks('××县教育事业发展行动方案（2026—2028年）\n\n一、办学条件\n\n6月底前完成校舍安全排查。\n');
    expect(ranged.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[null, 6]]]);
  });

  it('gives a month without a year the year a notice without a titled year sets its work in (现就开展2023年…), not a cited year or the date line', () => {
    const notice = (preamble: string) => tasks(`各省级商务主管部门：\n\n${preamble}\n\n一、启动申报\n\n有意愿申报的企业于4月30日前向省级商务主管部门提出申请。\n`);
    expect(notice('现就开展2023年重点联系企业组织申报工作通知如下：').map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2023, 4]]]);
    expect(notice('为做好2021年专精特新中小企业遴选工作，根据《关于组织开展2020年遴选工作的通知》（通告〔2021〕6号）要求，通知如下：').map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2021, 4]]]);
    // A year after other verbs may be a cited text's; two work years give none.
    expect(notice('为贯彻落实2017年政府工作报告确定的任务，通知如下：').map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[null, 4]]]);
    expect(notice('为做好2022年和2023年申报工作，通知如下：').map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[null, 4]]]);
    // Work of one year filed in another: a date line of another year leaves the month without one.
    const filed = tasks('各设区市统计局：\n\n为做好2023年统计年报工作，现通知如下：\n\n一、报送要求\n\n请于2月底前报送年报。\n\n××省统计局\n\n2024年1月5日\n');
    expect(filed.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[null, 2]]]);
    // An addressee's line that runs on into the preamble, as a page serving its text on one line gives it.
    const oneLine = tasks('各省级商务主管部门： 现就开展2023年申报工作通知如下： 一、启动申报 有意愿申报的企业于4月30日前提出申请。 二、提交材料 申报企业于5月15日前报送材料。\n');
    expect(oneLine.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2023, 4]], [[2023, 5]]]);
  });

  it('gives the time the last sentence of a goals node opens with to the goals numbered under it', () => {
    const found = tasks('二、工作目标\n\n统筹城乡义务教育资源均衡配置。到2027年，基本实现县域义务教育均衡发展。\n\n（一）城乡学校布局更加合理，大班额基本消除。\n\n（二）城乡师资配置基本均衡。\n');
    expect(found.map((o) => o.deadlines.map((d) => d.year))).toEqual([[], [2027], [2027], [2027]]);
    // A goals' time and a vision's: which the goals under it take is not said.
    const two = tasks('二、主要目标\n\n全面提升教育质量。到2025年，基本实现教育现代化；到2035年，建成教育强市。\n\n（一）学前教育普及，毛入园率达到95%。\n');
    expect(two.at(-1)!.deadlines).toEqual([]);
  });

  it('gives the time a goals node opens with to the bulleted goals under it', () => {
    const found = tasks('一、发展目标\n\n到2028年，全市数字经济规模显著壮大。\n\n——基础设施更加完善。建成5G基站8000个。\n\n——产业生态更加健全。培育数字经济龙头企业20家。\n');
    const dated = found.filter((o) => /建成5G|培育数字/u.test(o.text));
    expect(dated.map((o) => o.deadlines.map((d) => d.year))).toEqual([[2028], [2028]]);
  });

  it('gives the time of a goals paragraph that sums up without figures to the goals after it, not that of one holding its own targets', () => {
    const summed = tasks('一、主要目标\n\n到2028年，全市养老服务体系基本健全。新建社区养老服务站60个；护理型床位占比达到60%。\n');
    expect(summed.map((o) => o.deadlines.map((d) => d.year))).toEqual([[2028], [2028], [2028]]);
    const own = tasks('一、主要目标\n\n到2028年，全市新建社区养老服务站60个。护理型床位占比保持在60%以上。\n');
    expect(own.map((o) => o.deadlines.map((d) => d.year))).toEqual([[2028], []]);
  });

  it('gives the time each paragraph of a goals node opens with to that paragraph’s later sentences, not to the next paragraph', () => {
    const found = tasks('一、工作目标\n\n到2026年底，全区农村饮水安全保障能力明显提升，水质检测合格率逐步提高。农村供水管网基本实现互联互通。\n\n到2027年底，城乡供水一体化格局基本形成。农村供水工程长效运行机制全面建立。\n');
    expect(found.map((o) => o.deadlines.map((d) => d.year))).toEqual([[2026], [2026], [2027], [2027]]);
  });

  it('gives the year a sentence’s rounds start from to its later parts', () => {
    const found = tasks('一、报送程序\n\n自2028年起，县级部门每年1月15日前完成填报；市级部门于每年2月底前完成审核。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month, d.recurrence]))).toEqual([[[2028, 1, 'yearly']], [[2028, 2, 'yearly']]]);
  });
});

describe('a sentence cut at `；` into tasks', () => {
  it('gives the time it opens with to its later parts', () => {
    const found = tasks('一、主要目标\n\n到2027年，全省二级以上公立医院全部开展日间手术；县域内就诊率达到90%以上；每个乡镇卫生院至少配备1名全科医生。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2027, null]], [[2027, null]], [[2027, null]]]);
  });

  it('gives a recurring opening time with the year it starts from', () => {
    const found = tasks('一、工作机制\n\n2026年起，每年3月底前，各市完成上一年度考核自评；省卫生健康委组织复核并通报结果。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month, d.recurrence]))).toEqual([[[2026, 3, 'yearly']], [[2026, 3, 'yearly']]]);
  });

  it('keeps a part’s own limit, and gives nothing where the sentence opens with a task', () => {
    const found = tasks('一、重点任务\n\n到2027年，全面完成标准化建设；2026年底前完成信息平台升级。\n\n二、保障措施\n\n加强经费保障，2026年底前出台支持政策；完善考核机制。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2027, null]], [[2026, 12]], [[2026, 12]], []]);
  });
});

describe('rounds written with 按, days after an event, seasons and parts of the year', () => {
  const values = (text: string) => pick(text).map(({ year, month, recurrence, within }) => [year, month, recurrence, within]);

  it('reads 按月 and 按季度 as rounds, even opening a clause, but not a rule’s measure', () => {
    expect(values('按月汇总各乡镇防疫物资储备情况，按季度通报。')).toEqual([[null, null, 'monthly', null], [null, null, 'quarterly', null]]);
    expect(values('按照每个社区每年不低于5万元的标准安排经费。')).toEqual([]);
  });

  it('reads 按年 as a yearly round beside 按月 and 按季度, but not 按年龄 or 按年度', () => {
    expect(values('各网点按月、按季度、按年上报销售台账。')).toEqual([[null, null, 'monthly', null], [null, null, 'quarterly', null], [null, null, 'yearly', null]]);
    expect(values('按年龄段分组开展体检。')).toEqual([]);
  });

  it('reads a window of months or days across years at its last month, in its own year', () => {
    expect(values('2025年9月—2026年6月完成全部校舍改造。')).toEqual([[2026, 6, null, null]]);
    expect(values('2026年11月15日—2027年1月20日开展冬季消防检查。')).toEqual([[2027, 1, null, null]]);
    expect(findPhaseDeadline('试点推广阶段（2026年10月—2027年3月）')).toMatchObject({ year: 2027, month: 3 });
  });

  it('reads no limit from 今年 before a figure told with 多 (a fact of the year), but one before a goal', () => {
    expect(values('今年全市退役军人3000多人，要做好安置工作。')).toEqual([]);
    expect(values('今年新增城镇就业5万人以上。')).toEqual([[null, null, null, null]]);
  });

  it('reads a holiday after 每年 as one yearly limit', () => {
    expect(values('每年端午节前开展龙舟场地安全检查。')).toEqual([[null, null, 'yearly', null]]);
  });

  it('reads no span inside the scope a rule picks out with 对…的', () => {
    expect(values('对两年内受到处罚2次以上的商户，列入重点监管名单。')).toEqual([]);
    expect(values('对检查发现的问题，督促在15日内整改到位。')).toEqual([[null, null, null, '15d']]);
  });

  it('reads a day of the month after an event with no year or month, 年中 as month 6, and dates joined by 和', () => {
    expect(values('企业应当在次月15日前完成数据报送。')).toEqual([[null, null, null, null]]);
    expect(values('市局将于年中和年末开展两次专项督查。')).toEqual([[null, 6, null, null], [null, 12, null, null]]);
  });

  it('reads a part of 今年, a window of days without a year and a season in the title’s year', () => {
    const found = tasks('××县水利局2027年工作要点\n\n一、防汛备汛\n\n今年上半年完成水库除险加固。4月1日至5月31日开展水毁工程修复。汛期前完成堤防隐患排查。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2027, 6]], [[2027, 5]], [[2027, null]]]);
  });

  it('reads no ban period and no yearly top of a grant, but a yearly grant', () => {
    expect(values('对虚报冒领补贴的，2年内不得申报市级专项资金。')).toEqual([]);
    expect(values('每个项目每年资助最高不超过80万元。')).toEqual([]);
    expect(values('对新设立的研发中心，每年给予不超过50万元补助。')).toEqual([[null, null, 'yearly', null]]);
  });

  it('reads 到 with a month as the goal’s month, a year before 内 as that year, and no validity', () => {
    expect(values('到2027年9月底，完成全部老旧管网改造。')).toEqual([[2027, 9, null, null]]);
    expect(values('2027年内完成全部验收。')).toEqual([[2027, null, null, null]]);
    expect(values('本办法自印发之日起施行，有效期至2029年6月30日。')).toEqual([]);
  });

  it('reads a date after 每年 as yearly, a year before a season with it, and no quarterly round on a year’s end', () => {
    expect(values('每年二季度完成年度培训计划编制。')).toEqual([[null, 6, 'yearly', null]]);
    expect(values('2027年汛期前完成堤防加固。')).toEqual([[2027, null, null, null]]);
    expect(values('各乡镇于每季度末报送工作台账，年底前报送年度总结。')).toEqual([[null, null, 'quarterly', null], [null, 12, null, null]]);
  });

  it('reads 每年年中 as one yearly date with the dates listed after it, and no round in 每月 before a unit of area', () => {
    expect(values('每年年中和年末分别开展一次安全评估。')).toEqual([[null, 6, 'yearly', null], [null, 12, 'yearly', null]]);
    expect(values('城区降尘量控制在每月每平方公里5吨以内。')).toEqual([]);
  });

  it('reads 暑期前 like 暑假前, a year with the part of it before a season as one limit, a date after 其中, and a span after 对…应当', () => {
    expect(values('暑期前，各校完成校车安全检查。')).toEqual([[null, null, null, null]]);
    expect(values('2027年春季开学前，完成教室照明改造。')).toEqual([[2027, null, null, null]]);
    expect(values('2026—2028年新建停车位3000个，其中2026年新建不少于800个。')).toEqual([[2028, null, null, null], [2026, null, null, null]]);
    expect(values('对群众来信应当在15日内告知是否受理的结果。')).toEqual([[null, null, null, '15d']]);
    expect(values('对3年内受过处罚的企业，加大抽查频次。')).toEqual([]);
  });

  it('reads no limit in a year with a part of it and 起 heading a clause (a start), but a year heading a task', () => {
    expect(values('2027年春季学期起，全市中小学午餐供应率保持100%。')).toEqual([]);
    expect(values('2027年秋季，完成校舍加固。')).toEqual([[2027, null, null, null]]);
  });

  it('reads no limit in a date qualifying a noun with a verb and 的, but one opening its clause', () => {
    expect(values('2028年，完成1995年底前建成的老旧住宅改造。')).toEqual([[2028, null, null, null]]);
    expect(values('对2026年底前投产的项目给予奖励。')).toEqual([]);
    expect(values('2027年6月底前接入平台的充电桩比例达到90%。')).toEqual([[2027, 6, null, null]]);
  });

  it('reads the years from now heading a clause or after a modal as a span, not a period told of', () => {
    expect(values('今明两年，各县要完成供水管网改造。')).toEqual([[null, null, null, '2y']]);
    expect(values('力争今后三年建成20个示范村。')).toEqual([[null, null, null, '3y']]);
    expect(values('会议明确了今后五年的主要任务。')).toEqual([]);
    expect(values('今后五年是攻坚的关键时期。')).toEqual([]);
    expect(values('未来五年，全市人口将保持增长。')).toEqual([]);
  });

  it('reads the time a work may take as a span, not a grant’s duration', () => {
    expect(values('施工工期原则上不超过18个月。')).toEqual([[null, null, null, '18m']]);
    expect(values('补助期限不超过2年。')).toEqual([]);
  });

  it('gives the time a goals paragraph opens with to the goals after it in that paragraph', () => {
    const found = tasks('一、主要目标\n\n到2028年，全县公共文化服务体系更加健全。新建村级文化广场40个；县图书馆年接待读者达到30万人次。\n\n二、重点任务\n\n（一）完善设施网络。加强乡镇文化站建设。\n');
    expect(found.map((o) => o.deadlines.map((d) => d.year))).toEqual([[2028], [2028], [2028], []]);
  });

  it('gives the time a goals node opens with to the goals numbered under it, and reads 目标任务 as a goals title', () => {
    const numbered = tasks('一、主要目标\n\n到2029年，全区托育服务体系基本建成。\n\n1.供给更加充足。新增普惠托位1200个。\n\n2.质量明显提升。示范托育机构达到15家。\n\n二、重点任务\n\n（一）扩大供给。加强社区托育点建设。\n');
    expect(numbered.map((o) => o.deadlines.map((d) => d.year))).toEqual([[2029], [2029], [2029], []]);
    const tasked = tasks('一、总体要求\n\n（一）目标任务。到2029年，全区托育服务体系基本建成。新增普惠托位1200个。\n\n（二）基本原则。坚持政府引导。\n');
    expect(tasked.map((o) => o.deadlines.map((d) => d.year))).toEqual([[2029], [2029], []]);
  });

  it('gives a goals paragraph’s first sentence a running task once, and its later goals no undated time', () => {
    const found = tasks('一、工作目标\n\n持续推进文化惠民工程。新建村级文化广场40个。\n');
    expect(found.map((o) => o.deadlines.map((d) => d.ongoing))).toEqual([[true], []]);
  });
});

describe('findDeadlines: phases, indicator paragraphs, school seasons and rates per head', () => {
  const values = (text: string) => pick(text).map(({ year, month, recurrence, within }) => [year, month, recurrence, within]);

  it('gives a phase’s span in its heading to the tasks of the phase, and its year to a bare date in it', () => {
    const found = tasks('××区老旧小区改造工作方案\n\n一、实施步骤\n\n（一）准备阶段（2027年2月—3月）。各街道完成摸底调查。3月20日前报送改造清单。\n\n（二）实施阶段（2027年4月至11月）。各街道组织施工。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2027, 3]], [[2027, 3]], [[2027, 11]]]);
  });

  it('gives a phase’s span to no task with a round of its own', () => {
    const found = tasks('××区违法建设整治方案\n\n一、实施步骤\n\n（一）整治阶段（2027年4月—10月）。各街道逐项整治。各街道每月20日前报送进展。区城管局每季度通报一次。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month, d.recurrence]))).toEqual([[[2027, 10, null]], [[null, null, 'monthly']], [[null, null, 'quarterly']]]);
  });

  it('gives a phase the time its first sentence opens with, not a task’s own date that opens with its subject', () => {
    const found = tasks('××县客运整顿方案\n\n七、时间安排\n\n（一）清理整顿阶段。2027年4月6日至5月30日，各县全面开展清理整顿。坚决取缔非法运营；查处违规行为。\n\n（二）总结阶段。各县于6月底前报送总结。各县建立长效机制。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2027, 5]], [[2027, 5]], [[2027, 5]], [[null, 6]], []]);
  });

  it('reads each item of a section of steps as a phase, also without 阶段 in its title', () => {
    const found = tasks('××区垃圾分类工作方案\n\n一、实施步骤\n\n（一）宣传发动（2027年3月—4月）。各街道组织入户宣传。\n\n（二）全面推开（2027年5月—12月）。各小区设置分类投放点。\n\n二、保障措施\n\n（一）加强宣传。各街道开展宣传。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2027, 4]], [[2027, 12]], []]);
  });

  it('gives a phase without a year the year of the phase before it, and reads a phase named before a colon', () => {
    const found = tasks('××区背街小巷整治方案\n\n一、实施步骤\n\n1.排查阶段（2027年3月—4月）。各街道建立问题台账。\n\n2.整治阶段（5月—9月）。各街道组织整治，8月底前完成主干道整治。\n\n3.第三阶段：验收提升（2027年10月—11月）。形成长效机制。\n\n二、保障措施\n\n（一）加强领导。各街道要成立工作专班。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2027, 4]], [[2027, 8]], [[2027, 11]], [[2027, 11]], []]);
  });

  it('reads a window from now, from an event or from a date (即日起至…, …之日起至…) at its end, also in a phase heading', () => {
    expect(values('自方案印发之日起至2027年9月30日，各乡镇完成排查。')).toEqual([[2027, 9, null, null]]);
    expect(values('4月1日起至8月31日开展夏季巡查。')).toEqual([[null, 8, null, null]]);
    const found = tasks('××县燃气安全整治方案\n\n一、实施步骤\n\n（一）部署阶段（即日起至4月30日）。各乡镇要制定排查计划。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[null, 4]]]);
  });

  it('reads a run-in title opening with a clause of time as a dated task, whose time dates the node’s sentences, not a title naming a year', () => {
    const found = tasks('××县燃气安全整治方案\n\n三、工作安排\n\n（一）9-10月，开展秋季安全检查。各乡镇重点排查老旧管道。\n\n（二）11月底前，完成隐患整改。\n\n四、2027年重点工作\n\n（一）加强宣传。各乡镇开展入户宣传。\n');
    expect(found.map((o) => [o.text, o.deadlines.map((d) => [d.year, d.month])])).toEqual([
      ['9-10月，开展秋季安全检查。', [[null, 10]]],
      ['各乡镇重点排查老旧管道。', [[null, 10]]],
      ['11月底前，完成隐患整改。', [[null, 11]]],
      ['各乡镇开展入户宣传。', []],
    ]);
  });

  it('gives the time a paragraph of main indicators opens with to the indicators after it', () => {
    const found = tasks('一、总体要求\n\n（一）主要指标。到2029年，全区养老服务网络基本健全。社区养老服务设施覆盖率达到95%；护理型床位占比达到60%。\n');
    expect(found.map((o) => o.deadlines.map((d) => d.year))).toEqual([[2029], [2029], [2029]]);
  });

  it('reads the summer and winter holidays like a season of the plan’s year', () => {
    const found = tasks('××县教育局2027年工作要点\n\n一、队伍建设\n\n暑假期间组织校长集中研修。寒假前完成校舍安全检查。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[2027, null]], [[2027, null]]]);
  });

  it('reads no round in a rate per head or per mu, and the quarter of the year after an event (次年, no year of its own)', () => {
    expect(values('护林经费按每亩每年不低于15元的标准列入预算。')).toEqual([]);
    expect(values('城乡低保标准每人每月提高30元。')).toEqual([]);
    expect(values('每个乡镇每年建成2个示范村。')).toEqual([[null, null, 'yearly', null]]);
    const found = tasks('××市2027年工作要点\n\n一、重点工作\n\n次年一季度完成项目验收。\n');
    expect(found.map((o) => o.deadlines.map((d) => [d.year, d.month]))).toEqual([[[null, 3]]]);
  });
});

describe('findDeadlines: parts of a goal year, the plan period as 时期, and a yearly season', () => {
  const values = (text: string) => pick(text).map(({ year, month, recurrence, within }) => [year, month, recurrence, within]);

  it('reads a part of the year after 到 with the year', () => {
    expect(values('到2027年上半年，完成全部老旧管网改造。')).toEqual([[2027, 6, null, null]]);
    expect(values('到2026年三季度，建成市级数据平台。')).toEqual([[2026, 9, null, null]]);
  });

  it('reads “十五五”时期 at the period’s end, not a sentence telling what the period is', () => {
    expect(values('“十五五”时期，建成覆盖城乡的养老服务网络。')).toEqual([[2030, null, null, null]]);
    expect(values('“十五五”时期是全面推进现代化的关键时期。')).toEqual([]);
  });

  it('reads the start year of rounds from a start day (自2027年7月1日起)', () => {
    expect(values('自2027年7月1日起，各县每年1月底前报送上年度监测报告。')).toEqual([[2027, 1, 'yearly', null]]);
    expect(values('本办法自2027年1月1日起施行。')).toEqual([]);
  });

  it('reads a range of years after 在 at its end', () => {
    expect(values('在2026—2028年，完成全部农村公路提档升级。')).toEqual([[2028, null, null, null]]);
  });

  it('reads a season after 每年 as one yearly limit', () => {
    expect(values('每年汛期前完成水库安全检查。')).toEqual([[null, null, 'yearly', null]]);
  });
});

describe('findDeadlines: 年内 after a subject, holidays, 到年底, listed months with 和, and 每年 that is no round', () => {
  const values = (text: string, planYear: number | null = 2027) => findDeadlines(text, { planYear }).map(({ year, month, recurrence, within }) => [year, month, recurrence, within]);

  it('reads 年内 after a subject or before 至少 as the plan’s year, not a span or a ban', () => {
    expect(values('市急救中心年内新增救护车8辆。')).toEqual([[2027, null, null, null]]);
    expect(values('各县年内至少建成1个示范点。')).toEqual([[2027, null, null, null]]);
    expect(values('项目验收后一年内完成审计。')).toEqual([[null, null, null, '1y']]);
  });

  it('reads 年内 before a figure as the plan’s year, not a year or a count of years before it', () => {
    expect(values('推广节水器具，年内60%以上公共机构完成更换。')).toEqual([[2027, null, null, null]]);
    expect(values('力争3年内50%以上村庄完成改厕。')).toEqual([[null, null, null, '3y']]);
  });

  it('reads a holiday or a named season before its 前 or 期间 as the plan’s year', () => {
    expect(values('中秋节前，各区完成食品安全专项抽检。')).toEqual([[2027, null, null, null]]);
    expect(values('元旦期间，各街道组织开展安全巡查。')).toEqual([[2027, null, null, null]]);
    expect(values('各村要在病虫高发季节前完成统防统治。')).toEqual([[2027, null, null, null]]);
  });

  it('reads 到年底 and 到6月底 as goals in the plan’s year', () => {
    expect(values('到年底，全区公共充电桩达到800个。')).toEqual([[2027, 12, null, null]]);
    expect(values('到6月底，完成全部排查。')).toEqual([[2027, 6, null, null]]);
  });

  it('reads no season before a noun of the work (汛前检查), and a yearly day with its name in quotes', () => {
    expect(values('各镇全面开展汛前检查，5月10日前完成整改。')).toEqual([[2027, 5, null, null]]);
    expect(values('每年6月5日“环境日”前后集中开展宣传。')).toEqual([[null, 6, 'yearly', null]]);
  });

  it('reads 每年年初 as a yearly date that the dates after it follow', () => {
    expect(values('每年年初制定培训计划，年底开展考核。')).toEqual([[null, null, 'yearly', null], [null, 12, 'yearly', null]]);
  });

  it('reads months listed with 和 as one limit each', () => {
    expect(values('5月和10月分别开展两次集中检查。')).toEqual([[2027, 5, null, null], [2027, 10, null, null]]);
  });

  it('reads no round from 每年 spreading a count over years written, nor from 每年 before a unit of an amount, nor hours that are no whole days', () => {
    expect(values('2026年完成改造300公里，2027年、2028年每年完成改造不少于400公里。', null)).toEqual([[2026, null, null, null], [2027, null, null, null], [2028, null, null, null]]);
    expect(values('乡镇每年每公里保洁经费不低于县定标准。')).toEqual([]);
    expect(values('接到报警后2小时内到达现场，24小时内提交处置报告。')).toEqual([[null, null, null, '1d']]);
  });
});

describe('findDeadlines: a phase named at the head of its task', () => {
  it('reads the time in the brackets after a phase’s name as the task’s, unless the task writes a limit of its own', () => {
    expect(pick('准备阶段（2026年4月10日前）：各县制定整治方案，明确任务分工。').map(({ year, month }) => [year, month])).toEqual([[2026, 4]]);
    expect(pick('督查阶段（2026年6月1日至8月31日）：市局对各县开展抽查。').map(({ year, month }) => [year, month])).toEqual([[2026, 8]]);
    expect(pick('部署阶段（2026年4月）：各县制定方案，4月15日前报市局备案。').map(({ year, month }) => [year, month])).toEqual([[2026, 4]]);
    // Brackets elsewhere are still asides.
    expect(pick('各县制定整治方案（2026年4月10日前印发）。')).toEqual([]);
  });
});

describe('findDeadlines: a running task after a frame', () => {
  it('reads 持续 opening the clause after a frame (以…为重点，围绕…，) as a task that runs on, not 持续 further in', () => {
    expect(pick('以城乡结合部为重点，持续开展环境卫生整治。')).toEqual([{ year: null, month: null, recurrence: null, within: null }]);
    expect(pick('围绕群众反映强烈的问题，长期坚持明察暗访。')).toEqual([{ year: null, month: null, recurrence: null, within: null }]);
    expect(pick('各乡镇加强巡查，持续开展整治。')).toEqual([]);
  });
});

