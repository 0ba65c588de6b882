// Targets of task sentences composed in the style of national, provincial and ministry plans
// (not copied from any document): the quantities a task commits to, with or without a comparison
// word, and the figures that are not targets (formulas, rates of rules, counts of what exists,
// scopes, document numbers, dates, article numbers, facts of past years).
import { describe, expect, it } from 'vitest';
import { findTargets } from '../src/extract/find-targets.js';

const quantities = (text: string) => findTargets(text).map((t) => t.quantity);

describe('findTargets: quantities a task commits to', () => {
  it('takes a count a making verb governs, with or without a comparison word', () => {
    expect(quantities('到2026年，全省新增家庭养老床位3000张。')).toEqual(['3000张']);
    expect(quantities('培育200家以上省级专精特新示范企业。')).toEqual(['200家以上']);
    expect(quantities('建设30个县域医疗卫生次中心。')).toEqual(['30个']);
    expect(quantities('每个县至少建有1所达到二级甲等水平的县级医院。')).toEqual(['1所']);
    expect(quantities('今年再压减粗钢产能800万吨左右，退出落后煤炭产能2000万吨以上。')).toEqual(['800万吨左右', '2000万吨以上']);
  });

  it('takes a level per head or per thousand, even without a comparison word', () => {
    expect(quantities('每千名老年人拥有养老床位35张。')).toEqual(['35张']);
    expect(quantities('每万常住人口拥有全科医生4名，人均基本公共卫生服务经费达到89元以上。')).toEqual(['4名', '89元以上']);
  });

  it('takes rates per 100,000, per mille, percentage points, ages and doubling', () => {
    expect(quantities('孕产妇死亡率下降到12/10万以下，婴儿死亡率控制在5‰以内。')).toEqual(['12/10万以下', '5‰以内']);
    expect(quantities('居民健康素养水平提高3个百分点，人均预期寿命达到80岁。')).toEqual(['3个百分点', '80岁']);
    expect(quantities('到2030年，全省农村居民人均可支配收入比2020年翻一番。')).toEqual(['翻一番']);
    expect(quantities('单位工业增加值能耗控制在0.4吨标准煤以内。')).toEqual(['0.4吨标准煤以内']);
    expect(quantities('全省软件业务收入超3000亿元。')).toEqual(['3000亿元']);
    expect(quantities('企业开办时间压缩至1个工作日以内。')).toEqual(['1个工作日以内']);
  });

  it('takes every value of a clause that lists them, each with its own words', () => {
    expect(findTargets('二级以上公立医院预约诊疗率达到60%、检验结果互认率达到80%。')).toEqual([
      { text: '二级以上公立医院预约诊疗率达到60%', quantity: '60%' },
      { text: '检验结果互认率达到80%', quantity: '80%' },
    ]);
    expect(quantities('新能源、新材料和生物医药产业产值年均分别增长15%、12%和10%。')).toEqual(['15%', '12%', '10%']);
    expect(quantities('完成高标准农田建设40万亩、农田水利改造15万亩。')).toEqual(['40万亩', '15万亩']);
  });

  it('takes the level a change reaches, not the level it starts from', () => {
    expect(quantities('县域就诊率由85%提高到90%以上。')).toEqual(['90%以上']);
  });

  it('takes no formula, rate of a rule, count of what exists, scope, number, date or past figure', () => {
    for (const text of [
      '计算方法：住院患者抗菌药物使用人次/同期出院患者总人次×100%。',
      '企业开展研发活动中实际发生的研发费用，按照100%在税前加计扣除。',
      '全市现有养老机构260家，床位2.1万张。',
      '目前全省已建成示范基地45个。',
      '对常住人口50人以上的自然村实现通硬化路。',
      '对年营业收入超过1亿元的企业，实行重点监测。',
      '对5亿元以上招商引资项目实行专班服务。',
      '推行政务服务事项24小时自助办理。',
      '对认定的示范企业一次性奖励50万元。',
      '依据条例第三十二条第2款的规定办理。',
      '收到申请后10个工作日内作出决定。',
      '过去五年，全省累计减少农村贫困人口86万人。',
      '2020年以来，全省新建村级卫生室300个。',
      '针对关税减让的1200种商品，加大进口力度。',
    ]) {
      expect(findTargets(text), text).toEqual([]);
    }
  });
});

describe('findTargets: counts committed, as the blind sets read them', () => {
  it('takes ranges, counts of projects a call funds and counts after 形成, 构建, 选取, 确定', () => {
    expect(quantities('拟资助重点项目4～6项，资助强度约为200万元/项。')).toEqual(['4～6项']);
    expect(quantities('选取3—5个县开展医保支付方式改革试点。')).toEqual(['3—5个']);
    expect(quantities('形成200个以上的典型应用场景。')).toEqual(['200个以上']);
    expect(quantities('择优确定20个示范社区，并向社会公布。')).toEqual(['20个']);
  });

  it('takes the count of places or people a task is done in or for, and a count that is the subject of a verb of reaching', () => {
    expect(quantities('在5个县先行开展改革试点。')).toEqual(['5个']);
    expect(quantities('每年面向2000名基层干部，分批开展数字技能培训。')).toEqual(['2000名']);
    expect(quantities('推动全市50家企业实施数字化改造。')).toEqual(['50家']);
    expect(quantities('市、县两级200个高频事项实现“一网通办”。')).toEqual(['200个']);
  });

  it('takes each item of a list that goes on after a comma or a 、 with its own noun', () => {
    expect(quantities('培育2家综合型平台，10家行业型平台。')).toEqual(['2家', '10家']);
    expect(quantities('建设30家智慧药房、12家以上远程诊疗中心。')).toEqual(['30家', '12家以上']);
  });

  it('takes capacities with a bound, 不小于, and 一半以上, but not 5G', () => {
    expect(quantities('骨干网出口带宽2000G以上，新建5G基站3000个。')).toEqual(['2000G以上', '3000个']);
    expect(quantities('通过人工智能设计合成不小于5款新型材料。')).toEqual(['5款']);
    expect(quantities('年底前化解存量债务一半以上。')).toEqual(['一半以上']);
  });

  it('takes no cap of a rule, rule measure or age scope', () => {
    expect(quantities('每个项目的合作单位不得超过3个。')).toEqual([]);
    expect(quantities('单个项目最高不超过30万元。')).toEqual([]);
    expect(quantities('新建小区按照每千人口不少于8个托位的标准配建托育设施。')).toEqual([]);
    expect(quantities('每千人口拥有3岁以下婴幼儿托位数达到4.5个。')).toEqual(['4.5个']);
  });
});

describe('findTargets: grades, Latin units, joined lists, batches and names left out', () => {
  it('takes grades of a rating and counts of courses and papers', () => {
    expect(quantities('全市二级以上医院电子病历应用水平分级评价达到4级以上。')).toEqual(['4级以上']);
    expect(quantities('新增省级一流课程20门，发表高水平论文100篇以上。')).toEqual(['20门', '100篇以上']);
  });

  it('takes a value in Latin units with its bound, not a name such as 5G', () => {
    expect(quantities('规模以上工业企业万元产值综合能耗下降到0.35tce以下。')).toEqual(['0.35tce以下']);
    expect(quantities('推进5G网络建设。')).toEqual([]);
  });

  it('takes each count of a list joined by 和, 及 or 与', () => {
    expect(quantities('建成50个左右区域医疗中心和200个县域医共体。')).toEqual(['50个左右', '200个']);
  });

  it('takes counts after 共建, 选派 and a batch (首批)', () => {
    expect(quantities('与高校共建现代产业学院5个，每年选派20名骨干教师到企业实践。')).toEqual(['5个', '20名']);
    expect(quantities('年底前认定首批10个数字乡村示范县。')).toEqual(['10个']);
  });

  it('takes no count a clause opening with 对 does its task on, but one the task reaches for after a modal', () => {
    expect(quantities('对全省1200家重点用能单位实施能耗在线监测。')).toEqual([]);
    expect(quantities('对欠薪案件年底前要办结90%以上。')).toEqual(['90%以上']);
    expect(quantities('对接服务重点企业300家。')).toEqual(['300家']);
  });

  it('reads ×× as a name left out, not a formula', () => {
    expect(quantities('与××市共建特色产业园区3个。')).toEqual(['3个']);
    expect(quantities('达标率=达标单位数/单位总数×100%。')).toEqual([]);
  });
});

describe('findTargets: scopes of support rules, frequencies and names', () => {
  it('takes no threshold in a clause that is the scope of a rule (对…的 and its noun, 凡…的) or a condition ending in 的', () => {
    expect(quantities('对年度出口额首次超过5000万元、1亿元的企业，分别给予10万元、20万元奖励。')).toEqual([]);
    expect(quantities('对自建面积在500平方米以上的公共仓，给予一次性补助。')).toEqual([]);
    expect(quantities('对年度纳税额达到200万元的，优先安排用地指标。')).toEqual([]);
    expect(quantities('凡年度营业收入达到800万元的企业，可优先申报示范项目。')).toEqual([]);
    expect(quantities('鼓励企业建设公共仓，新增仓储面积达到5000平方米以上的，给予奖励。')).toEqual([]);
  });

  it('takes no count of times or span done each period, but a volume each period', () => {
    expect(quantities('各乡镇每年至少组织3次消防演练。')).toEqual([]);
    expect(quantities('党务公开每半年不少于1次。')).toEqual([]);
    expect(quantities('每月编印1期工作简报。')).toEqual([]);
    expect(quantities('每个月开展不少于2次夜间巡查。')).toEqual([]);
    expect(quantities('青年教师每3年到基层锻炼累计不少于3个月。')).toEqual([]);
    expect(quantities('每年轮训村干部5000人次以上，每季度新增就业岗位1万个。')).toEqual(['5000人次以上', '1万个']);
  });

  it('takes no capped share of a whole, but a floor', () => {
    expect(quantities('学校可聘用兼职教师，兼职教师比例不超过专任教师总数的25%。')).toEqual([]);
    expect(quantities('公职律师不少于机关工作人员总数的3%。')).toEqual(['3%']);
  });

  it('takes no time limit in minutes or hours, but a time a service is cut to', () => {
    expect(quantities('接警后须在20分钟内抵达并开展处置。')).toEqual([]);
    expect(quantities('进口货物通关时间压缩至2小时以内。')).toEqual(['2小时以内']);
    expect(quantities('初中生书面作业平均完成时间不超过90分钟。')).toEqual([]);
    expect(quantities('院前急救平均反应时间控制在15分钟以内。')).toEqual(['15分钟以内']);
  });

  it('takes no share that is part of a name, and counts picked, cases handled and what was found', () => {
    expect(quantities('组织开展全省5%人口变动抽样调查，抽取3个街道作为样本。')).toEqual(['3个']);
    expect(quantities('今年财政赤字率拟按2.5%安排。')).toEqual(['2.5%']);
    expect(quantities('全年办结涉税违法案件不少于150起。')).toEqual(['150起']);
    expect(quantities('扩大香菇种植规模到50万棒。')).toEqual(['50万棒']);
    expect(quantities('年底前完成已摸排的48处危桥改造。')).toEqual(['48处']);
    expect(quantities('新建学校5所，改扩建学校12所。')).toEqual(['5所', '12所']);
    expect(quantities('完成全县15个乡镇的国土空间规划编制。')).toEqual(['15个']);
  });
});

describe('findTargets: batches, amounts in a list of indicators, ratios and caps on the use of funds', () => {
  it('takes a count of batches a task completes', () => {
    expect(quantities('全年完成兽药抽检1200批次。')).toEqual(['1200批次']);
  });

  it('takes a value that ends a clause going on with a list of indicators, in dollars too', () => {
    expect(quantities('力争全年地区生产总值增长6%，外贸进出口额80亿美元。')).toEqual(['6%', '80亿美元']);
    expect(quantities('建成10个示范园区，园区内企业原则上由县级统筹管理。')).toEqual(['10个']);
    // A clause comparing the value before it with last year's restates it.
    expect(quantities('今年安排省级科技专项资金12亿元，比去年增加1亿元。')).toEqual(['12亿元']);
    expect(quantities('力争科研经费比上年增长10%。')).toEqual(['10%']);
  });

  it('takes a ratio a task reaches for, not one in a rule’s measure', () => {
    expect(quantities('粮食加工业产值与农业总产值之比达到1.8:1。')).toEqual(['1.8:1']);
    expect(quantities('按照师生比不低于1:150的比例配备辅导员。')).toEqual([]);
  });

  it('takes no cap on the share of funds used for a purpose, but a floor on spending', () => {
    expect(quantities('债券资金用作项目资本金的比例不超过20%。')).toEqual([]);
    expect(quantities('土地出让收益用于农业农村的比例不低于8%。')).toEqual(['8%']);
  });
});

describe('findTargets: concentrations, weights, yearly paces, starts of building and the year’s volumes', () => {
  it('takes a concentration or a yield written with a slash, and weights in 斤 and 公斤', () => {
    expect(quantities('全市细颗粒物平均浓度控制在32微克/立方米以下。')).toEqual(['32微克/立方米以下']);
    // Written out with 每 (`微克每立方米`, as μg/m³ is read) it is the same measure.
    expect(quantities('城区优良天数比例达到90%，二氧化氮年均浓度控制在25微克每立方米以下。')).toEqual(['90%', '25微克每立方米以下']);
    expect(quantities('粮食总产量稳定在20亿斤以上。')).toEqual(['20亿斤以上']);
    expect(quantities('日间手术台次数/同期出院手术台次数×100%。')).toEqual([]);
  });

  it('takes a fall of percentage points each year, but no count of times each year', () => {
    expect(quantities('儿童青少年近视率每年下降0.5个百分点以上。')).toEqual(['0.5个百分点以上']);
    expect(quantities('在校学生视力筛查每年下降1个百分点。')).toEqual(['1个百分点']);
    expect(quantities('每年至少开展1次视力筛查。')).toEqual([]);
  });

  it('takes what a plan starts building and what it handles in the whole year', () => {
    expect(quantities('新开工城市更新项目80个。')).toEqual(['80个']);
    expect(quantities('全年接待入境游客200万人次。')).toEqual(['200万人次']);
  });
});


describe('findTargets: what is not a target (durations, events, limits, restated lists, conditions)', () => {
  it('takes no floor on the time a training or a course lasts, but a time a service is cut to', () => {
    expect(quantities('新入职教师应当参加不少于40学时的岗前培训。')).toEqual([]);
    expect(quantities('分三批开展基层执法人员轮训，每批不少于5天。')).toEqual([]);
    expect(quantities('不动产登记办理时间压缩至3个工作日以内。')).toEqual(['3个工作日以内']);
  });

  it('takes no count of events or sessions, but a volume counted in times that an indicator reaches', () => {
    expect(quantities('每年举办科普讲座不少于50场。')).toEqual([]);
    expect(quantities('全年开展应急疏散演练不少于3次。')).toEqual([]);
    expect(quantities('力争政务短视频播放量突破10亿次。')).toEqual(['10亿次']);
    expect(quantities('全年抽查经营主体不少于800家次。')).toEqual(['800家次']);
  });

  it('takes no limit of a rule on money, raised or capped, nor a share of a sum of money paid', () => {
    expect(quantities('城乡居民大病保险年度支付限额提高到40万元。')).toEqual([]);
    expect(quantities('每人每年申领额度不超过2万元。')).toEqual([]);
    expect(quantities('全年新增普惠小微企业授信额度500亿元。')).toEqual(['500亿元']);
    expect(quantities('工程款按进度支付，支付比例不低于合同金额的60%。')).toEqual([]);
    expect(quantities('抽检比例不低于辖区经营户的20%。')).toEqual(['20%']);
    expect(quantities('停车收益应当单独核算，其中不低于40%的部分用于设施维护。')).toEqual([]);
    expect(quantities('90%以上的社区卫生服务中心达到服务能力标准。')).toEqual(['90%以上']);
  });

  it('takes no figure in a condition of a rule (方可, 才能)', () => {
    expect(quantities('复垦土地须经过2个以上种植季且地力达到标准后方可交付。')).toEqual([]);
  });

  it('takes no count that restates the names listed before it, but a count of places not named', () => {
    expect(quantities('在东区、西区2个街道先行开展垃圾分类试点。')).toEqual([]);
    expect(quantities('在城东、城西、城南3个片区推行网格化管理。')).toEqual([]);
    expect(quantities('在4个街道先行开展垃圾分类试点。')).toEqual(['4个']);
    // A count in full-width digits is compared with the names as its ASCII digits are.
    expect(quantities('在东区、西区２个街道先行开展垃圾分类试点。')).toEqual([]);
  });

  it('takes the count of people a task hires', () => {
    expect(quantities('聘请义务消防监督员200名，每季度召开一次座谈会。')).toEqual(['200名']);
  });

  it('takes a share of what exists and the value of a rate whose name holds a count', () => {
    expect(quantities('抽检比例不低于已登记经营户的20%。')).toEqual(['20%']);
    expect(findTargets('城区公园绿地300米服务半径覆盖率达到90%。')).toEqual([{ text: '城区公园绿地300米服务半径覆盖率达到90%', quantity: '90%' }]);
  });

  it('takes things counted one by one and routes changed or opened, but no floor on money per mu', () => {
    expect(quantities('每个村储备灭火器不少于20只。')).toEqual(['20只']);
    expect(quantities('优化调整公交线路12条，开通定制公交线路5条。')).toEqual(['12条', '5条']);
    expect(quantities('改造项目亩均投入原则上不低于2000元。')).toEqual([]);
    expect(quantities('工业用地亩均税收达到30万元。')).toEqual(['30万元']);
  });
});

describe('findTargets: stocks, pilot places, per-place counts and floors of rules', () => {
  it('takes a stock laid in, each item of its list, and works rebuilt or added, with 顶 and 部 as measures', () => {
    expect(quantities('汛前储备救生衣300件、冲锋舟6艘。')).toEqual(['300件', '6艘']);
    expect(quantities('县仓库储备棉帐篷80顶。')).toEqual(['80顶']);
    expect(quantities('全县新改建乡村道路120公里。')).toEqual(['120公里']);
    expect(quantities('老旧小区加装电梯40部，更新监控设备2部。')).toEqual(['40部', '2部']);
    expect(quantities('由5部门联合开展检查。')).toEqual([]);
  });

  it('takes the count of places a pilot is tried in, without a goal word after it', () => {
    expect(quantities('在3个乡镇先行试点。')).toEqual(['3个']);
    expect(quantities('在4个街道试点推行。')).toEqual(['4个']);
  });

  it('takes a per-place count after 明确 or 至少有', () => {
    expect(quantities('每个社区明确2名以上网格员。')).toEqual(['2名以上']);
    expect(quantities('每个乡镇至少有1家养老服务站。')).toEqual(['1家']);
  });

  it('takes no post a body is told to name, without a place each is given', () => {
    expect(quantities('各街道办事处要明确1名联络员。')).toEqual([]);
    expect(quantities('每家养老机构明确1名以上安全管理员。')).toEqual(['1名以上']);
  });

  it('takes a count after 等 only where a making verb stands before fewer names than it counts', () => {
    expect(quantities('加快建设甲园区等6个特色产业园。')).toEqual(['6个']);
    expect(quantities('完成甲县、乙县等2个县的普查。')).toEqual([]);
  });

  it('takes no count of the whole of an area’s things (N个…全部)', () => {
    expect(quantities('组织6个街道全部建立应急预案。')).toEqual([]);
  });

  it('takes a count told as about so many after a goal word, even with places between', () => {
    expect(quantities('实现东区、西区200个左右政务服务事项联网办理。')).toEqual(['200个左右']);
    expect(quantities('建成30个左右示范村和12个左右示范镇。')).toEqual(['30个左右', '12个左右']);
  });

  it('takes a range of shares as one value', () => {
    expect(quantities('不良贷款率控制在2%—3%之间。')).toEqual(['2%—3%']);
  });

  it('takes no threshold those who apply must meet, nor a floor on money in principle, but the number applying', () => {
    expect(quantities('申报单位近两年研发投入不低于300万元。')).toEqual([]);
    expect(quantities('示范项目总投资原则上不低于800万元。')).toEqual([]);
    expect(quantities('申报项目数量达到60个。')).toEqual(['60个']);
  });

  it('takes no threshold of the partners a task invites to take part, but their number', () => {
    expect(quantities('鼓励社会资本参与养老服务运营，运营机构床位不少于50张。')).toEqual([]);
    expect(quantities('鼓励企业参与应急物资代储，代储企业不少于10家。')).toEqual(['10家']);
  });

  it('takes counts joined by 和 in a clause per place as one standard, a list with 、 or without a place as values each', () => {
    expect(findTargets('每个县至少建成1个康复中心和1个托养中心。').map((t) => t.text)).toEqual(['每个县至少建成1个康复中心和1个托养中心']);
    expect(quantities('每个乡镇储备抽水泵4台、发电机2台。')).toEqual(['4台', '2台']);
    expect(quantities('建成20个示范村和5个示范镇。')).toEqual(['20个', '5个']);
  });

  it('takes no standard of a fee or a payment', () => {
    expect(quantities('托育服务费由家庭和财政共同承担，标准为每人每年600元。')).toEqual([]);
  });

  it('takes days capped as a service time committed, not minutes or hours capped by a rule', () => {
    expect(quantities('不动产登记平均用时不超过3个工作日。')).toEqual(['3个工作日']);
    expect(quantities('单次培训时长不超过90分钟。')).toEqual([]);
  });

  it('takes no count of events named right before it, whatever its measure word', () => {
    expect(quantities('每年举办社区文化节活动不少于12项。')).toEqual([]);
    expect(quantities('全年组织招商推介会8个，引进项目20个。')).toEqual(['20个']);
  });

  it('takes no floor a rule forbids to go under, nor a multiple of a whole capped', () => {
    expect(quantities('企业安排实习岗位比例不得低于在岗职工总数的3%。')).toEqual([]);
    expect(quantities('补助金额一般不超过当地人均收入的2倍。')).toEqual([]);
    expect(quantities('执法机构法制审核人员比例不应少于执法人员总数的5%。')).toEqual(['5%']);
  });
});

describe('findTargets: caps and standards of rules', () => {
  it('takes no share of a whole capped with 不得, nor a size floored in principle, nor the cap of a single item', () => {
    expect(quantities('场馆内可以设置餐饮服务，经营面积不得超过场馆面积的5%。')).toEqual([]);
    expect(quantities('新建社区健身中心，单个场地面积原则上不小于300平方米。')).toEqual([]);
    expect(quantities('风险准备金按照贷款额的2%计提，单笔贷款计提金额不超过50万元。')).toEqual([]);
    expect(quantities('抽查批次原则上不少于上年度的1.2倍。')).toEqual(['1.2倍']);
    expect(quantities('全市新建社区健身中心不少于30个。')).toEqual(['30个']);
  });

  it('takes no count of competitions held, as of other events', () => {
    expect(quantities('每年组织青少年科技竞赛不少于15项。')).toEqual([]);
  });

  it('takes no count of bodies or people capped by 不超过, but a time, a distance or things so capped', () => {
    expect(quantities('择优引进社会培训机构参与托管服务，全区遴选机构不超过15家。')).toEqual([]);
    expect(quantities('城区养老服务设施服务半径不超过1公里。')).toEqual(['1公里']);
    expect(quantities('施工许可平均用时不超过20天。')).toEqual(['20天']);
    expect(quantities('全年新发火情点不超过8个。')).toEqual(['8个']);
    // People capped are as often a goal written as a cap (deaths, a population) as an allowance.
    expect(quantities('全年火灾死亡人数不超过5人。')).toEqual(['5人']);
  });

  it('takes no count after the 在 of a word (存在, 现在) nor after a modifier with 的, but places with a bound after 在', () => {
    expect(quantities('抓紧整改存在的3个突出问题。')).toEqual([]);
    expect(quantities('在全市2个以上片区试点建设海绵设施。')).toEqual(['2个以上']);
  });
});

describe('findTargets: counts committed with their verb, levels kept, times cut', () => {
  it('takes sets of equipment (台套), a score with its bound and points set up (设置)', () => {
    expect(quantities('年内新增应急照明设备60台套。')).toEqual(['60台套']);
    expect(quantities('群众安全感测评得分保持在92分以上。')).toEqual(['92分以上']);
    expect(quantities('在主要河道设置水质监测点18个。')).toEqual(['18个']);
    expect(quantities('考核中每发现一处问题扣2分。')).toEqual([]);
  });

  it('takes a share reached for after 已 drawing its scope, not a count of what exists', () => {
    expect(quantities('已建党组织的非公企业党员覆盖率稳定在80%以上。')).toEqual(['80%以上']);
    expect(quantities('目前全市已建成社区食堂45个。')).toEqual([]);
  });

  it('takes a count right after 实现 with its noun, not one drawing a scope with 的 nor a service span', () => {
    expect(quantities('推行不动产登记一窗受理，实现15项业务全程网办。')).toEqual(['15项']);
    expect(quantities('基本实现30户以上的自然村通客车。')).toEqual([]);
    expect(quantities('推行政务服务事项24小时自助办理，实现24小时自助服务。')).toEqual([]);
  });

  it('takes a count of places after 在 (and an area) with its noun, not a distance or people drawing a scope, nor places restating a list', () => {
    expect(quantities('年内在15个社区推行垃圾分类积分兑换。')).toEqual(['15个']);
    expect(quantities('在东部新区3个街道试点建设智慧停车系统。')).toEqual(['3个']);
    expect(quantities('在城区周边10公里范围内的村庄，推广农村公交。')).toEqual([]);
    expect(quantities('在东区、西区2个街道推行错峰停车。')).toEqual([]);
  });

  it('takes a sum 安排 allocates, with or without 每年, but not a grant', () => {
    expect(quantities('县财政安排河道治理专项资金900万元。')).toEqual(['900万元']);
    expect(quantities('区财政安排资金，对新建站点给予一次性补助5万元。')).toEqual([]);
  });

  it('takes a team per place with its size as one target', () => {
    expect(findTargets('各镇至少组建1支不少于15人的应急救援队伍。').map((t) => t.text)).toEqual(['各镇至少组建1支不少于15人的应急救援队伍']);
    expect(quantities('新建应急救援队伍3支，队员不少于60人。')).toEqual(['3支', '60人']);
  });

  it('takes a time cut to so many seconds or days after an event, not a time limit', () => {
    expect(quantities('全市火情报警信息推送时间压缩至接警后15秒以内。')).toEqual(['15秒以内']);
    expect(quantities('接警后30秒内完成派单。')).toEqual([]);
  });

  it('takes a count after a making verb and 对 (units audited), not one after a clause-opening 对', () => {
    expect(quantities('年内完成对12家区属医院的绩效评价。')).toEqual(['12家']);
    expect(quantities('对全区300家餐饮单位实施量化分级管理。')).toEqual([]);
  });
});

describe('findTargets: raises, allocations and restated figures', () => {
  it('takes the level a subsidy or a standard per person is raised to, not a rule’s ceiling, threshold or tax ratio so raised', () => {
    expect(quantities('农村养老服务补贴由每人每月100元提高到150元。')).toEqual(['150元']);
    expect(quantities('困难学生生活补助从人均1200元提高到1500元。')).toEqual(['1500元']);
    expect(quantities('个人所得税减除费用标准的起征点提高到6000元。')).toEqual([]);
    expect(quantities('制造业企业技术改造费用抵扣比例由60%提高到80%。')).toEqual([]);
    expect(quantities('减半征收优惠的年营业额上限由50万元提高到80万元。')).toEqual([]);
  });

  it('takes the share a subsidy or a standard is raised by, each value of 分别, not a grant’s ratio or cap raised', () => {
    expect(quantities('农村特困人员基本生活补助标准分别提高6%和9%。')).toEqual(['6%', '9%']);
    expect(quantities('残疾人两项补贴标准提高10%。')).toEqual(['10%']);
    expect(quantities('创业担保贷款贴息比例由50%提高到70%。')).toEqual([]);
    expect(quantities('单个项目最高补助由50万元提高到100万元。')).toEqual([]);
  });

  it('takes an allocation into a fund even where the fund’s name holds a grant’s word', () => {
    expect(quantities('省财政安排农村饮水安全补助资金3.5亿元。')).toEqual(['3.5亿元']);
    expect(quantities('对新建的示范基地给予补助资金200万元。')).toEqual([]);
  });

  it('takes no growth right after an amount, nor a share of a count just given, but a rate of its own', () => {
    expect(quantities('今年安排科技专项资金80亿元，增长12%。')).toEqual(['80亿元']);
    expect(quantities('今年新建口袋公园40个，公园数量再增加一半以上。')).toEqual(['40个']);
    expect(quantities('今年新建口袋公园40个，绿地率提高2%。')).toEqual(['40个', '2%']);
    expect(quantities('今年粮食产量达到1.3万亿斤，粮食进口减少10%。')).toEqual(['1.3万亿斤', '10%']);
    expect(quantities('全省研发经费投入增长10%。')).toEqual(['10%']);
  });

  it('takes a count of what a task cancels, closes, phases out, launches, advances or puts back to use, and batches each year', () => {
    expect(quantities('取消地方涉企收费20项。')).toEqual(['20项']);
    expect(quantities('淘汰燃煤小锅炉40台。')).toEqual(['40台']);
    expect(quantities('推出乡村旅游精品线路8条。')).toEqual(['8条']);
    expect(quantities('推进3万个自然村通宽带。')).toEqual(['3万个']);
    expect(quantities('全年盘活闲置厂房和低效用地50宗以上。')).toEqual(['50宗以上']);
    expect(quantities('每年组织企业赴外省开展产销对接不少于30批次。')).toEqual(['30批次']);
    expect(quantities('每年开展应急演练不少于2次。')).toEqual([]);
  });

  it('takes a bare figure with its bound where a word reaches for it, not one drawing a scope', () => {
    expect(quantities('每万辆机动车交通事故死亡人数控制在1.5以下。')).toEqual(['1.5以下']);
    expect(quantities('新建大型数据中心电能利用效率降到1.25以内。')).toEqual(['1.25以内']);
    expect(quantities('对信用评分1.5以上的企业优先支持。')).toEqual([]);
  });

  it('takes no span capped before 的 and what is given for it, but days a service is capped to', () => {
    expect(quantities('为来本地创业的青年提供不超过15天的免费公寓。')).toEqual([]);
    expect(quantities('给予新注册企业不超过6个月的过渡期。')).toEqual([]);
    expect(quantities('不动产登记办理时间不超过3个工作日。')).toEqual(['3个工作日']);
  });

  it('takes no threshold of a 对…的 scope whose noun names a kind of project with a verb', () => {
    expect(quantities('对年度技改投资在300万元以上的智能化改造项目，按投资额的8%给予奖励。')).toEqual([]);
    expect(quantities('对新增产值在1亿元以上的新建项目，优先保障用地。')).toEqual([]);
  });

  it('takes a cut written with 削减, a level below 低于 and a deposition per area and month, not a scope below a figure', () => {
    expect(quantities('全县化学需氧量排放总量削减150吨。')).toEqual(['150吨']);
    expect(quantities('城区降尘量低于3.5吨/平方千米·月，PM10浓度低于60微克/立方米。')).toEqual(['3.5吨/平方千米·月', '60微克/立方米']);
    expect(quantities('对月收入低于2000元的职工给予补助。')).toEqual([]);
  });

  it('takes a bare figure an index or a coefficient reaches for, not a figure naming a thing', () => {
    expect(quantities('全市数字经济发展指数达到68。')).toEqual(['68']);
    expect(quantities('区域创新能力综合指数提升至75，研发投入持续增加。')).toEqual(['75']);
    expect(quantities('数字经济指数报告发布于5G大会。')).toEqual([]);
  });

  it('takes no count after 开展, 举办 or 组织 whose noun ends with an event, but a count of people trained or of things promoted', () => {
    expect(quantities('二季度，开展4类危险化学品专项检查行动。')).toEqual([]);
    expect(quantities('全年组织3项群众性体育活动。')).toEqual([]);
    expect(quantities('开展300名家政人员技能培训。')).toEqual(['300名']);
    expect(quantities('组织1000名志愿者参与环境整治行动。')).toEqual(['1000名']);
    expect(quantities('组织200名干部开展结对帮扶活动。')).toEqual(['200名']);
    expect(quantities('推广12种绿色防控技术。')).toEqual(['12种']);
  });
});

describe('findTargets: values in Latin units, in Chinese numerals, in yuan with the currency named', () => {
  it('takes a value in Latin units a word reaches for, a slash in the unit being no formula, but no letter naming a thing', () => {
    expect(quantities('到2027年，储能电池单体容量达到300Ah，系统能耗低于0.5kWh/km。')).toEqual(['300Ah', '0.5kWh/km']);
    expect(quantities('全面达到5G网络建设标准。')).toEqual([]);
  });

  it('takes a sum in Chinese numerals with 万 or 亿 a word reaches for, and yuan with 人民币 after it', () => {
    expect(quantities('力争全县文旅产业营业收入突破一百亿元。')).toEqual(['一百亿元']);
    expect(quantities('到2027年，全省数字贸易进出口额突破50亿元人民币。')).toEqual(['50亿元人民币']);
  });
});

describe('findTargets: counts of places put forward or struck off', () => {
  it('takes the count after 推荐 (as 遴选) and 核销 (as 取消), but no applicant’s cap', () => {
    expect(quantities('各县择优推荐示范乡镇2个。')).toEqual(['2个']);
    expect(quantities('各区核销地质灾害隐患点12处。')).toEqual(['12处']);
    expect(quantities('每个县推荐名额不超过3家。')).toEqual([]);
  });
});


describe('findTargets: sums per month, head or year written with a slash', () => {
  it('takes a standard raised to a sum per month, an output per year, and no formula', () => {
    expect(quantities('提高最低生活保障标准至1255元/月，特困供养基本生活标准至2134元/月。')).toEqual(['1255元/月', '2134元/月']);
    expect(quantities('产能达到10万吨/年。')).toEqual(['10万吨/年']);
    expect(quantities('日间手术占比=日间手术台次数/同期出院手术台次数×100%。')).toEqual([]);
  });
});

describe('findTargets: a count 争创 commits to', () => {
  it('takes the count after 争创, as after 创建', () => {
    expect(quantities('争创2个国家生猪调出大县。')).toEqual(['2个']);
  });
});

describe('findTargets: counts put right, project totals, people qualified', () => {
  it('takes the count a task puts right or removes', () => {
    expect(quantities('淘汰50家企业落后产能，整治300家“低散乱”企业。')).toEqual(['50家', '300家']);
  });

  it('takes no project total told as about so much, and no term of the people a task is for', () => {
    expect(quantities('实施国省干线项目15个，总规模约313公里，总投资约168亿元，计划完成投资30亿元。')).toEqual(['15个', '30亿元']);
    expect(quantities('签订3年以上劳动合同的本科毕业生，市县可给予生活补贴。')).toEqual([]);
  });
});

describe('findTargets: people a task brings', () => {
  it('takes the count of people after a verb of making, though a 的 phrase qualifies them', () => {
    expect(quantities('全年引进300名以上急需紧缺的高层次人才。')).toEqual(['300名以上']);
  });
});

describe('findTargets: fish fry counted by the tail', () => {
  it('takes a count in 尾 after a verb of making', () => {
    expect(quantities('新增名特水产苗种繁育量2亿尾，提高渔业生产综合效益。')).toEqual(['2亿尾']);
  });
});

describe('findTargets: a time a condition exceeds, what a choice brings out, what a body is to have', () => {
  it('takes no time a condition exceeds', () => {
    expect(quantities('企业连续停产超过6个月，须重新申请验收。')).toEqual([]);
    expect(quantities('对逾期超过30天未整改的，依法处理。')).toEqual([]);
  });

  it('takes a count after a making verb with its result (评选出) or a level (争创省级4项), and one a body is to have (要有, 应有)', () => {
    expect(quantities('从征集作品中评选出10个宣传口号。')).toEqual(['10个']);
    expect(quantities('以信息系统为依托，争创省级4项数字改革试点。')).toEqual(['4项']);
    expect(quantities('每个乡镇要有1个特色主导产业，每个社区应有2名专职网格员。')).toEqual(['1个', '2名']);
    expect(quantities('我市重点任务主要有3个方面。')).toEqual([]);
    expect(quantities('力争70个村入选全国乡村旅游重点村镇名录。')).toEqual(['70个']);
  });
});

describe('findTargets: venues opened, a project total told with 规模', () => {
  it('takes the venues 开放 counts, with the list after it, and no total investment told as about so much', () => {
    expect(quantities('免费开放6个公共图书馆，6个文化馆，1个美术馆。')).toEqual(['6个', '6个', '1个']);
    expect(quantities('推进70项重点续建项目，总投资规模约740亿元。')).toEqual(['70项']);
  });
});
