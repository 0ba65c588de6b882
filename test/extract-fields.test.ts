import { describe, expect, it } from 'vitest';
import { findActions } from '../src/extract/find-actions.js';
import { findDeadline, findDeadlines, readDeadline } from '../src/extract/find-deadline.js';
import { findModality } from '../src/extract/find-modality.js';
import { findReferences } from '../src/extract/find-references.js';
import { findTargets } from '../src/extract/find-targets.js';
import { splitClauses } from '../src/text/clauses.js';

describe('findActions: the leading verb phrase of each task', () => {
  it('reads item 1 of the seed as four tasks', () => {
    expect(
      findActions('研究制定学习贯彻XXX法治思想新方式新举措，推动建立落实市县(区）镇（街道）三级党委(党组)理论学习中心组学习XXX法治思想常态化机制，举办领导干部学习贯彻XXX法治思想专题培训班，深化法治工作部门全战线、全覆盖培训轮训。'),
    ).toEqual(['研究制定', '推动建立', '举办', '深化']);
  });

  it('keeps adverbs and a second verb, or two verbs joined by 和', () => {
    expect(findActions('持续开展“守护平安”系列行动，常态化机制化开展扫黑除恶斗争，依法打击“黄赌毒拐骗”等突出违法犯罪，有效遏制新型网络犯罪高发态势。')).toEqual(['持续开展', '常态化机制化开展', '依法打击', '有效遏制']);
    expect(findActions('巩固和深化政法队伍教育整顿成果，推进全面从严治警常态化。')).toEqual(['巩固和深化', '推进']);
    expect(findActions('支持和规范发展新就业形态，依法维护我市新就业形态劳动者劳动保障权益。')).toEqual(['支持和规范发展', '依法维护']);
    expect(findActions('建立健全重大行政决策事项目录动态调整机制。')).toEqual(['建立健全']);
    expect(findActions('应用好行政执法综合管理监督信息平台。')).toEqual(['应用好']);
  });

  it('does not take the verb of the object as part of the action', () => {
    // 规范 takes no second verb: 采集使用… is what it regulates.
    expect(findActions('贯彻实施个人信息保护法，规范采集使用个人信息行为。')).toEqual(['贯彻实施', '规范']);
    expect(findActions('健全讯问犯罪嫌疑人、听取辩护人意见工作机制。')).toEqual(['健全']);
  });

  it('gives no action for clauses of circumstance', () => {
    expect(findActions('按照省委统一部署，深入开展“新春访万企、助力解难题”活动。')).toEqual(['深入开展']);
    expect(findActions('根据中央依法治国办对我省开展法治政府建设实地督察的反馈意见，认真做好法治政府建设督察问题整改工作。')).toEqual(['认真做好']);
    expect(findActions('依法依规、将心比心，做好初信初访和积案化解。')).toEqual(['做好']);
  });

  it('skips a subject, a modal and a time before the verb', () => {
    expect(findActions('党委（党组）书记要认真履行第一责任人职责，带头讲法治课，做尊法学法表率。')).toEqual(['认真履行', '带头讲', '做']);
    expect(findActions('发展改革委、扶贫办、农业农村部、商务部等部门要加强对消费扶贫工作的统筹协调，制定实施方案。')).toEqual(['加强', '制定']);
    expect(findActions('建立行政执法案例指导制度，重点执法部门定期发布行政执法指导案例。')).toEqual(['建立', '定期发布']);
    expect(findActions('2023年6月底前完成市、县两级行政许可事项清单编制。')).toEqual(['完成']);
    expect(findActions('大力宣传法治政府建设成效，必须选树一批先进典型。')).toEqual(['大力宣传', '选树']);
  });

  it('takes any subject without a verb before a modal, and a time in words before one', () => {
    expect(findActions('各服务窗口要设置咨询台，公开办理流程。')).toEqual(['设置', '公开']);
    expect(findActions('我们要进一步压缩审批时限。')).toEqual(['进一步压缩']);
    expect(findActions('今年要基本完成平台整合。')).toEqual(['基本完成']);
    expect(findActions('下一步要加快推进立法工作。')).toEqual(['加快推进']);
  });

  it('reads a preposition’s phrase after a subject or a modal, but not 在…, which sets a time there', () => {
    expect(findActions('各区要对排查出的问题进行评估。')).toEqual(['进行评估']);
    expect(findActions('各单位要在收到通知之日起10个工作日内，上报整改情况。')).toEqual(['上报']);
    expect(findActions('各运营单位对合作企业实施分类管理。')).toEqual(['实施']);
  });

  it('passes over the names of bodies in the subject, and 会同 another body', () => {
    // The task 各地 are guided to do is no action of its own: the README's `指导 X 做 Y` gives the governing verb only.
    expect(findActions('住房和城乡建设部会同交通运输部指导各地将充电设施纳入详细规划。')).toEqual(['指导']);
    expect(findActions('试点银行建立专营团队。')).toEqual(['建立']);
  });

  it('reads every verb of a chain: 制定…，细化…，明确…，并于…前报送', () => {
    expect(findActions('各市卫生健康部门要抓紧制定本地区工作方案，细化任务，明确分工，并于2024年9月30日前报送省卫生健康委。')).toEqual(['抓紧制定', '细化', '明确', '报送']);
    expect(findActions('有关部门要积极协调、指导推进试点工作。')).toEqual(['积极协调', '指导推进']);
  });

  it('finds the verb after a modal and a phrase of manner or time, and the verb 鼓励 governs', () => {
    expect(findActions('托育机构应按照国家标准配置安全设施。')).toEqual(['配置']);
    expect(findActions('各县区要于2024年6月30日前完成摸底。')).toEqual(['完成']);
    expect(findActions('鼓励有条件的街道试点开展社区助餐。')).toEqual(['试点开展']);
  });

  it('gives a sentence that only forbids its forbidden verb, and a clause of time none', () => {
    expect(findActions('专项资金和预算内投资支持的项目，地方不得挪作他用。')).toEqual(['挪作他用']);
    expect(findActions('严禁在托育机构内使用易燃材料。')).toEqual(['使用']);
    expect(findActions('法院审理专利案件时，可以引入技术调查官。')).toEqual(['引入']);
  });

  it('takes no verb that modifies a noun with 的, nor 改革 on its own', () => {
    expect(findActions('发展的质量和效益明显提高。')).toEqual([]);
    expect(findActions('公开的信息要通俗易懂。')).toEqual([]);
    expect(findActions('改革开放以来成效显著。')).toEqual([]);
    expect(findActions('改革完善考核评价办法，调整优化产业结构，简化办事流程。')).toEqual(['改革完善', '调整优化', '简化']);
    expect(findActions('初步建成全市统一的数据平台，允许企业自主确定收费标准。')).toEqual(['初步建成', '自主确定']);
    expect(findActions('要出具书面意见，主动告知申请人。')).toEqual(['出具', '主动告知']);
  });

  it('finds the verb after a preposition’s phrase', () => {
    expect(findActions('对党的十八大以来法治领域改革成效进行评估。')).toEqual(['进行评估']);
    expect(findActions('研究制定进一步加强基层法治建设的实施意见，对加强基层法治建设作出具体安排。')).toEqual(['研究制定', '作出']);
    expect(findActions('将党内法规制度执行情况作为各级党委(党组)督促检查、巡察重要内容。')).toEqual(['作为']);
    expect(findActions('为全面高质量发展提供更强更优法治保障。')).toEqual(['提供']);
    expect(findActions('在国家扶贫日前后积极开展消费扶贫活动。')).toEqual(['积极开展']);
  });

  it('finds none in a target written as a fact', () => {
    expect(findActions('部门联合抽查比例不低于20%。')).toEqual([]);
    expect(findActions('深化基层政务公开标准化规范化建设，主动公开率不少于95%。')).toEqual(['深化']);
  });
});

describe('deadlines', () => {
  it('reads a deadline as written into year and month', () => {
    expect(readDeadline('2022年底前')).toEqual({ text: '2022年底前', year: 2022, month: 12, ongoing: false, recurrence: null, within: null });
    expect(readDeadline('6月底前完成')).toEqual({ text: '6月底前完成', year: null, month: 6, ongoing: false, recurrence: null, within: null });
    expect(readDeadline('5月底取得明显成效并持续推进')).toEqual({ text: '5月底取得明显成效并持续推进', year: null, month: 5, ongoing: true, recurrence: null, within: null });
    expect(readDeadline('持续推进')).toEqual({ text: '持续推进', year: null, month: null, ongoing: true, recurrence: null, within: null });
    expect(readDeadline('长期坚持')).toMatchObject({ year: null, month: null, ongoing: true });
    expect(readDeadline('2023年12月底前')).toMatchObject({ year: 2023, month: 12 });
    expect(readDeadline('二〇二三年六月底前')).toMatchObject({ year: 2023, month: 6 });
    expect(readDeadline('上半年')).toMatchObject({ month: 6 });
    expect(readDeadline('三季度')).toMatchObject({ month: 9 });
  });

  it('reads every limit of a task: recurrence, the year it starts from, and spans from an event', () => {
    const pick = (text: string) => findDeadlines(text).map(({ year, month, recurrence, within }) => ({ year, month, recurrence, within }));
    expect(pick('2020年起，每年2月底前，各省级部门遴选项目，3月底前将清单报送国家发展改革委。')).toEqual([
      { year: 2020, month: 2, recurrence: 'yearly', within: null },
      { year: 2020, month: 3, recurrence: 'yearly', within: null },
    ]);
    expect(pick('各级机关应当于每年1月31日前公开上年度数据。')).toEqual([{ year: null, month: 1, recurrence: 'yearly', within: null }]);
    expect(pick('试点地区民政部门应当在一年内制定服务规范。')).toEqual([{ year: null, month: null, recurrence: null, within: '1y' }]);
    expect(pick('在评估结束后三个月内向社会公布评估结果，20个工作日内公开，半年内整改。').map((d) => d.within)).toEqual(['3m', '20d', '6m']);
    expect(pick('要于2025年6月30日前完成普查，2026年底前完成改造。').map((d) => [d.year, d.month])).toEqual([[2025, 6], [2026, 12]]);
  });

  it('reads 今年 opening a clause as a limit of the plan’s own year', () => {
    expect(findDeadlines('今年新增城镇就业1100万人以上。').map((d) => [d.text, d.year, d.month])).toEqual([['今年', null, null]]);
  });

  it('finds a deadline in a task’s own words', () => {
    expect(findDeadline('2023年6月底前完成市、县两级行政许可事项清单编制。')?.text).toBe('2023年6月底前完成');
    expect(findDeadline('年底前，各有关部门、各市政府实现“山东通”移动办公落地应用。')?.text).toBe('年底前');
    expect(findDeadline('到2024年，全省与其他RCEP国家货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%。')).toMatchObject({ text: '到2024年', year: 2024, month: null });
    expect(findDeadline('建立电子化网络化的全市物价信息服务平台，7月底前完成项目前期手续。')).toMatchObject({ text: '7月底前完成', month: 7 });
    expect(findDeadline('10月底完善平台各项功能，提升政府治理水平。')).toMatchObject({ text: '10月底', month: 10 });
    expect(findDeadline('开展法治政府建设督察，上半年完成对各区、县级市的实地督察。')).toMatchObject({ text: '上半年', month: 6 });
  });

  it('does not take years of names, editions and spans for deadlines', () => {
    for (const text of [
      '开展2022年度“十大法治人物”评选。',
      '推动落实X省实现法治政府建设率先突破的三年行动计划(2022-2024年)。',
      '贯彻落实《法治X建设规划(2021-2025年)》。',
      '贯彻实施重大案件侦查终结前对讯问合法性进行核查制度。',
      '2021年以来，累计建成基站1000个。',
      '持续推进法治XX、法治政府、法治社会规划方案贯彻落实。',
    ]) {
      expect(findDeadline(text), text).toBeNull();
    }
  });
});

describe('findTargets: quantities a task must reach', () => {
  it('finds values in yuan, beds and square metres that a task commits to', () => {
    expect(findTargets('到2025年，人均公共文化服务经费达到30元以上。').map((t) => t.quantity)).toEqual(['30元以上']);
    expect(findTargets('每千名儿童拥有托位数达到4.5个，每千人病床数达到6张。').map((t) => t.quantity)).toEqual(['4.5个', '6张']);
  });

  it('takes no formula, no rate or measure of a rule, no count of what exists or of a list just named', () => {
    expect(findTargets('计算方法：门诊预约诊疗人次数/同期门诊总人次数×100%。')).toEqual([]);
    expect(findTargets('落实研发费用税前100%加计扣除政策。')).toEqual([]);
    expect(findTargets('新建小区要按照每百户不少于30平方米的标准配建社区用房。')).toEqual([]);
    expect(findTargets('按照已经发布的60项数据标准完成系统改造。')).toEqual([]);
    expect(findTargets('完成数据安全、接口规范、目录管理等3项标准的立项工作。')).toEqual([]);
  });

  it('finds shares and counts with their clause', () => {
    expect(findTargets('组织开展新一轮法治政府建设督察，重点推进各县区各部门会议审议事项和重大决策事项合法性审查率、行政机关负责人出庭应诉率、村(社区)法律顾问聘请率实现常态化100%。')).toEqual([
      { text: '重点推进各县区各部门会议审议事项和重大决策事项合法性审查率、行政机关负责人出庭应诉率、村(社区)法律顾问聘请率实现常态化100%', quantity: '100%' },
    ]);
    expect(findTargets('应用好行政执法综合管理监督信息平台，行政执法机关法制审核人员原则上数量比例不应少于本单位执法人员总数的5%。')).toEqual([
      { text: '行政执法机关法制审核人员原则上数量比例不应少于本单位执法人员总数的5%', quantity: '5%' },
    ]);
    expect(findTargets('新增5G基站1000座，累计建设5G基站4600个。')).toEqual([
      { text: '新增5G基站1000座', quantity: '1000座' },
      { text: '累计建设5G基站4600个', quantity: '4600个' },
    ]);
    expect(findTargets('不断优化调整窗口设置，各级大厅综合一窗率达90%以上。')).toEqual([{ text: '各级大厅综合一窗率达90%以上', quantity: '90%以上' }]);
  });

  it('leaves out coverage without a figure, grants, years and figures in brackets', () => {
    for (const text of [
      '推进领导干部专题述法评议，实现县级以上党政主要负责人“述法”全覆盖。',
      '年底前实现全市行政村快递服务全覆盖。',
      '深化法治工作部门全战线、全覆盖培训轮训。',
      '持续推动律师行业党建全覆盖全规范全统领。',
      '省级按照项目设备购置额的10%给予奖补，最高500万元。',
      '对省级数字化车间、智能工厂，省级分别给予企业一次性奖补50万元、100万元。',
      '开展2022年度“十大法治人物”评选。',
      '半年考评分值=日常监测（60%）+实地调研（20%）',
      '涵盖话务、业务和可视化3大平台、19类功能模块。',
    ]) {
      expect(findTargets(text), text).toEqual([]);
    }
  });
});

describe('findReferences: cited documents', () => {
  it('keeps each title with its marks, in order', () => {
    expect(findReferences('加强《XXX法治思想学习纲要》《XXX法治思想学习问答》学习宣传工作。')).toEqual(['《XXX法治思想学习纲要》', '《XXX法治思想学习问答》']);
  });

  it('keeps a title cited inside another as one reference', () => {
    expect(findReferences('贯彻落实《<党政主要负责人履行推进法治建设第一责任人职责规定>工作要求落实指引》，推进领导干部专题述法评议。')).toEqual([
      '《<党政主要负责人履行推进法治建设第一责任人职责规定>工作要求落实指引》',
    ]);
    expect(findReferences('《安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）经贸新规则 扎实推进高水平开放实施意见》现印发给你们。')).toHaveLength(1);
  });

  it('finds none without book-title marks, and skips an unclosed mark', () => {
    expect(findReferences('贯彻落实民事诉讼法有关繁简分流制度。')).toEqual([]);
    expect(findReferences('贯彻落实《优化营商环境条例')).toEqual([]);
  });
});

describe('findModality', () => {
  const modality = (text: string) => findModality(text, findActions(text));
  it('is mandatory with 要, 必须, 不得, and not with 严格, which says how a task is done', () => {
    expect(modality('党委（党组）书记要认真履行第一责任人职责。')).toBe('mandatory');
    expect(modality('大力宣传法治政府建设成效，必须选树一批先进典型。')).toBe('mandatory');
    expect(modality('全面严格落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。')).toBe('plain');
    expect(modality('各部门要严格落实行政执法公示制度。')).toBe('mandatory');
    expect(modality('权责清单中的行政许可事项之外不得违法设定和实施行政许可。')).toBe('mandatory');
  });

  it('is exploratory with 探索, 试点, or a 研究 action that studies whether to act, not with 研究制定 (drawing up)', () => {
    expect(modality('探索建立因政策变化、规划调整等造成企业合法利益受损的补偿救济机制。')).toBe('exploratory');
    expect(modality('研究设立区域数据交易市场发展指标。')).toBe('exploratory');
    expect(modality('研究制定建立涉案企业合规第三方监督评估机制的实施意见。')).toBe('plain');
    expect(modality('领导小组统筹推进全市数字化转型工作，研究解决重大问题。')).toBe('plain');
    expect(modality('把开展城市社会治理现代化试点作为切入点。')).toBe('exploratory');
  });

  it('is mandatory with a plain 应, and with 都要 after a long condition', () => {
    expect(modality('托育机构应按照国家标准配备安全设施。')).toBe('mandatory');
    expect(modality('凡涉及群众切身利益、社会影响较大的，都要进行风险评估。')).toBe('mandatory');
  });

  it('is encouraged with 鼓励, 支持 or 可 governing the task, even beside a 试点', () => {
    expect(modality('鼓励有条件的街道试点开展“社区食堂+助餐服务”模式。')).toBe('encouraged');
    expect(modality('支持高校与企业共建实训基地。')).toBe('encouraged');
    expect(modality('审理复杂案件时，可以聘请技术专家出具意见。')).toBe('encouraged');
    expect(modality('符合条件的，可免除相应责任。')).toBe('encouraged');
  });

  it('reads no modality from names and exceptions: 试点地区, 除禁止…外, 支持和规范, 可办, 应诉', () => {
    expect(modality('在试点城市开展家庭照护床位建设。')).toBe('plain');
    expect(modality('试点银行建立专营团队。')).toBe('plain');
    expect(modality('进口的医疗器械，除禁止进口的外，海关按规定验放。')).toBe('plain');
    expect(modality('支持和规范发展平台经济。')).toBe('plain');
    expect(modality('实现政务服务异地可办。')).toBe('plain');
    expect(modality('提高行政机关负责人出庭应诉率。')).toBe('plain');
  });

  it('is plain otherwise: 要 inside 重要, 研究 as a noun', () => {
    expect(modality('注重发挥政府在地方立法中的重要作用。')).toBe('plain');
    expect(modality('深化XXX法治思想重大理论和实践问题研究。')).toBe('plain');
    expect(modality('推动落实进一步提升行政机关负责人出庭应诉效果推动行政争议实质性化解的意见。')).toBe('plain');
  });
});

describe('splitClauses', () => {
  it('cuts at ，；。： outside quotes and brackets, not inside numbers', () => {
    const text = '开展“新春访万企、助力解难题”活动，研究梳理（含短板，不足）问题；投入1,000万元。';
    expect(splitClauses(text).map((s) => text.slice(s.start, s.end))).toEqual(['开展“新春访万企、助力解难题”活动', '研究梳理（含短板，不足）问题', '投入1,000万元']);
  });
});
