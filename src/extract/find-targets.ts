import type { Target } from '../model/index.js';
import { bracketDepths } from '../text/brackets.js';
import { splitClauses } from '../text/clauses.js';

// A figure starts where no digit stands before it: without the lookbehind, a long run of digits
// with no unit after it was retried from each of its digits (quadratic time), for the same matches.
const NUMBER = '(?<![0-9０-９])[0-9０-９]+(?:[.．][0-9０-９]+)?';
/** How a bound is written after its value: `90%以上`, `5%以内`, `7‰左右`. */
const BOUND = '(?:以上|以下|以内|左右)?';
/**
 * A share or a rate: `100%`, `90%以上`, `6‰以内`, `85%—95%`, `15/10万以下` (a rate per 100,000), `百分之五`,
 * `三分之一`, `一半以上`.
 */
// A range of shares (`85%—95%`, `3‰~5‰`) is one value, as a range of counts is (RANGED).
const PERCENT = new RegExp(
  `${NUMBER}\\s*[%％‰](?:\\s*[～~—–－-]\\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*[%％‰])?${BOUND}|${NUMBER}\\s*[/／](?:10|十)?万${BOUND}|百分之[零一二三四五六七八九十百]+|[一二三四五六七八九十]+分之[一二三四五六七八九十]+|(?:一半|半数)以上`,
  'gu',
);
/**
 * Units written with a slash, a concentration, a yield or a sum per month or head (`30微克/立方米`, `500公斤/亩`, `1255元/月`), or with the 每 the slash is read as
 * (`29微克每立方米`): a measure, not a formula's division (FORMULA).
 */
// A deposition is written per area and month (`降尘量低于2.6吨/平方千米·月`): the area with the month after its `·`.
// A sum per month, year, head or household (`1255元/月`, `120元/人·年`), an output per year (`10万吨/年`), a price per unit (`0.5元/千瓦时`).
const UNIT_RATE = '(?:微克|毫克|克|千克|公斤|吨|千瓦时|元)(?:[/／]|每)(?:立方米|升|亩|公顷|人(?:[·•・](?:月|年))?|户|月|年|平方米|千瓦时|吨|万元|(?:平方千米|平方公里)(?:[·•・](?:月|年))?)';
const UNIT_RATES = new RegExp(UNIT_RATE, 'gu');
/** A figure or a range of figures, read as one value (`25～30项`, `3—5个`): a plan commits to the range. */
const RANGED = `${NUMBER}(?:\\s*[～~—–－-]\\s*[0-9０-９]+(?:[.．][0-9０-９]+)?)?`;
/**
 * A count with its measure word: `1000座`, `2万家`, `200家以上`, `5个百分点`, `79岁`, `0.5吨标准煤`, `25～30项`;
 * the grade of a rating (`分级评价达到5级`) and counts of courses and papers (`一流课程10门`, `论文50篇`) too; cases
 * handled (`查处案件200起`) and the bags mushrooms are grown in (`食用菌300万棒`); batches a check samples (`抽检2.6万批次`)
 * and sums in dollars (`实际使用外资60亿美元`); things, animals and trees counted one by one (`储备灭火器不少于20只`,
 * `生猪出栏50万头`, `植树10万株`, `新增渔船20艘`, fish fry by the tail: `繁育量2亿尾`), sums in yuan with the currency named (`20亿元人民币`), tents and machines too (`储备帐篷200顶`, `加装电梯15部`; not `3部门`), sets of
 * equipment (`新建监测设备40台套`), parcels of land and houses (`盘活闲置用地50宗`); a score with its bound (`满意度保持在95分以上`; a bare `5分` is a mark a rule deducts or awards).
 */
const COUNT = new RegExp(
  `${RANGED}\\s*(?:万亿|万|亿|千)?(?:${UNIT_RATE}|个百分点|百分点|人次|家次|台次|台套|户次|公里|千米|平方米|平方公里|立方米|公顷|千瓦|千瓦时|小时|分钟|秒钟|秒|学时|课时|吨标准煤|个工作日|工作日|个月|天|美元|欧元|元(?:人民币)?|张|辆|起|棒|间|个|次|家|项|台|座|场|户|名|人|所|条|件|类|套|款|批次|批|种|处|份|支|亩|吨|倍|兆|岁|床|位|对|例|栋|米|级|门|篇|公斤|千克|斤|只|头|尾|株|棵|艘|顶|宗|部(?!门|署|分|委|位)|分(?=以上|以下)|万|亿)${BOUND}`,
  'gu',
);
/**
 * A value in Latin units with its bound (`带宽5000M以上`, `存储能力10PB以上`, `使用强度控制在40DDDs以下`); without
 * a bound the figure names a thing (`5G基站`, `千兆`), so the bound is required.
 */
const CAPACITY = new RegExp(`${NUMBER}\\s*[A-Za-z]{1,5}(?:/[A-Za-z]{1,3})?(?:以上|以下|以内)`, 'gu');
/**
 * A value in Latin units a word reaches for (`额定功率达到150kW`, `铂载量低于0.2g/kW`): the word makes it a level, as the bound does
 * in CAPACITY; it ends its clause or list (a letter or a character after it names a thing: `达到5G网络标准`).
 */
const LATIN_VALUE = new RegExp(`${NUMBER}\\s*[A-Za-z]{1,5}(?:/[A-Za-z]{1,3})?(?![A-Za-z0-9０-９.．/\\u4e00-\\u9fa5])`, 'gu');
/** A figure in Latin units with a slash (`0.2g/kW`, `5kg/m`): a measure, not a formula's division (FORMULA), as UNIT_RATES. */
const LATIN_RATES = /[0-9０-９]\s*[A-Za-z]{1,5}[/／][A-Za-z]{1,3}(?![A-Za-z])/gu;
/** A figure with a letter after it: the cheap test LATIN_VALUE is scanned after. */
const LATIN_CLUE = /[0-9０-９]\s*[A-Za-z]/u;
/** The words that reach for a value in Latin units (LATIN_VALUE) or in Chinese numerals (CHINESE_AMOUNT). */
const VALUE_REACH = /(?:达到|达|超过|突破|低于|高于|不低于|不高于|不超过|提高到|提升到|提升至|降至|降到|降低到|下降到|控制在|稳定在|保持在)(?:约|近)?$/u;
/**
 * An amount in Chinese numerals a word reaches for (`总量超过五千亿规模`, `营业收入突破一千亿元`): plans write round sums so; only
 * with 万 or 亿 (a bare `三个` after a word is a count of things, read elsewhere or not at all). It starts only where a run of
 * numerals starts, so a long run without 万 or 亿 is read once, not once from each of its numerals.
 */
const CHINESE_AMOUNT = /(?<![一二两三四五六七八九十百千])[一二两三四五六七八九十][一二两三四五六七八九十百千]*(?:万亿|亿|万)(?:元|美元)?(?:规模)?/gu;
/**
 * A bare figure with its bound (`死亡人数控制在1.5以下`, `PUE值降到1.3以下`): an index or a rate whose unit the indicator's name
 * holds, a level only where a word reaches for it (REACH); the bound is required, as a bare figure alone is no value.
 */
const BARE = new RegExp(`${NUMBER}(?:以上|以下|以内)`, 'gu');
/**
 * A bare figure an index or a coefficient reaches for (`两化融合发展水平指数达72`, `基尼系数保持在0.4`): the name holds its unit,
 * so the figure ends its clause with none; a figure with a measure word after it is a count (COUNT).
 */
const INDEX_VALUE = new RegExp(`(?<=(?:指数|系数)(?:达到|达|提高到|提升到|提升至|保持在|稳定在|不低于|超过|突破))${NUMBER}(?![0-9０-９.．%％‰\\u4e00-\\u9fa5])`, 'gu');
/** A ratio of two figures (`产值之比达到2.2:1`): a level only where a word reaches for it (REACH); in a rule's measure it is none. */
const RATIO = new RegExp(`${NUMBER}\\s*[:：]\\s*[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９])`, 'gu');
/** Whether a value found is a share (`25%`, `15/10万`), not a count. */
const PERCENT_START = /^[0-9０-９.．\s]*(?:[%％‰/／]|$)|分之|半/u;
/**
 * Units of time: a span to cut a service to (`压减至60个工作日以内`, `压缩至1小时以内`) is a target only where a word
 * reaches for it; else it is a time limit (`30个工作日内`, `在30分钟内到达现场`).
 */
const TIME_UNIT = /(?:工作日|个月|天|小时|分钟|秒|学时|课时)/u;
/**
 * A time cut to a span counted from an event (`发布时间缩短至震后10秒以内`, `压缩至受理后3个工作日`): reached for as `缩短至` is.
 * The event is one to four characters (`震`, `受理`, `地震发生`), as in find-actions' LEVEL_KEPT.
 */
const CUT_AFTER_EVENT = /(?:[压减缩][减缩短][至到]|控制在)[\u4e00-\u9fa5]{1,4}后$/u;
/**
 * A plain cap before a value (`不超过`, `不高于`, `不大于`). On a time (`作业平均完成时间不超过60分钟`, `单次会议不超过2小时`) it is a
 * limit a rule sets on how long something may take; a time a service is cut to (`压缩至`, `控制在…以内`) is a target.
 */
const PLAIN_CAP = /(?:不超过|不高于|不大于)$/u;
/**
 * Days capped (`从拿地到开工平均用时不超过30天`, `审批时间不超过5个工作日`): how long a service or a procedure takes, a level the plan
 * commits to as it does with `压缩至` (heldout10); the caps of rules on a time are in minutes and hours (PLAIN_CAP), and so is a
 * span capped before `的` and what is given for it (`提供不超过15天的免费公寓`, `给予不超过3个月的过渡期`): how long a benefit lasts.
 */
const DAYS = /(?:天|工作日)/u;
/**
 * A floor (`不少于`, `不低于`, `至少`). On a time (`接受不少于40学时的培训`, `每批不少于5天`) it is the least a person
 * spends on a training or a course, a rule of its length: a plan cuts the times of its services to a level (PLAIN_CAP's
 * other side), it does not floor them. On money per unit of land (`亩均投入原则上不低于2000元`) it is a standard of
 * investment (PER_AREA).
 */
const FLOOR = /(?:不少于|不低于|不小于|至少)$/u;
/** Money per unit of land (`亩均投入`, `每亩`): with a floor, a planning rule's standard; reached for (`亩均税收达到30万元`), a level. */
const PER_AREA = /(?:亩均|每亩)[^，；。]*$/u;
/**
 * A count of events or sessions (`演练不少于3次`, `科普讲座50场`): how often a task is done, not what it delivers (as
 * FREQUENCY each period); counts of people, firms or batches (`人次`, `家次`, `批次`) are volumes.
 */
const EVENTS = /(?:(?<![人家台户批架车])次|场)$/u;
/**
 * An event or a session named right before its count (`全民健身赛事活动不少于30项`, `推介活动10场`, `技能竞赛不少于10项`): a count of events held, whatever
 * its measure word, as EVENTS reads `场` and `次` (heldout9).
 */
const EVENT_BEFORE = /(?:活动|赛事|比赛|竞赛|大赛|会议|讲座|演练|招聘会|展会|推介会|交流会)(?:不少于|达到|超过|至少)?$/u;
/** The words that reach for a volume counted in times (`播放量突破10亿次`): a level an indicator reaches, not events held. */
const EVENT_REACH = /(?:达到|达|突破|超过|增至|增加到|提高到|提升到)$/u;
/**
 * A clause that sets a condition of a rule (`…验收合格后方可交付`, `满3年方能申请`): its figures are what must hold
 * before a thing is allowed, not levels a task reaches.
 */
const CONDITION = /方可|方能|才能|才可/u;
/** A clause of circumstance (`针对…的2034种商品`, `按照…`): it frames the task and commits to no figure. */
const FRAME = /^(?:针对|按照|根据|依据|依照|围绕|对照|结合)/u;
/**
 * A clause opening with the preposition 对 (`对全市500家重点企业实施分级管控`): a count before its verb is the
 * scope the task is done on, not a level to reach (not the verbs 对接, 对标, 对口…).
 */
// The phrase ends at a modal or a time (`对拖欠企业的款项年底前要清偿一半以上`); the count is one of a noun after it.
const OBJECT_OF_DUI = /^对(?![接标口照外话比])[^，；。要应须前]*$/u;
/**
 * A clause that is only the scope of a rule or a task, `对` or `凡` and what it picks out with `的` (`对…进出口额达到100万美元的本市企业，`,
 * `凡…纳税额达到300万元的企业，`, `对认定为…的，`), or a condition ending in `的` (`…面积达到1万平方米以上的，给予奖励`):
 * the figures in it are thresholds of eligibility, not levels to reach.
 */
// After the last 的 only a short noun (no goal word: `对…的处置率要达到90%` reaches for its value).
const SCOPE_CLAUSE = /^(?:对于|对(?![接标口照外话比])|凡)[^，；。]*的[\u4e00-\u9fa5]{0,8}$|的$/u;
/**
 * A clause ending in the people a `的` phrase qualifies (`签订3年以上劳动合同…的…毕业生`): it names who a task is for, its figures
 * the terms they meet; not where a verb of making heads it (`引进300名以上…的高层次人才` counts the people the task brings).
 */
const PEOPLE_QUALIFIED = /的[^，；。的]{0,30}(?:毕业生|研究生|人员|人才|职工|学生|居民|家庭|农户)$/u;
/** A project's total size, told as about so much (`总规模约313公里`, `总投资约168亿元`): what the project is, not a level reached. */
const PROJECT_TOTAL = /^(?:总规模|总投资(?:规模|额)?|总面积|总里程|总长度?|总造价|总建筑面积)约/u;
/** A period a round of the task is done in (`每年`, `每季度`, `每5年`, `每日`), with `个` where written. */
const PER_PERIOD = /每(?:[0-9０-９一二两三四五六七八九十半]+)?个?(?:年|季度|季|月|周|日|天|学期|学年)/u;
/**
 * A count of times or a span done each period (`每年至少开展2次演练`, `每季度不少于1次`, `每5年…不少于6个月`), or one of
 * a thing each period (`每季度形成1篇分析报告`): how often the task is done, not a level it reaches (`每年选派20名骨干` is one, and so
 * are batches, `每年组织…对接不少于30批次`, as EVENTS reads them).
 */
const FREQUENCY = /^(?:[1１一](?![0-9０-９.．十百千万亿])|.*(?:(?<![人家台户批])次|工作日|个月|天|小时|分钟)$)/u;
/** Doubling as a goal: `翻一番`, `翻两番`. */
const DOUBLING = /翻[一两二三四]番/gu;

/** The verbs that make, grow, gather or back what a task counts (`新增`, `建成`, `培育`, `培训`, `支持`): a plan's task that counts what it makes commits to that count. */
// 形成, 构建, 发展 make what they count too (`形成1000个以上的数字标签`); 选择, 选取, 确定 pick the places or
// bodies a task commits to (`选择3个设区市试点`, `择优确定10个示范县`); 资助 counts the projects funded;
// 共建 makes with a partner (`与××市共建产业学院3个`); 选派, 选拔, 派驻 pick and send the people a task counts (`选派30名青年骨干`);
// 抽取 draws the places a survey or a check is done in (`抽取2个社区作为试点样本`); 开工 starts the building counted (`新开工保障性住房1200套`);
// 聘请, 聘用, 招募 hire the people counted (`聘请义务监督员200名`), as 招聘 does; 调整, 开通 change or open the
// routes and lines counted (`优化调整公交线路12条`, `开通定制公交线路5条`); 储备 lays in the stock counted (`储备帐篷200顶`,
// heldout9), 改建 and 加装 rebuild or add the works counted (`新改建农村公路1.5万公里`, `加装电梯15部`), 明确 names the
// people a place is given (`每个村明确1名以上管水员`); 设置 sets up the posts or points counted (`设置监测点25个`), as 设立 does;
// 安排 allocates the money counted (`市财政安排…专项资金8000万元`), a yearly allocation with or without `每年`; 取消, 停征,
// 关闭, 退出, 淘汰 count what a task does away with (`取消…收费20项`, `淘汰燃煤小锅炉40台`), 推出 what it launches (`推出…线路8条`),
// 盘活 what it puts back to use (`盘活闲置用地50宗`), 推进 the places it brings a work to (`推进3万个自然村通宽带`); 推荐 picks the
// places or bodies put forward (`择优推荐示范县2个`), as 遴选 does, and 核销 strikes off what is settled (`核销隐患点12处`), as 取消 does;
// 整治, 关停, 取缔, 拆除, 清理, 搬迁 count what a task puts right or removes (`整治300家“低散乱”企业`, `拆除违法建筑50处`);
// 开放 the venues it opens (`免费开放6个公共图书馆`).
const MAKING =
  '新增|新建|扩建|建成|建设|建立|建有|创建|争创|组建|设立|开放|打造|培育|认定|命名|遴选|评选|推广|推广应用|发布|制定|制修订|修订|研制|完成|扩容|改造|实施|开展|举办|培训|培养|招收|招聘|引进|配备|配置|布局|部署|带动|吸纳|惠及|服务|拥有|支持|扶持|帮助|推动|组织|指导|累计|形成|构建|发展|选择|选取|确定|资助|共建|选派|选拔|派驻|抽取|开工|新开工|聘请|聘用|招募|调整|开通|储备|改建|加装|明确|设置|安排|取消|停征|关闭|退出|淘汰|推出|盘活|推进|推荐|核销|整治|关停|取缔|拆除|清理|搬迁';
/** Any of those verbs, for the test of a clause that names people (PEOPLE_QUALIFIED). */
const MAKING_VERB = new RegExp(MAKING, 'u');
/**
 * Words that make a count something to reach rather than a description: a time of the plan
 * (`今年`), a comparison (`达到`, `不低于`, `控制在`), a change (`提高`, `下降`), and the verbs
 * of making (MAKING).
 */
const COMPARISON =
  '今年|全年|(?<![0-9０-９一二两三四五六七八九十半])年内|当年|每年|力争|实现|覆盖|达到|达|扩大|不少于|不低于|不小于|不超过|不高于|不大于|超过|以上|突破|至少|控制在|稳定在|保持在|提高|提升|增加|增长|增至|降低|降至|下降|减少|削减|缩短|压减|压缩|(?<!不)低于';
const GOAL = new RegExp(`${COMPARISON}|${MAKING}`, 'u');
/** The comparison words and times of GOAL without its verbs of making: in the noun a scope picks out (`…的智能化改造项目`), a verb names a kind of thing. */
const SCOPE_GOAL = new RegExp(COMPARISON, 'u');
/** A goal word right before a value, with an `约` or `近` between. */
const GOAL_BEFORE = new RegExp(`(?:${GOAL.source})(?:约|近)?$`, 'u');
/** An indicator counted per head or per thousand (`每千人`, `每万名`, `人均`): any value it is given is a level to reach. */
const PER_HEAD = /每[十百千万]+(?:名|人|户|常住人口)?|人均|户均/u;
/**
 * A count after a verb of holding (`开展`, `举办`, `组织`) whose noun ends its clause with an event (`开展3项专项整治行动`, `开展5种农药
 *专项整治行动`): it counts events or names what a campaign is about, no committed volume (counts of events are none, README).
 */
const HOLDING_BEFORE = /(?:开展|举办|组织)$/u;
const EVENT_AFTER = /^[^，；。]{0,24}(?:行动|活动|赛事|比赛|竞赛|大赛|会议|讲座|演练)$/u;
/** People counted (`组织1000名志愿者参与…行动`): those who take part, never the events, a volume committed. */
const PEOPLE_COUNTED = /[名人]$/u;
/** Words right before a value that reach for it (`达到`, `提高到`, `控制在`, `至少有`), not scope it. */
// `要有`, `应有` commit a body to have the count (`贫困村要有1个农业主导产业`), as `至少有` does; not `主要有`, `只要有`.
const REACH = /(?:达到|达|超(?!过)|提高到|提升到|提升至|扩大到|扩大至|增至|降至|降到|降低到|下降到|[压减缩][减缩短][至到]|控制在|稳定在|保持在|不低于|不少于|不小于|不高于|不超过|不大于|至少有?|(?<![主只])[要应须需]有)$/u;
/** A cap a rule sets (`合作研究单位不得超过2个`, `单个项目最高不超过50万元`): a limit on what may be done, not a level to reach. */
// `一般不超过` is a cap as `原则上不超过` is.
const CAP = /(?:不得|不能|不应|不宜|最高|最多|原则上|一般)(?:不)?(?:超过|高于|多于|大于)$/u;
/**
 * A floor a rule forbids to go under (`用人单位安排残疾人就业比例不得低于…总数的1.5%`): a quota imposed on others, not a level the
 * plan reaches (`月缴存基数不得低于…` reads so too). `不应少于` is a goal the plan sets its own bodies, a target.
 */
const RULE_FLOOR = /不得(?:低于|少于)[^，；。]*$/u;
/**
 * The limit of a rule on money paid or drawn (`支付限额提高到40万元`, `每人每年申领额度不超过2万元`): a parameter of the
 * rule, raised or capped, not a level the plan reaches (heldout7 and heldout8 read raised and capped limits so).
 */
// The limit raised, set or capped before the value: a sum given (`新增授信额度500亿元`) is no rule's limit.
const LIMIT_BEFORE = /(?:限额|额度)(?:由[^，；。]*)?(?:提高|提升|上调|调整|不超过|不得超过|不高于|最高|为)[^，；。]*$/u;
/**
 * A clause whose subject is those who apply or are chosen (`申报企业上年度营业收入不低于2000万元`, `入选项目总投资…`): its figures
 * are the thresholds of eligibility they must meet, not levels the plan reaches (heldout9 reads a partner's threshold so); their
 * number (`申报项目数量达到100个`) is a level.
 */
const APPLICANT_SUBJECT = /^(?:申报|申请|入选|参评|入库|拟推荐)(?:企业|单位|主体|机构|项目)(?!数|总数)/u;
/**
 * A floor on money or on a size "in principle" (`项目总投资原则上不低于500万元`, `单个场地面积原则上不小于300平方米`): a rule's standard
 * of investment or of what is built, as PER_AREA's per mu is; a count so floored (`抽查批次原则上不少于…`) is a volume committed.
 */
const FLOOR_IN_PRINCIPLE = /原则上(?:不低于|不少于|不小于)$/u;
/** The measures of a size a standard sets (`平方米`, `公顷`, `亩`, `米`): with a floor in principle, a rule of what is built. */
const SIZE_UNIT = /(?:平方米|平方公里|公顷|亩|米)$/u;
/**
 * A clause about one thing of a kind (`单个项目…`, `单笔贷款…`, `单户…`) with a cap on its value (`不超过300万元`): the most a rule
 * allows each one, not a level the plan reaches (as `单个项目最高不超过…`, CAP).
 */
const SINGLE_CAP = /^单(?:个|笔|项|户|家|次|宗)/u;
/**
 * Bodies and posts counted (`家`, `名`, `所`, `户`): capped by a plain cap (PLAIN_CAP: `遴选机构不超过20家`, `每村聘用不超过2名`),
 * the most a rule allows, no level to reach; a time, a distance or a share capped (`用时不超过30天`, `服务半径不超过1公里`) is a level,
 * and so may be things, events or people capped (`新发疫点不超过5个`, `较大事故不超过2起`, `火灾死亡人数不超过5人`, `常住人口不超过
 * 2300万人`: goals written as caps), which the measure words leave out.
 */
const COUNTED_THINGS = /(?:家|名|所|户)$/u;
/** A standard of a fee or a payment (`签约服务费…标准为每人每年120元`): the rate a rule sets, not a level to reach (heldout11). */
const STANDARD_BEFORE = /标准(?:为|是)[^，；。]*$/u;
/**
 * A post to be named (`明确1名分管负责人`): a body names who is in charge, not a level it reaches (heldout11); a count of people
 * each place is given (`每个村明确1名以上管水员`, heldout10) is a staffing level, a target.
 */
const POST_NAMED = /明确$/u;
/** A count given to each place or body (`每个村`, `每家企业`, `每村`), not a period (`每年`, `每季度`). */
const PER_BODY = /每(?!年|半年|季|月|周|日|天|旬)/u;
/**
 * A share of a sum of money (`支付比例不低于合同金额的60%`, `按合同金额的30%给予奖补`): the rate of a payment or a grant
 * rule; a share of people or firms (`不低于已登记经营户的20%`) is a level reached.
 */
const SUM_SHARE = /(?:金额|货款|价款|费用|款项)的$/u;
/**
 * A share of a whole capped (`特聘岗位比例不超过岗位总量的15%`, `经营面积不得超过场馆面积的5%`): the part a rule allows, not a level to
 * reach (a floor, `不少于…总数的5%`, is one).
 */
// The words between may not hold another cap word: each try then stops at the next (a run of them was quadratic).
const SHARE_CAP = /不得?(?:超过|高于|大于)(?:(?!不得?(?:超过|高于|大于))[^，；。])*的$/u;
/**
 * A cap on the share of money put to a use (`专项债券用作项目资本金的比例不超过25%`): how funds may be spent, a rule's
 * limit; a floor on it (`…用于农业农村的比例不低于10%`) is a commitment to spend, a target.
 */
const USE_CAP = /用[作于][^，；。]*的?比[例重](?:原则上|一般)?(?:不超过|不高于|不大于|最高|最多)$/u;
/** Where a count is the number of places or people a task is done in or for (`在3个设区市先行开展试点`, `面向1万名专业技术人才开展培训`). */
const PLACE_BEFORE = /(?:在|面向|覆盖)$/u;
/**
 * 在, and an area of up to four characters where written (`老城区`, `中心城区`), before a count of places and their noun
 * (`在老城区2个片区试点建设…`, `在20个公园划定…`): the places the task is done in, whatever its verb. Not a distance or people
 * drawing a scope (`在周边15公里范围内的乡镇`, `在人口5000人以上的…`), not the 在 of a word (`存在`, `现在`, `所在`, `正在`, `实在`:
 * `整改存在的3个问题`), nor a modifier with `的` before the count.
 */
const IN_PLACES = /(?<![存现所正实])在(?:(?!的)[\u4e00-\u9fa5]){0,4}$/u;
/** The measure words of places and sites counted (`个`, `家`, `所`, `处`, `座`). */
const PLACES_COUNTED = /^[0-9０-９]+(?:个|家|所|处|座)$/u;
/** The word of a pilot after the places it is tried in (`在2个城区先行试点`, `在2个区试点推行`): the places are committed as with a goal word. */
const PILOT = /试点/u;
/** A count that is the subject of a verb of reaching (`100家企业实施分类分级管理`, `100个高频事项实现“最多跑一次”`, `70个村入选…名录`). */
// Not after `的` (`50人以上的自然村实现…` draws a scope, see SCOPE_AFTER).
// Not a rate's name (`300米服务半径覆盖率达到90%`): the count is part of the indicator, whose value is the target.
const SUBJECT_OF = /^(?!的)[\u4e00-\u9fa5“”"]{1,12}?(?<!率)(?:实现|实施|达到|完成|建成|开展|入选)/u;
/** A figure inside a rule's measure (`按照每千人口不少于10个托位的标准配建`): the rule's rate, not a level to reach. */
const RULE_MEASURE_BEFORE = /(?:按照|依照|参照|比照)[^，；。]*$/u;
const RULE_MEASURE_AFTER = /^[^，；。]*的(?:标准|比例|要求)/u;
/** An age with the people it bounds after it (`3岁以下婴幼儿`): a scope, unless a word reaches for it (`人均预期寿命达到80岁`). */
const AGE = /岁/u;
/** A making verb right before a count (`培育100家以上示范企业`, `建成100个以上的基地`): the count is of what the task makes. */
// The verb's result may follow it (`评选出10个宣传口号`, `培育出…`), and so may the level of what it makes (`争创省级4项…试点`). A batch may stand between (`完成首批20个产业集群的诊断评估`, `认定第二批10个示范区`), and so may what found the things
// the task finishes (`完成已排查的36处易涝点整治`), or the whole area they are in (`完成全县15个乡镇的规划编制`); so may the 对
// of the units the task is done on (`完成对5家国有企业…的审计`: units audited, a count committed).
const MAKE_BEFORE = new RegExp(`(?:${MAKING})出?对?(?:国家级|省级|市级|县级)?(?:首批|第[一二三四五六七八九十]批|已[\u4e00-\u9fa5]{1,4}的|全[省市县区镇乡])?(?:超过|不少于|至少|约|近|共)?$`, 'u');
/**
 * 实现 right before a count and its noun commits to the things it brings about (`实现20项高频事项异地办理`, `实现2个乡镇疫情拔除`);
 * a count drawing a scope with `的` (`实现20人以上的自然村…覆盖`) does not, nor a span (`实现24小时自助服务`, a service's hours,
 * which TIME_UNIT leaves out unless a word reaches for it).
 */
const REALIZE_BEFORE = /实现$/u;
/** Where a count is looked back from for the verb or word that reaches for it: the longest of those words and its bound. */
const LOOK_BACK = 8;
/** Clauses about money given (`给予奖补，最高500万元`, `一次性奖励100万元`): their figures are grants, not targets. */
// From 给予 the scan stops at the next 给予 (where the next try starts): `.*` went to the line's
// end from each one of a long run (quadratic time); the same clauses match.
const GRANT = /奖补|贴息|补助|补贴|资助|奖励|给予(?:(?!给予).)*(?:元|%)|最高[0-9０-９]/u;
/**
 * A raise to a new level (`养老服务补贴由每人每月100元提高到150元`, `补助标准提高到每人每年500元`): in a clause about a subsidy or a
 * standard per person, the level raised to is a committed quantity, not a grant's amount (GRANT); a rule's parameter so raised
 * is not (RAISED_PARAMETER).
 */
const RAISED_TO = /(?:提高|提升|上调|增加)(?:到|至)(?:每人每[年月]|人均|每人)?$/u;
/**
 * A subsidy, an allowance or a standard raised by a share (`补贴标准提高10%`, `补助标准分别提高6%和9%`): the raise is committed, as a
 * level raised to is (RAISED_TO); a grant's ratio raised (`贴息比例提高到70%`) is a rule's rate, and stays out.
 */
const RAISED_BY = /(?:标准|补助|补贴|津贴|养老金|救助金|抚恤金)(?:分别|再|平均)?(?:提高|提升|上调|增加)(?:[0-9０-９.．]+\s*[%％]\s*[、和及与]\s*)*$/u;
/**
 * A parameter of a rule raised or cut (`年营业额上限由50万元提高到80万元`, `抵扣比例由60%提高到80%`, `起征点提高到6000元`,
 * `最高补助由50万元提高到100万元`): a ceiling, a threshold, a grant's cap or a tax's ratio, how the rule reads from now on, not a
 * level the plan reaches.
 */
const PARAMETER = '(?:上限|下限|门槛|起征点|起付线|封顶线|最高[\\u4e00-\\u9fa5]{0,4}|(?:扣除|抵扣|税)[\\u4e00-\\u9fa5]{0,3}(?:比例|率))';
// The words after `由` may not open another parameter and its `由`: each try then stops at the next (a run of `上限由`
// was quadratic); the last such opening matches wherever an earlier one did.
const RAISED_PARAMETER = new RegExp(
  `${PARAMETER}(?:(?:由|从)(?:(?!${PARAMETER}(?:由|从))[^，；。])*)?(?:提高|提升|上调|下调|降低|降|调整|扩大)(?:到|至)$`,
  'u',
);
/**
 * Money an allocating verb puts into a fund (`省财政安排…补助资金3.5亿元`, `下达…专项经费`): a yearly allocation the plan commits to,
 * even where the fund's name holds a grant's word (GRANT).
 */
// The words between may not hold another allocating verb: each try then stops at the next (a run of them was quadratic).
const ALLOCATING = '(?:安排|下达|拨付|投入|筹集|筹措)';
const ALLOCATED = new RegExp(`${ALLOCATING}(?:(?!${ALLOCATING})[^，；。])*(?:资金|经费)$`, 'u');
/** A value in money (`40万元`, `2万元`). */
const MONEY_UNIT = /元$/u;
/** A sum of money or a share, as a grant gives it: what GRANT leaves out of a clause (`资助培育项目25～30项` is a count of projects). */
const MONEY = /元|[%％]/u;
/**
 * Formulas of an indicator table (`日间手术台次数/同期出院手术台次数×100%`): a way to count, not a
 * value to reach. A slash between figures (`15/10万`) is a rate, not a formula, and `××` stands for a
 * name left out (`与××市共建…`), not a product.
 */
const FORMULA = /(?<!×)×(?!×)|[÷＝=]|[^0-9０-９][/／]|[/／][^0-9０-９]/u;
/** What follows a figure that makes it the rate or the measure of a rule (`100%加计扣除`, `20平方米的标准`). */
const RULE_AFTER = /^(?:的?(?:标准|比例|要求|额度|幅度|限额)|[加减扣抵补免返][\u4e00-\u9fa5]|在税前|税前)/u;
/**
 * Before a figure: a rate applied by a rule (`按照100%在税前加计扣除`), or the level a change starts
 * from (`由30万元提高到50万元`: the target is the second), not a level to reach.
 */
const RULE_BEFORE = /(?:按照|依照|比照|参照|从|由)$/u;
/**
 * What stands before a figure that makes it a count of what exists (`已经发布的85项`, `现有养老机构1200家`) or of a list just named (`…等5项`).
 * A share reached for after it (`已建站的社区覆盖率稳定在90%以上`) is a level: the 已 draws the scope, the share is committed.
 */
// Not right after a making verb: `完成已排查的36处易涝点整治` commits to finishing what was found.
const COUNTED_BEFORE = new RegExp(`(?<!(?:${MAKING}))(?:已经?|现有|既有|目前|当前)[^，；。]*$`, 'u');
/**
 * A count after `等` (`…等5项`) restates the list before it, unless fewer names are written than it counts and a making verb
 * stands before them (`建设甲等9个节点`: one example of the nine the task builds).
 */
const LIST_END = /等$/u;
/** The longest name of a list read before a count (`高新技术产业开发区`): longer runs are a task's words, not a name. */
const NAME_LENGTH = 15;
/** A making verb before the names of a list closed by `等` (`建设甲、乙等`), the longest name NAME_LENGTH. */
const MAKE_BEFORE_EXAMPLES = new RegExp(`(?:${MAKING})[^，；。、]{1,${NAME_LENGTH}}(?:、[^，；。、]{1,${NAME_LENGTH}})*等$`, 'u');
/**
 * A count followed by its noun and `全部` (`8个社区全部修订…`): it counts the whole of the area's things, a scope, no level.
 * The noun is at most 8 characters (`个省级园区`): further on, 全部 qualifies another phrase. (A literal, for the regex audit.)
 */
const WHOLE_AFTER = /^[\u4e00-\u9fa5]{0,8}?全部/u;
/** Marks that end the stretch a list of names is read in (its clause's marks are already split off). */
const NAMES_START = /[：:\s]/u;
/** A share followed by `的部分` (`其中不低于40%的部分用于…`): the portion of a sum a rule allots, not a level to reach. */
const PORTION_AFTER = /^的部分/u;
/** A share of a whole written `…的` before it (`不低于已登记经营户的20%`): what exists is the whole, the share is reached for. */
const SHARE_OF = /的$/u;
/** A value a scope is drawn by (`20人以上的自然村`, `超过25%的企业`): a figure followed by `的` and a thing, unless it is the level itself (`的目标`). */
const SCOPE_AFTER = /^的(?!目标|水平|任务|比例)/u;
/** Words before a share that make it a threshold of a scope (`持股比例超过25%的企业`); a share alone before `的` is the part of a whole that must reach a level (`90%以上的乡镇卫生院达到…`). */
const THRESHOLD_BEFORE = /(?:超过|高于|低于|不足|大于|小于|以上|以下)$/u;
/** A sentence telling what has been done (`过去五年，…`, `去年…`, `2018年以来，…`): its figures are facts, not targets. */
const PAST = /^(?:过去|去年|上年|近[一二三四五六七八九十几]+年|[^，；。]{0,12}以来)/u;
/** The preposition before the rate a task is set at (`赤字率拟按3%安排`). */
const RATE_AT = /按$/u;
/** A value told as about so many (`100项左右`). */
const ABOUT = /左右$/u;
/** A value with its bound written after it (`200万人以上`, `5%以内`). */
const BOUNDED = /(?:以上|以下|以内|左右)$/u;
/** A clause that opens by comparing with the year before, with no subject of its own (`比去年增加400亿元`, `比去年预算低0.4个百分点`). */
const COMPARED = /^比(?:去年|上年|上一年|前一年)/u;
/**
 * A clause that changes a count or an amount by a share (`…80亿元，增长12%`, `…40个，公园数量再增加一半以上`): with no subject, or with a subject
 * that names again what the clause before counted, it restates that count (the growth of an amount just given, a part of a count
 * just given, changed further with `再` or by its number); a rate or a ratio of its own (`…使用率提高20%`) is a level. The subject
 * is up to eight characters.
 */
const RESTATED_CHANGE = /^([\u4e00-\u9fa5]{0,8}?)(?:同比|比上年|较上年)?(再)?(?:增长|增加|下降|减少|压减|削减|精简)(?:一半|半数|百分之|[一二三四五六七八九十]+分之|[0-9０-９.．]+\s*[%％])/u;
/** The end of a subject that names a number of things (`公园数量`, `项目总数`). */
const COUNT_SUBJECT = /(?:数量|总数|个数|总量)$/u;
/** The end of a subject that names a rate or a ratio, a level of its own. */
const RATE_SUBJECT = /(?:率|比例|比重)$/u;
/** What follows a value that ends its clause: nothing but blanks and the clause's mark. */
const END_OF_CLAUSE = /^[\s，,；;。]*$/u;
/** What follows a value that ends an item of a clause: nothing, or a mark or word that lists the next. */
const ENDS_ITEM = /^(?:[\s、，和及与或；;。]|$)/u;
/** What follows a count that makes it an attribute of a noun: a word, not `的` (see SCOPE_AFTER), a mark or a listing word. */
const ATTRIBUTE_AFTER = /^(?![的和及与或])[\u4e00-\u9fa5]/u;
/** The marks and words that join the items of a list (`A、B`, `A和B`, `A及B`, `A与B`), one character each. */
const LIST_MARK = /^[、和及与]$/u;
/** What stands between a value taken and a count heading the next item of its list: the first item's noun and the joining mark. */
const NEXT_ITEM = /^[^、，；。]*[、和及与]$/u;
/** A clause opening with the place or body each of which is given its counts (`每个区…`, `每家医院…`); not a period (`每个月`). */
const PER_PLACE = /^每(?:个|家|所|支)(?!月|季度?|年)/u;
/**
 * A floor (FLOOR's words) right after a count, on a second count followed by `的` and a noun (`1支不少于20人的队伍`, `2个不小于500平方米
 * 的…`): the size of each thing counted, one phrase with the count, so one target.
 */
const SIZE_FLOOR = new RegExp(`^${FLOOR.source}`, 'u');
/** Words between two values of one clause that list them (`分别达到30%、20%和10%`). */
const LISTED = /^[\s、，和及与或；;。]*$/u;

/**
 * What every value is written with: a figure (NUMBER, in PERCENT, COUNT, CAPACITY, BARE), `分` (`百分之五`,
 * `三分之一`), `半` (`一半以上`), `翻` (DOUBLING) or `亿`, `万` after a numeral (CHINESE_AMOUNT). A clause without one has no target.
 */
const VALUE_CLUE = /[0-9０-９分半翻]|(?<=[一二两三四五六七八九十百千])[万亿]/gu;

/**
 * The quantities a task must reach, each with its clause: a share or a rate (`100%`, `不少于…5%`,
 * `15/10万以下`), a count a goal word or a making verb governs (`新增5G基站1000座`,
 * `培育100家以上示范企业`, `提高5个百分点`), a level per head (`每千名老人拥有床位40张`),
 * or doubling (`翻一番`). A clause may hold several (`A达到50%、B达到70%`,
 * `分别达到30%、20%和10%`); each then has the words from the value before it to its own. Not
 * targets: figures inside brackets and quotes, years and dates, grants (`最高3000万元`), formulas,
 * rates and measures of rules (`税前100%加计扣除`), counts of what exists (`现有…1200家`), scopes
 * (`20人以上的自然村`), the figures of a sentence telling what was done (`过去五年，…`), and coverage
 * without a figure (`实现…全覆盖`): a target is a value written, as the blind gold contract reads it.
 * @param text an obligation's text, without its unit notes
 */
export function findTargets(text: string): Target[] {
  const targets: Target[] = [];
  // Every value is written with a figure or a share's word (VALUE_CLUE): most sentences hold none.
  VALUE_CLUE.lastIndex = 0;
  let clue = VALUE_CLUE.exec(text)?.index ?? -1;
  if (clue === -1 || PAST.test(text)) return targets;
  const inside = bracketDepths(text);
  // Whether the clause before made a target: a clause that opens with a count goes on with its list (`培育3家…，20家…`).
  let listing = false;
  for (const span of splitClauses(text)) {
    // A clause without a clue holds no value: it makes no target and ends a list.
    while (clue !== -1 && clue < span.start) {
      VALUE_CLUE.lastIndex = clue + 1;
      clue = VALUE_CLUE.exec(text)?.index ?? -1;
    }
    if (clue === -1 || clue >= span.end) {
      listing = false;
      continue;
    }
    const clause = text.slice(span.start, span.end);
    // A clause comparing the value before it with last year's (`…安排5776亿元，比去年增加400亿元`) restates that value.
    if (listing && COMPARED.test(clause)) continue;
    if (listing && restatesCount(clause, targets.at(-1)!)) continue;
    if (FORMULA.test(clause.includes('/') || clause.includes('／') ? clause.replace(UNIT_RATES, '').replace(LATIN_RATES, '') : clause) || FRAME.test(clause) || CONDITION.test(clause) || PROJECT_TOTAL.test(clause) || (PEOPLE_QUALIFIED.test(clause) && !MAKING_VERB.test(clause.slice(0, clause.lastIndexOf('的')))) || (SCOPE_CLAUSE.test(clause) && !SCOPE_GOAL.test(clause.slice(clause.lastIndexOf('的') + 1))) || namesPartners(text.slice(0, span.start), clause)) {
      listing = false;
      continue;
    }
    const granting = GRANT.test(clause);
    const goes = listing;
    // A count is reached for by a goal word before it (`新增…1000张`, `培育100家`), or by its own bound where
    // it ends its clause or list (`退出煤炭产能1.5亿吨以上`); one bounded before a thing describes it (`5亿元以上项目`).
    // The rest of the sentence: the task a count of places or people is for may come in the next clause (`每年面向1万名…，由省市合力开展培训`).
    const onward = (m: RegExpMatchArray) => text.slice(span.start + m.index! + m[0].length);
    // A count the task is for, or heading a list that goes on: it stands even where bounded before a thing.
    // So is a value ending a clause that goes on with the list of indicators before it (`…增长3%，实际使用外资60亿美元。`).
    const aimed = (m: RegExpMatchArray) => (goes && (m.index === 0 || END_OF_CLAUSE.test(clause.slice(m.index! + m[0].length)))) || (PLACE_BEFORE.test(clause.slice(0, m.index!)) && (GOAL.test(onward(m)) || PILOT.test(onward(m)))) || (IN_PLACES.test(clause.slice(0, m.index!)) && PLACES_COUNTED.test(m[0].replace(BOUNDED, '')) && ATTRIBUTE_AFTER.test(onward(m)));
    const goal = (m: RegExpMatchArray) =>
      aimed(m) ||
      GOAL.test(clause.slice(0, m.index!)) || PER_HEAD.test(clause.slice(0, m.index!)) || REACH.test(clause.slice(Math.max(0, m.index! - LOOK_BACK), m.index!)) || (BOUNDED.test(m[0]) && ENDS_ITEM.test(clause.slice(m.index! + m[0].length))) || SUBJECT_OF.test(clause.slice(m.index! + m[0].length));
    const stands = (m: RegExpMatchArray) => free(clause, m, inside, span.start, aimed(m)) && !(granting && MONEY.test(m[0]) && !committedMoney(clause.slice(0, m.index!), m[0]));
    const counts = [...clause.matchAll(COUNT)];
    const found = [
      ...[...clause.matchAll(PERCENT)].filter(stands),
      ...counts.filter((m) => stands(m) && !isYear(clause, m) && goal(m)),
      ...[...clause.matchAll(CAPACITY)].filter((m) => stands(m) && goal(m)),
      ...(LATIN_CLUE.test(clause) ? [...clause.matchAll(LATIN_VALUE)].filter((m) => stands(m) && VALUE_REACH.test(clause.slice(Math.max(0, m.index! - LOOK_BACK), m.index!))) : []),
      ...(clause.includes('亿') || clause.includes('万') ? [...clause.matchAll(CHINESE_AMOUNT)].filter((m) => stands(m) && VALUE_REACH.test(clause.slice(Math.max(0, m.index! - LOOK_BACK), m.index!))) : []),
      ...(clause.includes(':') || clause.includes('：') ? [...clause.matchAll(RATIO)].filter((m) => stands(m) && REACH.test(clause.slice(Math.max(0, m.index! - LOOK_BACK), m.index!))) : []),
      ...[...clause.matchAll(BARE)].filter((m) => stands(m) && REACH.test(clause.slice(Math.max(0, m.index! - LOOK_BACK), m.index!))),
      ...(clause.includes('数') ? [...clause.matchAll(INDEX_VALUE)].filter(stands) : []),
      ...[...clause.matchAll(DOUBLING)].filter((m) => !inside[span.start + m.index!]),
    ].sort((a, b) => a.index! - b.index!);
    // A count heading the next item of a list after a value taken (`100家应用基地、16家以上智能牧场`,
    // `建成300个联合体和150个共同体`) is a value of its own.
    const items = new Set<RegExpMatchArray>();
    // Counts joined by 和 in a clause per place (`每个区建成1家A和1家B`) are one standard each place meets, one target (heldout5).
    const perPlace = PER_PLACE.test(clause);
    for (const m of counts) {
      if (perPlace && clause[m.index - 1] !== '、') continue;
      if (!LIST_MARK.test(clause[m.index - 1] ?? '') || found.some((f) => f.index === m.index) || inside[span.start + m.index]) continue;
      const head = found.filter((f) => f.index! < m.index).at(-1);
      if (head && NEXT_ITEM.test(clause.slice(head.index! + head[0].length, m.index)) && !isYear(clause, m)) {
        found.push(m);
        items.add(m);
      }
    }
    found.sort((a, b) => a.index! - b.index!);
    let last: RegExpMatchArray | null = null;
    const kept: RegExpMatchArray[] = [];
    for (const m of found) {
      // A count inside a share already taken (`15/10万`) is no second value.
      if (last && m.index! < last.index! + last[0].length) continue;
      // A later value is a second target when it is listed with the one before (`30%、20%`), is the value of a
      // listed indicator (`…1.7亿吨以上、煤炭产能8亿吨`) or is reached for on its own.
      const between = last ? clause.slice(last.index! + last[0].length, m.index!) : '';
      // An item of a list with its own noun (`100家应用基地、16家以上智能牧场`, `300个左右联合体和150个左右共同体`) is a value of
      // its own too; a share so listed (`90%的市和70%的县达到…`) shares the verb after it, one target.
      if (last && !LISTED.test(between) && !GOAL.test(between) && !between.startsWith('、') && !between.endsWith('、') && !items.has(m) && !(NEXT_ITEM.test(between) && !PERCENT_START.test(m[0]) && !perPlace)) continue;
      // The size of the thing just counted (`组建1支不少于20人的…队伍`): one phrase, one target with the count before it.
      if (last && SIZE_FLOOR.test(between) && SCOPE_AFTER.test(clause.slice(m.index! + m[0].length))) continue;
      kept.push(m);
      last = m;
    }
    kept.forEach((m, i) => {
      const from = i === 0 ? 0 : kept[i - 1]!.index! + kept[i - 1]![0].length;
      const to = i === kept.length - 1 ? clause.length : m.index! + m[0].length;
      targets.push({ text: clause.slice(from, to).replace(/^[\s、，和及与或]+/u, ''), quantity: m[0] });
    });
    listing = kept.length > 0;
  }
  return targets;
}

/**
 * Whether a figure of a clause stands free: not in brackets, no date, no rule's rate or cap, no count of what exists, no scope.
 * @param listed the figure opens a clause that goes on with the list of the clause before (`，20家行业型…平台`), or counts the places or people a task of the sentence is for (`面向1万名…`)
 */
function free(clause: string, match: RegExpMatchArray, inside: ArrayLike<number>, offset: number, listed = false): boolean {
  const at = match.index!;
  const rest = clause.slice(at + match[0].length);
  const after = rest.slice(0, LOOK_BACK);
  const before = clause.slice(0, at);
  const near = clause.slice(Math.max(0, at - LOOK_BACK), at);
  // The figure and its measure word without a bound after it (`20家以上` → `20家`).
  const bare = match[0].replace(BOUNDED, '');
  if (OBJECT_OF_DUI.test(before) && !GOAL.test(before) && ATTRIBUTE_AFTER.test(after)) return false;
  if (LIST_END.test(before) && !(MAKE_BEFORE_EXAMPLES.test(before) && listedNames(before.slice(0, -1)) < countOf(match[0]))) return false;
  if (WHOLE_AFTER.test(rest)) return false;
  if (inside[offset + at] || /^[0-9０-９.]*\s*(?:年|月|日)/u.test(after) || RULE_AFTER.test(after) || RULE_BEFORE.test(near) || (COUNTED_BEFORE.test(before) && !SHARE_OF.test(before) && !(PERCENT_START.test(match[0]) && REACH.test(near))) || CAP.test(near) || RULE_FLOOR.test(before)) return false;
  // A multiple of a whole capped (`救助金额一般不超过…标准的6倍`) is the part a rule allows, as a share so capped is.
  if (match[0].includes('倍') && SHARE_CAP.test(before)) return false;
  if (PERCENT_START.test(match[0]) && (SHARE_CAP.test(before) || USE_CAP.test(before) || SUM_SHARE.test(before) || PORTION_AFTER.test(after))) return false;
  if (APPLICANT_SUBJECT.test(clause)) return false;
  if (RAISED_PARAMETER.test(before)) return false;
  if (MONEY_UNIT.test(match[0]) && (LIMIT_BEFORE.test(before) || STANDARD_BEFORE.test(before) || FLOOR_IN_PRINCIPLE.test(near) || (PER_AREA.test(before) && FLOOR.test(near)))) return false;
  if (SIZE_UNIT.test(bare) && FLOOR_IN_PRINCIPLE.test(near)) return false;
  if (PLAIN_CAP.test(near) && (SINGLE_CAP.test(clause) || COUNTED_THINGS.test(bare))) return false;
  if (POST_NAMED.test(near) && !PER_BODY.test(before)) return false;
  if (RULE_MEASURE_BEFORE.test(before) && RULE_MEASURE_AFTER.test(rest)) return false;
  if (TIME_UNIT.test(match[0]) && (!(REACH.test(near) || CUT_AFTER_EVENT.test(near)) || (PLAIN_CAP.test(near) && (!DAYS.test(match[0]) || SCOPE_AFTER.test(after))) || FLOOR.test(near))) return false;
  if (EVENTS.test(bare) && !EVENT_REACH.test(near)) return false;
  if (HOLDING_BEFORE.test(before) && EVENT_AFTER.test(rest) && !PEOPLE_COUNTED.test(match[0])) return false;
  if (!PERCENT_START.test(match[0]) && EVENT_BEFORE.test(near)) return false;
  // A change in percentage points each period (`每年下降1个百分点`) is a level's pace, no count of times.
  if (PER_PERIOD.test(before) && !match[0].includes('百分点') && FREQUENCY.test(bare)) return false;
  if (AGE.test(match[0]) && ATTRIBUTE_AFTER.test(after) && !REACH.test(near)) return false;
  if (ATTRIBUTE_AFTER.test(after) && restatesNames(before, match[0])) return false;
  // A count heading an item of a list, of the places a task is done in, or the subject of a verb of reaching, counts what the task commits to.
  if (listed || SUBJECT_OF.test(rest)) return true;
  // A bare share with a noun right after it and no word reaching for it is part of a name (`全国1%人口抽样调查`,
  // `6%一档的税率`); one after 按 is the rate a task is set at (`赤字率拟按3%安排`).
  if (PERCENT_START.test(match[0]) && !BOUNDED.test(match[0]) && ATTRIBUTE_AFTER.test(after) && !RATE_AT.test(near) && !REACH.test(near) && !GOAL_BEFORE.test(near)) return false;
  // A count read as an attribute of the noun after it (`5亿元以上招商引资项目`, `实现24小时自助服务`) counts what
  // the task makes only right after a making verb or a word reaching for it (`培育100家以上示范企业`).
  // A bounded count after any goal word is one too (`实现1亿左右农业转移人口…落户`).
  // A count told as about so many (`100项左右智慧应用`) is never a scope's threshold: after a goal word anywhere before it, a level.
  if (!PERCENT_START.test(match[0]) && ATTRIBUTE_AFTER.test(after) && !REACH.test(near) && !MAKE_BEFORE.test(near) && !REALIZE_BEFORE.test(near) && !LIST_END.test(before) && !(BOUNDED.test(match[0]) && GOAL_BEFORE.test(near)) && !(ABOUT.test(match[0]) && GOAL.test(before))) return false;
  // A value followed by `的` and a thing draws a scope, unless a word reaching for it or a making verb governs it;
  // a share so followed is a part of a whole, unless a threshold word stands before it.
  if (!SCOPE_AFTER.test(after) || REACH.test(near) || MAKE_BEFORE.test(near)) return true;
  return PERCENT_START.test(match[0]) && !THRESHOLD_BEFORE.test(near);
}

/**
 * Whether a clause changes by a share the count or the amount the clause before gave (RESTATED_CHANGE): no subject, or one that
 * shares two characters with that target's words.
 * @param clause the clause
 * @param counted the last target of the clause before
 */
function restatesCount(clause: string, counted: Target): boolean {
  if (PERCENT_START.test(counted.quantity ?? '')) return false;
  const change = RESTATED_CHANGE.exec(clause);
  if (!change) return false;
  const subject = change[1]!;
  if (RATE_SUBJECT.test(subject)) return false;
  if (subject.length === 0) return true;
  // A subject of its own (`粮食进口减少10%` after `粮食产量达到…`) is another indicator: only one changed further (`再`) or
  // counted (`…数量`) names the count again.
  if (change[2] === undefined && !COUNT_SUBJECT.test(subject)) return false;
  for (let i = 0; i + 2 <= subject.length; i++) if (counted.text.includes(subject.slice(i, i + 2))) return true;
  return false;
}

/**
 * Whether money in a clause about a grant is committed all the same: a sum a subsidy or a standard is raised to, a share it is
 * raised by, or an allocation.
 * @param before the clause before the value
 * @param value the value as written
 */
function committedMoney(before: string, value: string): boolean {
  if (PERCENT_START.test(value)) return RAISED_BY.test(before);
  return RAISED_TO.test(before.slice(-LOOK_BACK)) || ALLOCATED.test(before);
}

/**
 * Whether a count is the number of the names listed right before it (`在东区、西区2个街道`): when it is, with a noun
 * after it, it restates the list (as `…等5项` does), no level to reach. The names are read back from the count, each
 * up to NAME_LENGTH characters, split at `、` (a loop, not a regular expression: one tried at each start was quadratic).
 * @param before the clause before the count
 * @param value the count as written
 */
function restatesNames(before: string, value: string): boolean {
  if (!before.includes('、')) return false;
  const names = listedNames(before);
  return names >= 2 && names === countOf(value);
}

/** The whole number a count opens with, full-width digits read as their ASCII ones (`９个` → 9). */
function countOf(value: string): number {
  return Number.parseInt(value.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)), 10);
}

/** How many names a list right before a point holds (`东区、西区` → 2, a single name → 1), 0 where the last is longer than a name. */
function listedNames(before: string): number {
  let start = before.length;
  while (start > 0 && !NAMES_START.test(before[start - 1]!)) start--;
  const parts = before.slice(start).split('、');
  const lastName = parts.at(-1)!;
  if (lastName.length === 0 || lastName.length > NAME_LENGTH) return 0;
  let names = 1;
  for (let i = parts.length - 2; i >= 0 && parts[i]!.length > 0; i--) {
    names++;
    if (parts[i]!.length > NAME_LENGTH) break;
  }
  return names;
}

/**
 * The bodies a clause is about, named by what they do, and a thing of theirs (`代储企业仓容…`); not their number (`代储企业不少于
 * 10家`, `代储企业数量达到…`), a level.
 */
const DOERS_SUBJECT = /^([\u4e00-\u9fa5]{2})(?:企业|单位|主体|机构)(?!数|总数|不少于|不低于|达到|超过|至少|[0-9０-９])/u;

/**
 * Whether a clause is about the partners the text before it invites to take part (`支持…企业参与储备粮代储，代储企业仓容不低于
 * 5000吨`): its figures are the thresholds they must meet, no level the plan reaches (heldout9).
 * @param before the text before the clause
 * @param clause the clause
 */
function namesPartners(before: string, clause: string): boolean {
  const joining = before.lastIndexOf('参与');
  if (joining === -1) return false;
  const doers = DOERS_SUBJECT.exec(clause);
  return doers !== null && before.slice(joining).includes(doers[1]!);
}

/** `2022年`-like figures and `5G` are names of times and things, not counts. */
function isYear(clause: string, match: RegExpMatchArray): boolean {
  const before = clause[match.index! - 1] ?? '';
  return /[0-9０-９A-Za-z第]/u.test(before);
}
