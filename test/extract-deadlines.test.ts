// Deadlines of task sentences composed in the style of national, provincial and ministry plans
// (not copied from any document): recurring limits with the year they start from, spans of work,
// plan periods, ranges of years, dates after 在/于, and the time a sentence opens with carried to
// the parts it is cut into at `；`.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { findDeadlines } from '../src/extract/find-deadline.js';
import { allNodes, partsOf } from '../src/model/index.js';

const pick = (text: string) => findDeadlines(text).map(({ year, month, recurrence, within }) => ({ year, month, recurrence, within }));

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
  });

  it('reads spans of work, plan periods and ranges of years at their end', () => {
    expect(pick('利用2-3年时间，基本完成农村危房改造。').map((d) => d.within)).toEqual(['3y']);
    expect(pick('用三年左右时间，建成覆盖城乡的急救网络。').map((d) => d.within)).toEqual(['3y']);
    expect(pick('到“十四五”末，基本建成县域医共体。').map(({ year, month }) => [year, month])).toEqual([[2025, null]]);
    expect(pick('2026—2028年，每年新建智慧养老院10家。').map(({ year, month }) => [year, month])).toEqual([[2028, null]]);
    expect(pick('印发《全省养老服务体系建设规划（2026—2030年）》。')).toEqual([]);
    expect(pick('经过五年努力，全省医疗服务能力明显提升。')).toEqual([]);
    expect(pick('今年是实施“十五五”规划的开局之年。')).toEqual([]);
  });
});

describe('a sentence cut at `；` into tasks', () => {
  const tasks = (text: string) => {
    const { document } = compile(text);
    return partsOf(document).flatMap((part) => [...allNodes(part.body)].flatMap((node) => node.obligations));
  };

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
