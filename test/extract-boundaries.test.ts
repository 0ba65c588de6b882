import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import type { Node } from '../src/model/index.js';
import { toSourceText } from '../src/emit/source-text.js';
import { splitHeadline } from '../src/parse/split-headline.js';
import { taskRows } from '../src/emit/csv.js';

// Plans written for these tests in the style of provincial and ministry plans: where an
// obligation starts and ends when a heading has no stop of its own.

const compiled = (text: string, path = 'plan.txt') => compile(Buffer.from(text), { path }).document;
const all = (nodes: Node[]): Node[] => nodes.flatMap((node) => [node, ...all(node.children)]);

describe('a heading without its 。', () => {
  it('is the title, not part of the first obligation, when a line break ends it (a Markdown paragraph)', () => {
    const text = '# 基层卫生人才队伍建设实施方案\n\n一、重点任务\n\n（一）加强队伍建设\n各地要按照服务人口配备乡村医生，2025年底前实现每个行政村至少有1名乡村医生。\n\n（二）完善激励机制\n落实基层医疗卫生机构绩效工资政策，绩效工资总量向临床一线倾斜。\n';
    const document = compiled(text, 'plan.md');
    const nodes = all(document.body).filter((node) => node.kind === 'subsection');
    expect(nodes.map((node) => node.title)).toEqual(['加强队伍建设', '完善激励机制']);
    expect(nodes.map((node) => node.obligations.map((o) => o.text))).toEqual([
      ['各地要按照服务人口配备乡村医生，2025年底前实现每个行政村至少有1名乡村医生。'],
      ['落实基层医疗卫生机构绩效工资政策，绩效工资总量向临床一线倾斜。'],
    ]);
  });

  it('is the title when blanks end it on the line of its first sentence', () => {
    const text = '一、保障措施\n1.加强组织领导　各地要建立联席会议制度，定期研究解决重大问题。\n2.强化督导考核 将落实情况纳入年度目标考核，考核结果向社会公开。\n';
    const document = compiled(text);
    const items = all(document.body).filter((node) => node.kind === 'item');
    expect(items.map((node) => node.title)).toEqual(['加强组织领导', '强化督导考核']);
    expect(items.map((node) => node.obligations.map((o) => o.text))).toEqual([
      ['各地要建立联席会议制度，定期研究解决重大问题。'],
      ['将落实情况纳入年度目标考核，考核结果向社会公开。'],
    ]);
    expect(toSourceText(document)).toBe(text);
  });

  it('is not read from a wrapped first line, nor from spaces a PDF leaves inside a sentence', () => {
    // A wrapped line runs as long as the line after it; a heading is shorter than its sentence.
    expect(splitHeadline('各地要按照服务人口配备乡村医生并建立健全\n定期培训制度，培训合格后方可执业。', '（一）').title).toBeNull();
    expect(splitHeadline('全面推进 依法治市工作，建立 健全法治督察制度。', '1.').title).toBeNull();
    expect(splitHeadline('加强队伍建设\n各地要按照服务人口配备乡村医生。', '（一）')).toEqual({ title: '加强队伍建设', titleEnd: '\n', text: '各地要按照服务人口配备乡村医生。' });
  });
});

describe('a short first sentence that binds somebody', () => {
  it('is the item\'s first task, not its title (依托单位应当…工作。)', () => {
    expect(splitHeadline('申报单位应当按时完成项目材料的审核和报送工作。在6月30日前通过系统提交申报清单。', '3.').title).toBeNull();
    expect(splitHeadline('加强项目审核。申报单位要在6月30日前通过系统提交申报清单。', '3.').title).toBe('加强项目审核');
    const text = '一、申报要求\n1.申报单位应当按时完成项目材料的审核和报送工作。在6月30日前通过系统提交申报清单。\n';
    const item = compiled(text).body[0]!.children[0]!;
    expect(item.obligations.map((o) => [o.text, o.modality])).toEqual([
      ['申报单位应当按时完成项目材料的审核和报送工作。', 'mandatory'],
      ['在6月30日前通过系统提交申报清单。', 'plain'],
    ]);
  });

  it('is the item\'s first task when its doer comes before a modal of one character (…单位要实行…。, 企业应建立…。); 重要, 主要 and an opening 要 bind nobody', () => {
    for (const lead of ['城管、市场监管、住建等执法队伍要实行错峰联合巡查', '各类物流企业应建立从业人员安全培训档案', '承办单位须落实场馆消防安全责任']) {
      expect(splitHeadline(`${lead}。对群众反映的问题，按月汇总通报。`, '5.').title).toBeNull();
    }
    // A modal the segmenter cut out of a set phrase or a word (应|收|尽|收, 应|届, 要|义) binds nobody either.
    for (const lead of ['推进重要领域安全监管', '完善主要物流节点布局', '要坚持问题导向', '推进社保费应收尽收', '推动政务服务事项应进必进', '实施应届毕业生就业帮扶', '做好政策应知应会宣传', '深刻把握全会精神要义']) {
      expect(splitHeadline(`${lead}。对群众反映的问题，按月汇总通报。`, '5.').title).toBe(lead);
    }
    const item = compiled('一、联合执法\n5．城管、市场监管、住建等执法队伍要实行错峰联合巡查。对群众反映的问题，按月汇总通报。\n').body[0]!.children[0]!;
    expect(item.obligations.map((o) => [o.text, o.modality])).toEqual([
      ['城管、市场监管、住建等执法队伍要实行错峰联合巡查。', 'mandatory'],
      ['对群众反映的问题，按月汇总通报。', 'plain'],
    ]);
  });
});

describe('a short first sentence that lets or helps a doer act', () => {
  it('is the item\'s first task when it sets out for whom, when or with what the doer acts (鼓励…为…提供…。); a heading leaves that to its sentences (支持企业上市。)', () => {
    for (const lead of ['鼓励商业银行为个体工商户提供首贷服务', '允许符合条件的社区食堂在节假日延长营业时间', '支持养老机构利用闲置校舍开设日间照料中心']) {
      expect(splitHeadline(`${lead}。对新开业的，给予一次性补助。`, '8.').title).toBeNull();
    }
    for (const lead of ['支持企业上市', '鼓励社会力量参与', '支持企业加大研发投入', '推动部门业务系统与全市平台对接']) {
      expect(splitHeadline(`${lead}。对新开业的，给予一次性补助。`, '8.').title).toBe(lead);
    }
    const items = compiled('二、金融服务\n7．支持企业上市。对在境内外上市的企业给予奖励。\n8．鼓励商业银行为个体工商户提供首贷服务。对首贷金额较大的，给予贴息。\n').body[0]!.children;
    expect(items.map((item) => [item.title, item.obligations.map((o) => o.text)])).toEqual([
      ['支持企业上市', ['对在境内外上市的企业给予奖励。']],
      [null, ['鼓励商业银行为个体工商户提供首贷服务。', '对首贷金额较大的，给予贴息。']],
    ]);
  });
});

describe('a short first sentence that sets a bound on a figure', () => {
  it('is the item\'s first task, a target, not its title (…3万人次以上。); a figure inside a name does not make it one', () => {
    for (const lead of ['全市每年培训社区医生3万人次以上', '新建公共充电桩不少于500个', '城区道路清扫保洁面积达到95%']) {
      expect(splitHeadline(`${lead}。各区要于3月底前报送工作计划。`, '2.').title).toBeNull();
    }
    expect(splitHeadline('做好第三次全国1%人口抽样调查准备工作。各区要于3月底前报送工作计划。', '2.').title).toBe('做好第三次全国1%人口抽样调查准备工作');
    const item = compiled('一、人才培养\n1．全市每年培训社区医生3万人次以上。力争到2028年，每万人口拥有全科医生5名。\n').body[0]!.children[0]!;
    expect(item.obligations.map((o) => o.text)).toEqual(['全市每年培训社区医生3万人次以上。', '力争到2028年，每万人口拥有全科医生5名。']);
  });
});

describe('a short first sentence with a comma', () => {
  it('is the task, not the title, when it states a figure or binds somebody, and then does not make the plan one of comma headings', () => {
    const text = '一、节能降耗\n1．全区学校生均用水量较上年下降3%，单位面积电耗下降2%。各学校要按季度报送用水用电数据。\n2．推进校园照明改造，年内更换节能灯具5000盏。鼓励采用节能服务方式实施改造。\n3．加强宣传教育，培养节约习惯。组织开展节能主题班会。\n4．开展校舍使用情况核查，对闲置校舍的，应当提出处置方案。严禁出租出借校舍。\n';
    const items = compiled(text).body[0]!.children;
    expect(items.map((node) => node.title)).toEqual([null, null, null, null]);
    expect(items.map((node) => node.obligations[0]!.text)).toEqual([
      '全区学校生均用水量较上年下降3%，单位面积电耗下降2%。',
      '推进校园照明改造，年内更换节能灯具5000盏。',
      '加强宣传教育，培养节约习惯。',
      '开展校舍使用情况核查，对闲置校舍的，应当提出处置方案。',
    ]);
  });
});

describe('a short first sentence in a plan that does not head its items', () => {
  const tasks = ['组织开展节水宣传活动，全年不少于10场。', '推进节水型单位建设，年内新建20家。', '加强用水计量管理，按月通报用水情况。', '开展管网漏损排查，及时修复漏点。', '完善节水激励机制，落实阶梯水价政策。', '推广节水器具，鼓励居民更换老旧器具。', '加强再生水利用，扩大绿化用水范围。', '开展节水型小区评选，评选结果向社会公开。', '建立用水大户名录，实行重点监控。'];

  it('is the item\'s first task when almost no item of the plan opens with a title', () => {
    const text = `一、重点任务\n${tasks.map((task, i) => `${i + 1}．${task}`).join('\n')}\n10．探索建立节水信用评价机制。不得以节水名义收取费用。\n`;
    const items = compiled(text).body[0]!.children;
    expect(items.every((node) => node.title === null)).toBe(true);
    expect(items.at(-1)!.obligations.map((o) => o.text)).toEqual(['探索建立节水信用评价机制。', '不得以节水名义收取费用。']);
  });

  it('is the item\'s first task though the plan heads its phases: a phase\'s heading names a period, not a task', () => {
    const phases = ['宣传发动阶段（2027年3月—4月）。各街道制定工作方案。', '集中推进阶段（2027年5月—10月）。开展节水专项行动。', '总结提升阶段（2027年11月—12月）。总结推广工作经验。'];
    const numbers = '一二三四五六七八九十';
    const text = `一、重点任务\n${tasks.map((task, i) => `（${numbers[i]}）${task}`).join('\n')}\n（十）鼓励餐饮企业使用节水器具。支持街道开展节水试点。\n二、时间安排\n${phases.map((phase, i) => `（${numbers[i]}）${phase}`).join('\n')}\n`;
    const [tasksSection, phasesSection] = compiled(text).body;
    expect(tasksSection!.children.at(-1)!.obligations.map((o) => o.text)).toEqual(['鼓励餐饮企业使用节水器具。', '支持街道开展节水试点。']);
    expect(phasesSection!.children.map((node) => node.title)).toEqual(['宣传发动阶段（2027年3月—4月）', '集中推进阶段（2027年5月—10月）', '总结提升阶段（2027年11月—12月）']);
  });

  it('stays the title where its own section heads most of its items so, or a fifth of the plan\'s items have titles', () => {
    const many = [...tasks, ...tasks].map((task, i) => `${i + 1}．${task}`).join('\n');
    const section = `一、重点任务\n${many}\n二、保障措施\n19．加强组织领导。各单位要明确责任人。\n20．强化督促检查。定期通报进展情况。\n`;
    expect(compiled(section).body[1]!.children.map((node) => node.title)).toEqual(['加强组织领导', '强化督促检查']);
    const mixed = `一、重点任务\n${tasks.slice(0, 4).map((task, i) => `${i + 1}．${task}`).join('\n')}\n5．加强组织领导。各单位要明确责任人。\n`;
    expect(compiled(mixed).body[0]!.children.at(-1)!.title).toBe('加强组织领导');
  });
});

describe('a short first sentence shaped as a task', () => {
  it('is the item\'s first task when something stands before its verb that a heading never has', () => {
    // Its doer, its time, its partner or its object moved before the verb by 将.
    for (const lead of ['各区财政要将垃圾分类经费列入年度预算', '本专项项目实行网上申报', '汛期前完成全区排水管网清淤', '每年春节前组织开展消防安全大检查', '与区公安分局建立信息通报机制', '将考核结果纳入干部年度考评', '鼓励将小区保洁交由物业企业承担', '交通、城管等部门配合做好路面保洁']) {
      expect(splitHeadline(`${lead}。各街道要于3月底前报送工作计划。`, '2.').title).toBeNull();
    }
  });

  it('stays the title when it names a task by its verb and object, or is a phase', () => {
    for (const lead of ['加强资金保障', '支持企业加大研发投入', '鼓励社会参与', '健全应急保障网络', '汛前准备阶段（2027年3月—4月）']) {
      expect(splitHeadline(`${lead}。各街道要于3月底前报送工作计划。`, '2.').title).toBe(lead);
    }
  });

  it('gives an obligation of its own', () => {
    const item = compiled('一、重点任务\n1．汛期前完成全区排水管网清淤。各街道要于3月底前报送清淤计划。\n').body[0]!.children[0]!;
    expect(item.obligations.map((o) => o.text)).toEqual(['汛期前完成全区排水管网清淤。', '各街道要于3月底前报送清淤计划。']);
  });
});

describe('a plan whose items are one paragraph each, ending with an item of one short sentence', () => {
  it('gives that sentence to the item as its task and the paragraph after it to the closing', () => {
    const items = ['修订区级应急预案，组织开展综合演练', '完善预警信息发布渠道，扩大覆盖面', '开展隐患排查，建立整改台账', '加强应急物资储备，动态更新清单', '推进基层应急站点建设，配齐装备', '组织应急知识宣传，开展进社区活动', '健全值班值守制度，落实领导带班', '加强救援队伍建设，开展专业培训'];
    const text = ['××区应急管理局2027年工作要点', '一、重点工作', ...items.map((item, i) => `${i + 1}．${item}。`), '二、队伍建设', '9．局党组每季度专题研究一次安全生产工作。', '各科室要于6月25日前报送工作要点落实情况。', ''].join('\n');
    const document = compiled(text);
    const last = all(document.body).at(-1)!;
    expect([last.title, last.obligations.map((o) => o.text)]).toEqual([null, ['局党组每季度专题研究一次安全生产工作。']]);
    expect(document.closingObligations!.map((o) => o.text)).toEqual(['各科室要于6月25日前报送工作要点落实情况。']);
    expect(toSourceText(document)).toBe(text);
  });
});

describe('a sentence that only points to a table or an attachment', () => {
  it('is no obligation (主要指标见表1。), unlike a task that names one', () => {
    const text = '一、主要目标\n到2027年，全区新建社区食堂20个。主要指标见表2。\n二、保障措施\n各街道要按照附件要求报送进展。具体名单详见附件1。\n';
    expect(compiled(text).body.map((node) => node.obligations.map((o) => o.text))).toEqual([
      ['到2027年，全区新建社区食堂20个。'],
      ['各街道要按照附件要求报送进展。'],
    ]);
  });
});

describe('a dated duty in the closing', () => {
  const plan = [
    '关于推进县域医共体建设的实施意见',
    '一、重点任务',
    '（一）完善管理体制。各县要成立医共体管理委员会，统筹医共体规划建设。',
    '（二）健全运行机制。推进医共体内人员统筹使用。',
    '各地区、各部门要于2026年6月30日前制定落实本意见的具体措施，并报省卫生健康委备案。省卫生健康委要加强跟踪指导，重大问题及时报告省政府。',
    '本意见自印发之日起施行。',
    'XX省卫生健康委员会',
    '2025年12月1日',
    '',
  ].join('\n');

  it('gives task rows of the closing: every sentence of its paragraph, none of a paragraph without one', () => {
    const document = compiled(plan);
    expect(document.closing.map((block) => block.text)).toContain('本意见自印发之日起施行。');
    expect(document.closingObligations!.map((o) => [o.eId, o.text, o.deadline?.text ?? null])).toEqual([
      ['closing__obl_1', '各地区、各部门要于2026年6月30日前制定落实本意见的具体措施，并报省卫生健康委备案。', '于2026年6月30日前'],
      ['closing__obl_2', '省卫生健康委要加强跟踪指导，重大问题及时报告省政府。', null],
    ]);
    expect(document.closingObligations![0]!.modality).toBe('mandatory');
    expect(toSourceText(document)).toBe(plan);
  });

  it('puts them in the CSV task table after the nodes\' tasks, with kind closing', () => {
    const rows = taskRows(compiled(plan));
    expect(rows.map((row) => [row[5], row[6], row[8]])).toEqual([
      ['subsection', '（一）', 'sec_1__subsec_1__obl_1'],
      ['subsection', '（二）', 'sec_1__subsec_2__obl_1'],
      ['closing', '', 'closing__obl_1'],
      ['closing', '', 'closing__obl_2'],
    ]);
    expect(rows[2]![7]).toBe('各地区、各部门要于2026年6月30日前制定落实本意见的具体措施');
  });
});

describe('cells of an indicator table', () => {
  const plan = [
    'XX省基层医疗卫生服务能力提升行动方案',
    '一、主要目标',
    '到2027年，基层医疗卫生服务能力明显提升，主要指标见下表。',
    '指标名称',
    '2024年',
    '2027年',
    '指标性质',
    '每千人口基层卫生人员数（人）',
    '3.2',
    '3.8',
    '预期性',
    '计算方法：基层卫生人员数/常住人口数×1000',
    '指标来源：省卫生健康委。',
    '家庭医生签约服务覆盖率（%）',
    '40',
    '50',
    '定量',
    '计算方法：签约人数/常住人口数×100%',
    '指标来源：省卫生健康委。',
    '各市要将上述指标纳入年度目标考核。',
    '牵头单位：省卫生健康委',
    '二、重点任务',
    '（一）加强人才队伍建设。各地要按照服务人口配备乡村医生。',
    '',
  ].join('\n');

  it('are never obligations; the sentences around the table and its unit line are read as before', () => {
    const document = compiled(plan);
    const section = document.body[0]!;
    expect(section.obligations.map((o) => [o.text, o.leads])).toEqual([
      ['到2027年，基层医疗卫生服务能力明显提升，主要指标见下表。', ['省卫生健康委']],
      ['各市要将上述指标纳入年度目标考核。', ['省卫生健康委']],
    ]);
    expect(toSourceText(document)).toBe(plan);
  });

  it('leave alone a short paragraph beside prose, and a label that opens a sentence (its obligation starts after the label)', () => {
    const text = '一、保障措施\n工作目标：到2026年，全省乡镇卫生院服务能力全部达到基本标准。\n加强经费保障\n各地要将基层医疗卫生机构运行经费纳入财政预算。\n';
    const section = compiled(text).body[0]!;
    expect(section.obligations.map((o) => o.text)).toEqual([
      '到2026年，全省乡镇卫生院服务能力全部达到基本标准。',
      '加强经费保障',
      '各地要将基层医疗卫生机构运行经费纳入财政预算。',
    ]);
  });
});

describe('an indicator table copied with tabs between its cells', () => {
  it('gives no obligation in its node, nor in the closing after the last item (附表), where a year in its caption is no dated duty', () => {
    const text = [
      'XX县2026年城乡供水工作要点',
      '一、工作目标',
      '到2026年底，全县农村供水保障水平稳步提升，主要指标如下：',
      '指标\t2025年\t2026年\t属性',
      '农村自来水普及率（%，年末）\t95\t97\t约束性',
      '规模化供水工程覆盖人口（万人）\t12.5\t14\t预期性',
      '注：1.普及率按常住人口计算。',
      '二、重点任务',
      '1.完善供水工程。年内新建改造供水管网80公里。',
      '各乡镇、各有关部门要对照本要点细化措施，于6月底前报送工作进展情况。',
      '附表',
      '2026年供水水质指标',
      '指标名称',
      '目标值',
      '水质达标率（%）',
      '≥92',
      '',
    ].join('\n');
    const document = compiled(text);
    expect(document.body[0]!.obligations.map((o) => o.text)).toEqual(['到2026年底，全县农村供水保障水平稳步提升，主要指标如下：']);
    expect(document.body[0]!.blocks.map((block) => block.role)).toEqual(['paragraph', 'table-cell', 'table-cell', 'table-cell', 'note']);
    expect(document.closingObligations!.map((o) => o.text)).toEqual(['各乡镇、各有关部门要对照本要点细化措施，于6月底前报送工作进展情况。']);
    expect(toSourceText(document)).toBe(text);
  });

  it('leaves alone a sentence with a tab in it, and a lone short line with tabs beside prose', () => {
    const section = compiled('一、重点任务\n各乡镇要加强供水工程巡查，\t发现问题及时整改。\n巡查\t整改\n各村要落实管护责任。\n').body[0]!;
    expect(section.obligations.map((o) => o.text)).toEqual(['各乡镇要加强供水工程巡查，\t发现问题及时整改。', '巡查\t整改', '各村要落实管护责任。']);
  });
});

describe('a list of notes (注：)', () => {
  it('gives no obligation and no items, whether its first note stands on the label\'s line or under it; the plan\'s numbering goes on after it', () => {
    const text = [
      'XX市2026年老旧小区改造工作要点',
      '一、工作目标',
      '全年完成老旧小区改造60个。',
      '注：1.改造数量按开工计算。',
      '2.老旧小区指2000年底前建成的住宅小区。',
      '二、重点任务',
      '1.完善改造内容。各区要优先改造水电气路等配套设施。',
      '注：',
      '1.配套设施含供水、排水、燃气管道。',
      '2.加强资金保障。各区要将改造资金纳入年度预算。',
      '',
    ].join('\n');
    const document = compiled(text);
    expect(all(document.body).map((node) => node.num.raw)).toEqual(['一、', '二、', '1.', '2.']);
    expect(all(document.body).flatMap((node) => node.obligations.map((o) => o.text))).toEqual([
      '全年完成老旧小区改造60个。',
      '各区要优先改造水电气路等配套设施。',
      '各区要将改造资金纳入年度预算。',
    ]);
    expect(document.body[0]!.blocks.map((block) => block.role)).toEqual(['paragraph', 'note', 'note']);
    expect(toSourceText(document)).toBe(text);
  });
});

describe('a print line of the 版记 without the issuer before its date', () => {
  it('is no task of the closing (2026年2月10日印发)', () => {
    const text = 'XX局2026年工作要点\n一、重点任务\n1.加强执法监管。年内开展专项检查4次。\n各科室要对照本要点细化措施，于3月底前报送分解方案。\n\nXX局办公室\n2026年2月10日印发\n';
    const document = compiled(text);
    expect(document.closingObligations!.map((o) => o.text)).toEqual(['各科室要对照本要点细化措施，于3月底前报送分解方案。']);
    expect(document.closing.find((block) => block.text === '2026年2月10日印发')?.role).toBe('colophon');
  });
});

describe('closing paragraphs that set tasks without a date', () => {
  it('give task rows when a sentence holds an action or a time limit; an effective-date line alone gives none', () => {
    const plan = [
      '关于支持中小企业数字化转型的若干措施',
      '一、支持企业上云。对中小企业上云给予补助。',
      '二、培育服务商。支持服务商开发轻量化应用。',
      '市工业和信息化局会同市财政局制定具体实施细则。严格资金审核，强化绩效评价。鼓励各区给予配套支持。',
      '本措施由市工业和信息化局负责解释。',
      '本措施自印发之日起施行。',
      '各区在执行中遇到的问题，请于2026年10月31日前书面反馈市工业和信息化局。',
      '',
    ].join('\n');
    const document = compiled(plan);
    expect(document.closingObligations!.map((o) => [o.text, o.modality])).toEqual([
      ['市工业和信息化局会同市财政局制定具体实施细则。', 'plain'],
      ['严格资金审核，强化绩效评价。', 'plain'],
      ['鼓励各区给予配套支持。', 'encouraged'],
      ['本措施由市工业和信息化局负责解释。', 'plain'],
      ['各区在执行中遇到的问题，请于2026年10月31日前书面反馈市工业和信息化局。', 'plain'],
    ]);
    expect(toSourceText(document)).toBe(plan);
  });
});

describe('a list after a colon', () => {
  it('stays one obligation when the lead-in ends in a word a label ends in (…分解到各镇和有关部门：)', () => {
    const text = '一、分解落实任务\n县发展改革局制定年度计划，将上述任务分解到各镇和有关部门：县住建局负责老旧小区改造，每年改造小区10个以上；县水利局负责农村供水保障；各镇人民政府负责项目用地协调。\n牵头单位：县发展改革局\n';
    const section = compiled(text).body[0]!;
    expect(section.obligations.map((o) => [o.text, o.leads])).toEqual([
      ['县发展改革局制定年度计划，将上述任务分解到各镇和有关部门：县住建局负责老旧小区改造，每年改造小区10个以上；县水利局负责农村供水保障；各镇人民政府负责项目用地协调。', ['县发展改革局']],
    ]);
  });
});

describe('a note right under an indicator table', () => {
  it('is a cell of the table, not an obligation (注：…=…)', () => {
    const text = ['一、主要目标', '到2028年，全县农村电商服务站点实现行政村全覆盖。', '指标名称', '2025年', '2028年', '电商服务站点覆盖率（%）', '80', '100', '注：电商服务站点覆盖率=有电商服务站点的行政村数/行政村总数×100%。', '二、重点任务', '（一）完善站点布局。各镇要统筹设置电商服务站点。', ''].join('\n');
    const document = compiled(text);
    expect(document.body[0]!.obligations.map((o) => o.text)).toEqual(['到2028年，全县农村电商服务站点实现行政村全覆盖。']);
    expect(toSourceText(document)).toBe(text);
  });
});

describe('a sentence a line break cuts off at the end of a paragraph', () => {
  it('is one obligation with the paragraph after it, positioned over both lines', () => {
    const text = [
      '一、工作要求',
      '（一）数据报送。各县每季度报送项目进展情况。报送数据有误的，应当在发现之日起10个工作日内',
      '更正，并注明更正原因。',
      '（二）经费保障。各县要将工作经费纳入年度预算。',
      '',
    ].join('\n');
    const document = compiled(text);
    const item = document.body[0]!.children[0]!;
    expect(item.obligations.map((o) => o.text)).toEqual(['各县每季度报送项目进展情况。', '报送数据有误的，应当在发现之日起10个工作日内更正，并注明更正原因。']);
    const broken = item.obligations[1]!;
    expect(broken.modality).toBe('mandatory');
    expect(text.slice(broken.position!.start.offset, broken.position!.end.offset)).toBe('报送数据有误的，应当在发现之日起10个工作日内\n更正，并注明更正原因。');
    expect(toSourceText(document)).toBe(text);
  });

  it('is one obligation across one blank line where every line is indented alike (a print file’s page break), not across a new indent', () => {
    const text = [' 一、重点任务', '', ' （一）改善人居环境。推进雨污分流改造。完善社区服务设施，新建便民市场、停车场等生活', '', ' 配套设施。各街道做好长效管理。', ''].join('\n');
    const document = compiled(text);
    const item = document.body[0]!.children[0]!;
    expect(item.obligations.map((o) => o.text.replace(/\s/gu, ''))).toEqual(['推进雨污分流改造。', '完善社区服务设施，新建便民市场、停车场等生活配套设施。', '各街道做好长效管理。']);
    expect(toSourceText(document)).toBe(text);
    const indented = [' 一、重点任务', '', ' （一）改善人居环境。推进雨污分流改造。完善社区服务设施，新建便民市场、停车场等生活', '', '   配套设施。', ''].join('\n');
    expect(compiled(indented).body[0]!.children[0]!.obligations.map((o) => o.text.replace(/\s/gu, ''))).not.toContain('完善社区服务设施，新建便民市场、停车场等生活配套设施。');
  });

  it('joins one line to the next only, and leaves a comma in a note or a line ending in a bracket alone', () => {
    const text = ['一、工作要求', '（一）数据报送。各县按月报送。出现错误的，应当', '及时更正。甲。乙，丙', '丁，戊', '（二）经费保障。各县要将经费纳入预算。（牵头单位：县财政局，县水利局）', '各乡镇配合。', ''].join('\n');
    const [first, second] = compiled(text).body[0]!.children;
    expect(first!.obligations.map((o) => o.text)).toEqual(['各县按月报送。', '出现错误的，应当及时更正。', '甲。', '乙，丙', '丁，戊']);
    expect(second!.obligations.map((o) => o.text)).toEqual(['各县要将经费纳入预算。', '各乡镇配合。']);
  });

  it('joins a line whose last clause stops at a frame word (…。根据) to the line after it', () => {
    const text = ['一、保障措施', '（一）经费保障。按照', '省财政厅《关于规范专项资金管理的通知》要求，各县要将工作经费纳入年度预算。', '（二）队伍保障。各乡镇配备专职人员。', ''].join('\n');
    const document = compiled(text);
    const [first] = document.body[0]!.children;
    expect(first!.obligations.map((o) => o.text)).toEqual(['按照省财政厅《关于规范专项资金管理的通知》要求，各县要将工作经费纳入年度预算。']);
    expect(first!.obligations[0]!.modality).toBe('mandatory');
    expect(toSourceText(document)).toBe(text);
  });

  it('leaves alone a short line without a stop beside prose (a heading), and a paragraph that ends in a colon', () => {
    const text = '一、保障措施\n各地要加强统筹协调。\n加强经费保障\n各地要将运行经费纳入财政预算。\n';
    expect(compiled(text).body[0]!.obligations.map((o) => o.text)).toEqual(['各地要加强统筹协调。', '加强经费保障', '各地要将运行经费纳入财政预算。']);
  });
});

describe('a time before a colon (a phase, a year)', () => {
  const plan = [
    '××区垃圾分类工作方案',
    '一、进度安排',
    '1．宣传发动阶段（4月）：各街道印发倡议书，组织入户宣传。',
    '2．全面推开阶段（5月—11月）：各小区设置分类投放点。',
    '二、实施步骤',
    '（一）2027年：完成示范小区建设。',
    '（二）2028—2029年：全面推开分类收运。',
    '三、保障措施',
    '（一）工作目标：各街道建成分类示范小区2个。',
    '',
  ].join('\n');

  it('stays with the tasks it dates, as one task; a name before a colon is the title', () => {
    const document = compiled(plan);
    const nodes = all(document.body).filter((node) => node.kind !== 'section');
    expect(nodes.map((node) => [node.title, node.label])).toEqual([
      [null, '宣传发动阶段（4月）'],
      [null, '全面推开阶段（5月—11月）'],
      [null, '2027年'],
      [null, '2028—2029年'],
      ['工作目标', '工作目标'],
    ]);
    expect(nodes.map((node) => node.obligations.map((o) => o.text))).toEqual([
      ['宣传发动阶段（4月）：各街道印发倡议书，组织入户宣传。'],
      ['全面推开阶段（5月—11月）：各小区设置分类投放点。'],
      ['2027年：完成示范小区建设。'],
      ['2028—2029年：全面推开分类收运。'],
      ['各街道建成分类示范小区2个。'],
    ]);
    expect(toSourceText(document)).toBe(plan);
  });

  it('names no act of the task, and its phase still dates the task', () => {
    const [first, second] = all(compiled(plan).body).filter((node) => node.kind === 'item');
    expect(first!.obligations[0]!.actions).toEqual(['印发', '组织']);
    expect(second!.obligations[0]!.actions).toEqual(['设置']);
    expect(second!.obligations[0]!.deadlines.map((d) => d.month)).toEqual([11]);
  });

  it('a year or a period before the colon dates the task as `2027年，…` would', () => {
    const nodes = all(compiled(plan).body);
    const [year, period] = ['2027年', '2028—2029年'].map((label) => nodes.find((node) => node.label === label));
    expect(year!.obligations[0]!.deadlines.map((d) => [d.text, d.year])).toEqual([['2027年', 2027]]);
    expect(period!.obligations[0]!.deadlines.map((d) => d.year)).toEqual([2029]);
  });
});

describe('numbered sub-items run together in one paragraph', () => {
  const obligations = (text: string) => all(compiled(text).body).flatMap((node) => node.obligations.map((o) => [o.text, o.leads.join('、')]));

  it('reads each item without its marker and its heading, and takes its unit note off', () => {
    const text = '××市深化改革工作要点\n一、深化改革\n1.深化商事制度改革。（1）全面落实“多证合一”改革。按照省里要求，全面实行“多证合一”；深化部门间信息共享。（市工商质监局牵头负责）（2）完善企业登记全程电子化。推行全程电子化登记。（市政务服务局牵头负责）\n';
    expect(obligations(text)).toEqual([
      ['按照省里要求，全面实行“多证合一”；', '市工商质监局'],
      ['深化部门间信息共享。', '市工商质监局'],
      ['推行全程电子化登记。', '市政务服务局'],
    ]);
  });

  it('reads a run-in 一是…。 heading as a title, and keeps 一是 in a sentence that is a task', () => {
    const text = '××市交通运输工作要点\n一、重点任务\n（一）强化交通基础设施建设。一是千方百计加快高速公路项目建设。将宿固高速作为重中之重，全力推进。二是推进国省干线公路建设。实施国省干线项目15个。\n（二）优化运输服务。一是全面清理规范收费，取消不合理收费。二是推行客运联网售票，方便群众出行。\n';
    expect(obligations(text).map(([sentence]) => sentence)).toEqual([
      '将宿固高速作为重中之重，全力推进。',
      '实施国省干线项目15个。',
      '一是全面清理规范收费，取消不合理收费。',
      '二是推行客运联网售票，方便群众出行。',
    ]);
  });

  it('keeps an item that is one short task, and a list after a colon as one sentence', () => {
    const text = '××市工作要点\n一、重点任务\n1.加强管理。（1）建立台账。（2）开展检查。\n2.落实备案。业主委员会应当持下列材料备案：（一）选举情况；（二）管理规约。\n';
    expect(obligations(text).map(([sentence]) => sentence)).toEqual(['建立台账。', '开展检查。', '业主委员会应当持下列材料备案：（一）选举情况；（二）管理规约。']);
  });
});

describe('a list opened by a dash after its name', () => {
  it('stays one obligation, as a list after a colon does', () => {
    const text = '××省科技创新行动方案\n一、主要目标\n（一）总体目标。到2023年，“六个倍增”——研发经费投入占比达到1.2%；高新技术企业数量达到2000家；高新技术企业营业收入达到1600亿元。\n';
    const sentences = all(compiled(text).body).flatMap((node) => node.obligations.map((o) => o.text));
    expect(sentences).toEqual(['到2023年，“六个倍增”——研发经费投入占比达到1.2%；高新技术企业数量达到2000家；高新技术企业营业收入达到1600亿元。']);
  });

  it('does not join parts where the dash comes late in a long sentence', () => {
    const text = '××省工作要点\n一、重点任务\n（一）推进改革。推进全省营商环境改革和政务服务标准化建设——重点抓好审批；加强事中事后监管。\n';
    expect(all(compiled(text).body).flatMap((node) => node.obligations.map((o) => o.text))).toHaveLength(2);
  });
});

describe('a time alone in brackets after a task', () => {
  it('stays in the obligation’s text and gives its deadline; a note naming a unit is taken off', () => {
    const text = '××县普查工作方案\n一、工作安排\n1.开展普查准备。省级普查机构制定普查实施方案，并进行试点（8月底前）。县级普查机构划分普查区（9月底前完成，县统计局牵头）。\n';
    const found = all(compiled(text).body).flatMap((node) => node.obligations.map((o) => [o.text, o.deadline?.month, o.leads.join('、')]));
    expect(found).toEqual([
      ['省级普查机构制定普查实施方案，并进行试点（8月底前）。', 8, ''],
      ['县级普查机构划分普查区。', 9, '县统计局'],
    ]);
  });
});

describe('run-in items, dashes and dated brackets: what is not a heading, a list or a date alone', () => {
  const texts = (text: string) => all(compiled(text).body).flatMap((node) => node.obligations.map((o) => o.text));

  it('keeps a run-in item’s first sentence that holds a time or opens with its doer', () => {
    const text = '××县方案\n一、任务\n1.开展排查。（1）6月底前完成摸底排查。建立隐患台账。（2）各县区组织专项检查。开展抽查复核。\n';
    expect(texts(text)).toEqual(['6月底前完成摸底排查。', '建立隐患台账。', '各县区组织专项检查。', '开展抽查复核。']);
  });

  it('opens no list at a dash after a clause that is no quoted name', () => {
    const text = '××县方案\n一、任务\n1.加强监管。各地要加强监管——对违规企业依法查处；对问题严重的予以通报。\n';
    expect(texts(text)).toHaveLength(2);
  });

  it('takes off a bracket with a verb as a note, keeping the task’s own verb', () => {
    const found = all(compiled('××县普查方案\n一、任务\n1.开展普查。县级普查机构划分普查区（9月底前完成）。\n').body).flatMap((node) => node.obligations);
    expect(found.map((o) => [o.text, o.actions, o.deadline?.month])).toEqual([['县级普查机构划分普查区。', ['划分'], 9]]);
  });

  it('dates a phase by a span its first sentence opens with, not by a single date', () => {
    const found = all(compiled('××县方案\n三、时间安排\n（一）准备阶段。3月底前，各乡镇完成摸底。各乡镇制定方案。\n').body).flatMap((node) => node.obligations);
    expect(found.map((o) => o.deadline?.month ?? null)).toEqual([3, null]);
  });
});

describe('a page whose text is one line', () => {
  it('reads each heading and item where blanks before markers run paragraphs together, and rebuilds the line', () => {
    const text = '××市人民政府关于推进健康行动的实施意见\n各县（市、区）人民政府： 为推进健康行动，现提出如下实施意见： 一、总体目标 到2027年，健康促进制度体系基本建成。居民健康素养水平达到30%。 二、行动任务 （一）实行健康影响因素干预。 1.实施健康知识普及行动。深入开展健康教育活动。 2.实施合理膳食行动。开展营养健康指导。\n';
    const document = compiled(text);
    const nodes = all(document.body);
    expect(nodes.map((node) => [node.num.raw, node.title])).toEqual([
      ['一、', '总体目标'], ['二、', '行动任务'], ['（一）', '实行健康影响因素干预'], ['1.', '实施健康知识普及行动'], ['2.', '实施合理膳食行动'],
    ]);
    expect(nodes[0]!.obligations.map((o) => [o.text, o.deadlines.map((d) => d.year)])).toEqual([
      ['到2027年，健康促进制度体系基本建成。', [2027]],
      ['居民健康素养水平达到30%。', [2027]],
    ]);
    expect(nodes.at(-1)!.obligations.map((o) => o.text)).toEqual(['开展营养健康指导。']);
    expect(toSourceText(document)).toBe(text);
  });

  it('cuts after a heading of its own and after a unit note’s bracket', () => {
    const text = '各县： 为做好就业工作，提出如下意见： 一、坚持就业优先 1.落实就业优先战略。把稳定就业作为优先选项。（市人社局牵头） 2.发挥小微企业作用。落实扶持政策。\n';
    const nodes = all(compiled(text).body);
    expect(nodes.map((node) => [node.num.raw, node.title])).toEqual([['一、', '坚持就业优先'], ['1.', '落实就业优先战略'], ['2.', '发挥小微企业作用']]);
    expect(nodes[1]!.obligations.map((o) => [o.text, o.leads])).toEqual([['把稳定就业作为优先选项。', ['市人社局']]]);
  });

  it('leaves a paragraph with one blank before a marker, or a list inside a sentence, as written', () => {
    const document = compiled('一、重点任务\n\n加强队伍建设，落实绩效工资政策。 2.强化督导考核，考核结果向社会公开。\n');
    expect(all(document.body).map((node) => node.num.raw)).toEqual(['一、']);
    const listed = compiled('一、申报要求\n\n申报材料包括： 1.申请表； 2.营业执照复印件。 3.其他证明材料。\n');
    expect(all(listed.body).map((node) => node.num.raw)).toEqual(['一、']);
  });
});

describe('paragraphs numbered by enumerations (一要…, 二要…)', () => {
  it('reads them as nodes of a notice that has no other numbering, a short heading as the title, a task keeping its 一是', () => {
    const text = '各乡镇人民政府：\n为贯彻落实行动计划，现就有关事项通知如下：\n一要加强组织领导。各地要加强任务清单的组织实施。\n二是全面清理规范收费，取消不合理收费。\n三要加大宣传力度。\n';
    const document = compiled(text);
    expect(document.body.map((node) => [node.num.raw, node.title, node.obligations.map((o) => o.text)])).toEqual([
      ['一要', '加强组织领导', ['各地要加强任务清单的组织实施。']],
      ['', null, ['二是全面清理规范收费，取消不合理收费。']],
      ['', null, ['三要加大宣传力度。']],
    ]);
    expect(toSourceText(document)).toBe(text);
  });

  it('leaves enumerated paragraphs under a node as written: a short first sentence there is often the task itself', () => {
    const document = compiled('一、防汛准备\n一是成立防汛指挥部。由县长任总指挥。\n二是开展汛前检查。各乡镇要全面排查隐患。\n');
    expect(document.body[0]!.obligations.map((o) => o.text)).toEqual(['一是成立防汛指挥部。', '由县长任总指挥。', '二是开展汛前检查。', '各乡镇要全面排查隐患。']);
  });

  it('leaves a lone enumeration, or one that does not start at one, as written', () => {
    const lone = compiled('各乡镇人民政府：\n现通知如下：\n一要加强组织领导。各地要加强组织实施。\n请认真贯彻执行。\n');
    expect(lone.body).toEqual([]);
    const under = compiled('一、保障措施\n二要强化督促落实。各地要明确任务分工。\n三要加大宣传力度。各地要加强宣传。\n');
    expect(under.body[0]!.obligations.map((o) => o.text)).toEqual(['二要强化督促落实。', '各地要明确任务分工。', '三要加大宣传力度。', '各地要加强宣传。']);
  });
});

describe('a unit note in tortoise-shell brackets', () => {
  it('is taken off the sentence it follows, across the stops inside it, as a round-bracket note is', () => {
    const text = '一、重点任务\n\n（一）加强市场体系建设。推进高标准市场体系建设。争取将成都市纳入试点。〔责任单位：省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕\n';
    const [node] = all(compiled(text).body).filter((n) => n.kind === 'subsection');
    expect(node!.obligations.map((o) => [o.text, o.leads])).toEqual([
      ['推进高标准市场体系建设。', ['省发展改革委', '省市场监管局']],
      ['争取将成都市纳入试点。', ['省发展改革委', '省市场监管局']],
    ]);
  });
});

describe('a line of contacts', () => {
  it('is no obligation: a label of a contact ending in its colon, or a line of telephone numbers alone', () => {
    const [node] = compiled('一、工作要求\n\n各苏木镇要加强巡查。\n偷牧、夜牧举报电话：\n7623017 7627581 13947716813\n各苏木镇要向社会公布举报电话：\n').body;
    // A duty to publish one is a task.
    expect(node!.obligations.map((o) => o.text)).toEqual(['各苏木镇要加强巡查。', '各苏木镇要向社会公布举报电话：']);
  });
});

describe('a paragraph opening with the label of a plan’s part', () => {
  it('starts its obligations after the label (工作目标：, 主要指标：, 工作措施：)', () => {
    const [node] = compiled('二、工作目标\n工作目标：到2020年，全县土壤环境质量总体保持稳定。\n主要指标：到2020年，受污染耕地安全利用率达到90%左右。\n工作措施：推动各地建立健全生均拨款制度。\n').body;
    expect(node!.obligations.map((o) => o.text)).toEqual(['到2020年，全县土壤环境质量总体保持稳定。', '到2020年，受污染耕地安全利用率达到90%左右。', '推动各地建立健全生均拨款制度。']);
  });
});

describe('a line broken after an opening mark', () => {
  it('goes on onto the next line: no sentence ends with 《; a heading whose closing quote is typed as an opening one stays a heading', () => {
    const [titled] = compiled('一、保障措施\n\n（一）深入开展“我为群众办实事“\n各乡镇要建立工作台账，每月报送进展。\n').body[0]!.children;
    expect([titled!.title, titled!.obligations.map((o) => o.text)]).toEqual(['深入开展“我为群众办实事“', ['各乡镇要建立工作台账，每月报送进展。']]);
    const [node] = compiled('一、重点任务\n\n4.全面落实小额担保贷款政策，金融经办机构要按照《\n甘肃省人民政府关于进一步做好促进就业工作的通知》要求，做好贷款发放工作。\n').body[0]!.children;
    expect(node!.obligations.map((o) => o.text)).toEqual(['全面落实小额担保贷款政策，金融经办机构要按照《甘肃省人民政府关于进一步做好促进就业工作的通知》要求，做好贷款发放工作。']);
  });
});

describe('a page whose text is one line without blanks', () => {
  it('is cut right after a stop before a section’s or a subsection’s marker, not before a run-in item’s', () => {
    const text = '××省关于做好2023年乡村振兴重点工作的实施意见\n为推进乡村振兴，提出如下意见。（一）压紧压实粮食安全责任。全面落实粮食安全党政同责。（二）稳定粮食播种面积。确保粮食播种面积稳定。\n';
    const nodes = all(compiled(text).body);
    expect(nodes.map((node) => [node.num.raw, node.title, node.obligations.map((o) => o.text)])).toEqual([
      ['（一）', '压紧压实粮食安全责任', ['全面落实粮食安全党政同责。']],
      ['（二）', '稳定粮食播种面积', ['确保粮食播种面积稳定。']],
    ]);
    const runIn = all(compiled('一、重点任务\n\n1.深化商事制度改革。（1）全面落实改革。按照要求推进。（2）完善登记制度。推行网上办理。\n').body);
    expect(runIn.map((node) => node.num.raw)).toEqual(['一、', '1.']);
  });
});
