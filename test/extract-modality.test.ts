import { describe, expect, it } from 'vitest';
import { findActions } from '../src/extract/find-actions.js';
import { findModality } from '../src/extract/find-modality.js';
import { compile } from '../src/compile.js';
import { allNodes, partsOf } from '../src/model/index.js';

// Sentences written for these tests in the style of national, provincial and city plans: each
// class is a way a modal word stands in a sentence without governing its task, or governs it
// where a word list would miss it.
const modality = (text: string) => findModality(text, findActions(text));

describe('findModality: the word that governs the task', () => {
  it('reads 确保 as the task verb as mandatory, but not 确保 in a purpose (为确保…)', () => {
    expect(modality('完善农村饮水工程运行管护机制，确保农村集中供水率稳定在90%以上。')).toBe('mandatory');
    expect(modality('各县区确保2026年底前完成存量危房改造任务。')).toBe('mandatory');
    expect(modality('为确保项目如期投用，市财政局提前下达建设资金。')).toBe('plain');
    expect(modality('联合验收是确保工程质量的关键环节。')).toBe('plain');
    expect(modality('在确保安全的前提下，鼓励、支持各地开放公共数据。')).toBe('encouraged');
  });

  it('reads 须, 有义务 and a plain 应 before a preposition as mandatory', () => {
    expect(modality('申报单位须如实填报项目信息。')).toBe('mandatory');
    expect(modality('平台经营者有义务配合监管部门开展抽查。')).toBe('mandatory');
    expect(modality('跨区域重大项目应由省级主管部门统筹安排。')).toBe('mandatory');
  });

  it('reads 可 before a preposition as encouraged, but not 可 that makes an adjective (可复制, 可追溯)', () => {
    expect(modality('各地可在现有编制总量内统筹调剂人员。')).toBe('encouraged');
    expect(modality('总结形成一批可复制可推广的经验做法。')).toBe('plain');
    expect(modality('总结提炼一批可复制推广的工作模式。')).toBe('plain');
    expect(modality('有条件的县区可组织推广先进经验。')).toBe('encouraged');
    expect(modality('建立可追溯体系，实现来源可查、去向可追。')).toBe('plain');
    expect(modality('流域治理事关群众健康和可持续发展，必须统筹推进。')).toBe('mandatory');
  });

  it('does not read a modal inside a relative clause or a condition (应当公开的, 不得…的，)', () => {
    expect(modality('全面公布依法应当主动公开的政府信息。')).toBe('plain');
    expect(modality('对按规定不得享受补贴的，由县级财政部门追回资金。')).toBe('plain');
  });

  it('does not read a modal in the object of 对 closed by 的 (对应当由…处理的投诉，…)', () => {
    expect(modality('对应当由行政机关处理的投诉，告知当事人向有关机关提出。')).toBe('plain');
    expect(modality('对依法应当由原审批机关办理的变更事项，窗口人员做好引导。')).toBe('plain');
    expect(modality('对依法应当由其他机关处理的纠纷，调解组织不得受理。')).toBe('mandatory');
    expect(modality('对排查发现的隐患，各地要建立整改台账。')).toBe('mandatory');
  });

  it('does not read 严格 as a modal, before a verb or qualifying a noun (严格落实, 严格规范公正文明执法, 最严格的制度)', () => {
    expect(modality('推进严格规范公正文明执法。')).toBe('plain');
    expect(modality('实行最严格的水资源管理制度。')).toBe('plain');
    expect(modality('严格落实安全生产责任制。')).toBe('plain');
    expect(modality('各企业要严格落实安全生产责任制。')).toBe('mandatory');
  });

  it('reads 禁止 heading its clause or after the subject as mandatory, also after an exception, and 禁止 in a name of a rule as plain', () => {
    expect(modality('除经批准的科研用途外，禁止在实验楼走廊堆放气瓶。')).toBe('mandatory');
    expect(modality('各区禁止新建分散供热锅炉。')).toBe('mandatory');
    expect(modality('落实重点水域禁止捕捞制度。')).toBe('plain');
    expect(modality('对禁止类事项实行清单管理。')).toBe('plain');
    expect(modality('严格执行禁止性规定。')).toBe('plain');
  });

  it('reads 试点 as the verb as exploratory, and 试点 in a noun as plain', () => {
    expect(modality('在自贸试验区优先试点跨境数据流动分类管理。')).toBe('exploratory');
    expect(modality('下达试点项目补助资金。')).toBe('plain');
    expect(modality('各地按季度报送试点任务完成情况。')).toBe('plain');
    expect(modality('开展农村集体经营性建设用地入市改革试点，支持村集体盘活闲置资产。')).toBe('encouraged');
  });

  it('reads 试点 and a verb that takes no object as a noun (试点建设, 试点建设任务), and 试点推行X as the verb', () => {
    expect(modality('开展城市更新智慧化应用试点建设。')).toBe('plain');
    expect(modality('年底前，各县完成1个以上智慧社区试点建设任务。')).toBe('plain');
    expect(modality('实现市县两级医疗数据互通的试点建设，接入医疗机构200家以上。')).toBe('plain');
    expect(modality('试点推行建设工程竣工联合验收制度。')).toBe('exploratory');
  });

  it('reads 研究 as exploratory only at the head of its clause, not a noun further in (研究内容)', () => {
    expect(modality('抓紧研究设立农村宅基地有偿退出补偿基金。')).toBe('exploratory');
    expect(modality('抓紧研究制定农村宅基地有偿退出办法。')).toBe('plain');
    expect(modality('深化农村集体产权制度改革，研究建立集体经营性资产收益分配制度。')).toBe('plain');
    expect(modality('根据项目的具体研究内容选择不超过3个学科代码。')).toBe('plain');
  });

  it('reads 支持 that names a kind of project or fund (重点支持项目) as no encouragement', () => {
    expect(modality('重点支持项目应具备完整的研究基础和前期成果。')).toBe('mandatory');
    expect(modality('重点支持对象名单由省科技厅统一发布。')).toBe('plain');
    expect(modality('重点支持县域医共体建设，推动优质资源下沉。')).toBe('encouraged');
  });

  it('reads 鼓励/支持 after the clause\'s subject as encouraged, but not 支持 as an object, a relative clause or a noun', () => {
    expect(modality('省财政厅支持各市建设区域性养老服务中心。')).toBe('encouraged');
    expect(modality('各地积极鼓励社会力量参与社区托育服务。')).toBe('encouraged');
    expect(modality('对符合条件的项目给予支持。')).toBe('plain');
    expect(modality('中央预算内投资支持的养老项目，应当在开工之日起两年内建成投用。')).toBe('mandatory');
    expect(modality('政策支持方面，省财政统筹安排专项资金。')).toBe('plain');
  });

  it('reads 可 glued to 与 (可与…联合设置) as encouraged', () => {
    expect(modality('对服务人口少的社区，可与相邻社区联合设置养老服务站。')).toBe('encouraged');
  });

  it('reads no 试行 in a title\'s bracket and no 探索 as a noun', () => {
    expect(modality('贯彻落实公共数据授权运营管理办法（试行）。')).toBe('plain');
    expect(modality('在前期探索的基础上，全面推开家庭医生签约服务。')).toBe('plain');
  });

  it('takes the first word that governs one of the tasks, not the strongest anywhere', () => {
    expect(modality('探索建立跨区域生态补偿机制，各地要加强政策衔接。')).toBe('exploratory');
    expect(modality('支持社会力量举办托育机构，各地要加强日常监管。')).toBe('encouraged');
    expect(modality('各地要加强日常监管，支持社会力量举办托育机构。')).toBe('mandatory');
  });

  it('reads 力争, 拟 and 请 as plain', () => {
    expect(modality('力争2026年底前实现行政村5G网络全覆盖。')).toBe('plain');
    expect(modality('拟于年内出台促进民营经济发展若干措施。')).toBe('plain');
    expect(modality('请各地于每季度末将工作进展报送省发展改革委。')).toBe('plain');
  });
});

describe('findModality: 可 glued to a verb, and a part cut at `；` that leaves out its subject', () => {
  it('reads 可 before a verb the segmenter does not know as encouraged, not 可 in an adjective', () => {
    expect(modality('有条件的社区可加装充电设施。')).toBe('encouraged');
    expect(modality('提升系统的可靠性。')).toBe('plain');
  });

  it('gives a part cut at `；` that opens with its verb the modal word of the first part’s opening clause', () => {
    const { document } = compile('××区社区服务工作方案\n\n一、重点任务\n\n（一）规范社区服务。各街道要制定实施细则，于5月31日前报区民政局；每年11月30日前报送年度总结。全面清理收费项目，各单位不得擅自设立收费；推行线上缴费，年底前实现全覆盖。\n\n（二）加强宣传。开展政策宣讲。\n');
    const found = partsOf(document).flatMap((part) => [...allNodes(part.body)].flatMap((node) => node.obligations));
    expect(found.map((o) => o.modality)).toEqual(['mandatory', 'mandatory', 'mandatory', 'plain', 'plain']);
  });
});

describe('findModality: 需, 不允许 and 允许', () => {
  it('reads 需 before the task’s verb as mandatory, not 无需, 所需 or 需 in a relative clause', () => {
    expect(modality('各乡镇需于6月底前完成摸底登记。')).toBe('mandatory');
    expect(modality('申请人无需提交纸质材料。')).toBe('plain');
    expect(modality('改造所需资金由县财政统筹安排。')).toBe('plain');
    expect(modality('对需改造的危桥建立台账。')).toBe('plain');
    expect(modality('年底前完成辖区的需搬迁企业搬迁任务。')).toBe('plain');
    expect(modality('逐户核查需加固农房。')).toBe('plain');
    expect(modality('各街道仍需加强夜间巡查。')).toBe('mandatory');
    // After a subject's verb (a noun before it), 需 binds the task.
    expect(modality('项目建设需符合国土空间规划。')).toBe('mandatory');
    expect(modality('小区配套设施建设需与住宅同步交付。')).toBe('mandatory');
  });

  it('reads 要 glued to the 所 of a body\'s name (财政/所要/于…) as mandatory, not 所要…的 in a relative clause', () => {
    expect(modality('各乡镇财政所要于每月10日前报送资金拨付台账。')).toBe('mandatory');
    expect(modality('明确政府所要承担的兜底责任。')).toBe('plain');
  });

  it('reads 不允许 as a prohibition', () => {
    expect(modality('不允许擅自改变公益性用房用途。')).toBe('mandatory');
    expect(modality('决不允许新增政府隐性债务。')).toBe('mandatory');
  });

  it('reads 允许 granting the task as encouraged (as 可以), not 允许 naming a bound (允许范围内)', () => {
    expect(modality('整合闲置场地，允许夜市摊贩在指定时段占道经营。')).toBe('encouraged');
    expect(modality('在法律允许的范围内简化审批材料。')).toBe('plain');
    expect(modality('在允许范围内调整收费标准。')).toBe('plain');
    // `未经允许` names a permission not given: the ban after it governs.
    expect(modality('未经允许不得进入作业区。')).toBe('mandatory');
  });
});

describe('findModality: a sum\'s uses and an indicator\'s items are no tasks encouraged', () => {
  it('reads 重点支持 after a sum as the uses of the money (plain), a plain 支持 of others\' tasks as encouraged', () => {
    expect(modality('县财政安排乡村道路养护资金600万元，重点支持危桥改造和安防设施完善。')).toBe('plain');
    expect(modality('省财政安排专项资金1亿元，支持各市举办消费季活动。')).toBe('encouraged');
    expect(modality('重点支持县域医共体建设，推动优质资源下沉。')).toBe('encouraged');
  });

  it('reads 可…事项 before a word of reaching as the indicator\'s name (plain), 可 with a verb of its own as encouraged', () => {
    expect(modality('年内可全程网办的公积金事项扩大到50项以上。')).toBe('plain');
    expect(modality('推行“掌上办”，可掌上办理事项占比达到80%。')).toBe('plain');
    expect(modality('各区可将高频审批事项下放至街道。')).toBe('encouraged');
  });

  it('reads 大案要案 as a noun (plain), a 要 before 案结事了 as mandatory', () => {
    expect(modality('10月，集中督办大案要案，公开曝光典型案例。')).toBe('plain');
    expect(modality('各调解组织要案结事了。')).toBe('mandatory');
  });

  it('reads 可 naming things by what can be done with them, before the amount or rate counted of them, as plain', () => {
    expect(modality('到2027年，可降解农膜使用量达到2000吨。')).toBe('plain');
    expect(modality('全市可回收物回收率保持在40%以上。')).toBe('plain');
    expect(modality('各区可将回收率提高到40%。')).toBe('encouraged');
    expect(modality('各县可争取使覆盖率达到100%。')).toBe('encouraged');
  });

  it('reads 应 before a verb the segmenter cuts in two as binding, not 出庭应诉 nor the idiom 应X尽X', () => {
    expect(modality('方案编制中，应测算改造总投资和年度资金需求。')).toBe('mandatory');
    expect(modality('被告依法出庭应诉。')).toBe('plain');
    expect(modality('对困难群众做到应救尽救。')).toBe('plain');
  });

  it('reads the 应 of a noun of tax law (应纳税所得额) as no modal, 应缴纳 as binding', () => {
    expect(modality('小微企业年应纳税所得额上限提高到300万元。')).toBe('plain');
    expect(modality('用人单位应缴纳工伤保险费。')).toBe('mandatory');
  });
});

describe('findModality: 可 inside a word of quality', () => {
  it('reads 可持续 after a noun or a year as no permission, 可行使 and 可及时 as permission', () => {
    expect(modality('积极落实联合国2030年可持续发展议程涉及性别平等相关目标。')).toBe('plain');
    expect(modality('推动经济可持续发展。')).toBe('plain');
    expect(modality('各地可行使审批权。')).toBe('encouraged');
    expect(modality('可及时调整。')).toBe('encouraged');
  });
});

describe('findModality: 研究 before a verb of drafting or carrying out', () => {
  it('reads 研究编制 and 研究实施 as plain, where the action read is 研究 alone, and 研究设立 as a study', () => {
    expect(modality('研究实施交通重大项目建设三年行动，稳投资、抓项目、促发展。')).toBe('plain');
    expect(modality('全面实施“十四五”规划，研究编制《武汉市综合立体交通网规划》。')).toBe('plain');
    expect(modality('研究设立专项指标。')).toBe('exploratory');
  });
});

describe('findModality: 务于, 需要 and 鼓励和帮助', () => {
  it('reads 务于…前 as 务必, 需要 before a preposition or a verb as 需, and 鼓励和帮助 as encouraging', () => {
    expect(modality('从2022年3月起，务于每月25日前将情况表报送市政府督查室。')).toBe('mandatory');
    expect(modality('结对帮扶村的科技特派员，需要与帮扶村签订帮扶协议。')).toBe('mandatory');
    expect(modality('鼓励和帮助企业使用网上登记系统。')).toBe('encouraged');
  });

  it('reads no duty in 需要 as a noun, nor in 务 inside a word', () => {
    expect(modality('根据需要调整人员。')).toBe('plain');
    expect(modality('视工作需要开展抽查。')).toBe('plain');
    expect(modality('各地根据疫情防控需要启动应急响应。')).toBe('plain');
    expect(modality('梳理企业需要协调解决的问题。')).toBe('plain');
    expect(modality('务在必行，抓好落实。')).toBe('plain');
    expect(modality('不参加规模性聚会，确需出行及时报备。')).toBe('plain');
    expect(modality('确需调整的，报市政府批准。')).toBe('plain');
    // 明确 before 需 is no case of a need.
    expect(modality('整改任务明确需在6月底前完成。')).toBe('mandatory');
    expect(modality('满足群众需要，提供服务。')).toBe('plain');
    expect(modality('各项任务于6月底前完成。')).toBe('plain');
  });
});
