import { splitClauses } from '../text/clauses.js';
import { wordBounds } from '../text/word-bounds.js';
import { leadingDate } from './find-deadline.js';
import { isGeneralVerb } from './is-general-verb.js';
import { looksLikeUnit, splitUnits } from './split-units.js';
import { ADVERBS, FRAMING, GOVERNING_VERBS, MODALS, NOUN_FRAMING, OPENERS, PREPOSITIONS, SERIAL, VERBS } from './action-lexicon.js';

const longestFirst = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length);
const verbList = longestFirst([...VERBS, ...Object.values(PREPOSITIONS).flatMap((verbs) => verbs ?? [])]);
const adverbList = longestFirst(ADVERBS);
/** The words of a list by their first character, longest first: a lookup per position, not a scan of the lexicon. */
const byFirst = (words: string[]) => {
  const index = new Map<string, string[]>();
  for (const word of words) index.set(word[0]!, [...(index.get(word[0]!) ?? []), word]);
  return index;
};
const verbsByFirst = byFirst(verbList);
const adverbsByFirst = byFirst(adverbList);
const framing = longestFirst(FRAMING);
const nounFraming = longestFirst(NOUN_FRAMING);
const GOVERNING = new Set(GOVERNING_VERBS);
/** Governing verbs that direct bodies to act (`组织专家对…开展评审`), unlike those that bring a state about (`实现…与…对接`). */
const DIRECTING = new Set(['组织', '指导', '督促', '引导', '推动', '动员', '帮助', '带动']);
/** The prepositions whose phrase ends in a verb of their own list (`对…进行`, `把…列为`). */
const PREPOSITION_WORDS = Object.keys(PREPOSITIONS);
const PREPOSITIONS_WITH_VERBS = PREPOSITION_WORDS.filter((word) => PREPOSITIONS[word]);
/** Their first characters. */
const LISTED_FIRST = new Set(PREPOSITIONS_WITH_VERBS.map((word) => word[0]!));

/** The ends of a subject that hands its task to a modal: `…等部门要加强`, `书记要认真履行`; a level of government (`县级组建…`). */
const SUBJECT_ENDINGS = '厅 局 委 办 部 府 馆 政府 委员会 单位 部门 中心 集团 公司 厂 海关 院 会 室 组 机关 党委 党组 书记 领导 干部 人员 负责人 同志 人 各地 各级 企业 市 县 区 省 镇 乡 街道 社区 村 机构 组织 学校 高校 医院 群众 媒体 专班 队伍 团队 专家 主体 志愿者 经营者 劳动者 从业者 县级 市级 省级 乡级 镇级 村级 区级 ） )'.split(' ');
const SUBJECT_END = new RegExp(`(?:${SUBJECT_ENDINGS.map((word) => word.replace(')', '\\)')).join('|')})$`, 'u');
/** The last characters of those ends: a subject ending in another character needs no test of the whole. */
const SUBJECT_LAST = new Set(SUBJECT_ENDINGS.map((word) => word.at(-1)!));
/** How far into a clause its verb is looked for after a subject or a preposition's phrase; keeps long runs of text linear. */
const REACH = 80;
/** Words that hand a subject's task over besides the modals: `各地…情况请于…报送`, `…的，可免除…`. */
const HANDING = [...MODALS, '请', '可'];
/**
 * An indicator's change from one level to another, after its name: `由`, the old level (up to ten characters, a digit,
 * then up to six more before the verb: `由每人每年380元`, `由50%`), a verb of raising or cutting and `到`/`至`/`为` with the
 * new level's number. Not after 将 or 把, which make the name the object of a task (`将…标准由…提高到…`); a governing
 * verb before the name keeps its task too (`推动…占比由…提高到…`), which the caller reads.
 */
const INDICATOR_CHANGE = /^[^将把由]{2,}由[^，；。由]{0,10}?[0-9０-９][^，；。]{0,6}?(?:提高|提升|降低|下降|增加|减少|上调|下调|调高|调低|调整)(?:到|至|为)[0-9０-９]/u;

/** Characters after a verb that make it name a place (`集聚区`, `示范园`, `…区内`): the verb is in the place's name. */
const PLACE_NAMED_AFTER = '区园内';

/** Whether the action found ends in a governing verb before the `由` of an indicator's change, whose change it brings about (`加快推动…由…增加到…`). */
function governsChange(clause: string, found: string): boolean {
  const at = clause.indexOf(found);
  return at >= 0 && at + found.length <= clause.indexOf('由') && GOVERNING.has(governingVerb(clause, at + found.length));
}

/** Adverbs of one character the segmenter runs into the modal after them as one word (`也要`, `都要`, `更要`, `亦须`); not 均, which ends nouns before 可 (`人均可支配收入`). */
const ADVERB_BEFORE_MODAL = '也都更亦还';

/** Whether a modal starts at `at` right after such an adverb: a word starts there, whatever the segmenter joined (`各地也要加强…`). */
function modalAfterAdverb(text: string, at: number): boolean {
  return at > 0 && ADVERB_BEFORE_MODAL.includes(text[at - 1]!) && HANDING.some((word) => text.startsWith(word, at));
}
/** The first characters of the modals, and `将` (`…将适时开展…`, which says what will be done as a modal does), to skip clauses without one. */
const MODAL_START = new RegExp(`[${[...new Set(HANDING.map((word) => word[0]))].join('')}将]`, 'u');
/** Adverbs that follow a subject of any kind: `…门户网站均集中迁移至…`, `…事项全部开通…`. */
const SUBJECT_ADVERB = /(?:均|都|全部|一律|予以|加以)/uy;
/**
 * What makes a verb before it part of a noun, a modifier or a phrase of time: `公开率`, `建设者`,
 * `发展的`, `集聚区`, `提供商`, `开放型`, `申请人`, `申请书`, `备案后`, `建设水平`, `贯彻落实情况`, `作出之日起`,
 * `推介会`, `成立前`, `公开栏`, `督查室`, `疏导点`, `分解表`, `建设费`, `储备粮`, `储备库` (a meeting, a time before an event, a board,
 * an office, a site, a form, a fee, a reserve and its store), `构筑物` (a thing built, when 物 ends the noun: `打造物|联|网`
 * the segmenter cuts too).
 */
const NOUN_SUFFIX = /(?:[率性度者员量的化区商人书后型会前栏室点表费粮库]|物(?=[、，；。和及与或]|$)|水平|情况|之日|之后|以后|之前|以前|期间|以来)/uy;
/**
 * Words that open with a noun's suffix and are no noun of the verb before them, which the segmenter splits into single
 * characters (`改善|人|居|环境`, `推进|人|防|…`, `会|同人|社|部门`, `完成|区|级|…`, `指导|区|县|开展`, `布局|商|贸|流通|网点`): 人 there opens the
 * object (人居 living environment, 人防 civil air defence, 人社 human resources and social security, 人机 human–machine,
 * 人武 people's armed forces), 区 a level (区级, 区县), 商 trade and its places (商贸, 商务, 商业, 商品, 商户, 商圈, 商超), not a
 * person, a zone or a supplier named by the verb (`申请人`, `集聚区`, `提供商`).
 */
const SUFFIX_OPENING_WORD = /(?:人(?:居|防|社|机|武)|区(?:级|县)|商(?:贸|务|业|品|户|圈|超))/uy;
/** The end of a body's name after a verb (`住房城乡建设局`, `发展改革委`): the verb is part of the name. */
const BODY_SUFFIX = '局厅委';
/** Last characters of the names of bodies, which the segmenter may join to the verb after them. */
const BODY_LAST = '办局厅委部处室院';
/** A level right after a verb (`在20元以下`, `至1小时以内`). */
const BEFORE_LEVEL = /(?:在|到|至)?[0-9０-９]/uy;
/** Verbs that send to a body, whose object may be a body's name (`报送局办公室`): no part of it. */
const SENDING = new Set('报送 报 上报 提交 移送 抄送 报告 通报 移交 反馈 推送 报请 提请'.split(' '));
/** What a thing is sent to a body for, ending the clause (`…报区政府备案`, `…报区财政局审批`). */
const SENT_FOR = /(?:备案|审批|审核|批准|审定|核准)$/u;
/** A district's body after a verb of sending (`区政府`, `区应急管理局`, `区防汛防台指挥部办公室`): `区` is its level, no noun's suffix. */
const DISTRICT_BODY = /^区[^，；。、]{0,12}?(?:政府|局|委|办|办公室|指挥部|中心|部门)/u;
/** Words that start with `可` without it being a modal: `可持续`, `可行`, `可靠`. */
const CAN_IN_WORD = /^可(?:持续|行|靠|能|视|控|信|及|比|用|复制)/u;
/** What may run into a modal in one word of the segmenter (`应当在`): a preposition of manner or time. */
const INTO_MODAL = /^[在于从对按向将把]/u;
/** What ends the name of a platform, fund, programme, system or pilot zone: a verb right before it is part of the name (`信息公示平台`, `自主创新示范区`). */
// `专项` only where the name ends with it (`…发展专项`), not before the noun it qualifies (`开展专项行动`).
const NAME_AFTER = /^(?:平台|系统|资金|基金|专项(?=$|[，、；。和及与的])|中心|网站|工程|计划|指南|纲要|办法|细则|示范区|示范基地)/u;
/** Marks that open and close a stretch whose words are a name or a quotation, not the sentence's verbs. */
const OPEN_MARKS = '（(《“‘';
const CLOSE_MARKS = '）)》”’';
/** How deep inside such marks a text is after a character, from how deep it was before it. */
const depthAfter = (character: string, depth: number) =>
  OPEN_MARKS.includes(character) ? depth + 1 : CLOSE_MARKS.includes(character) ? Math.max(0, depth - 1) : depth;
/**
 * Frames whose clause gives no action even when a verb follows their phrase: `经…批准`, `除…外`,
 * `随着…`, and the help a task leans on (`借助…平台拓展…`, `依靠…`), read as circumstance of the task the
 * next clause states. The phrase of `依托`, `通过` and `以…为` is circumstance too, but the verb after it in
 * the same clause is the task (`依托…平台建立…`, `通过…系统报送…`, `以…为主体加强…`), as the blind sets read it.
 */
const NO_ACTION_FRAME = /^(?:经|除|其中|随着|以及|借助|依靠)/u;
/**
 * What a phrase of a frame ends in when it is the whole clause (`按照省委统一部署`,
 * `结合本地实际`, `以…思想为指导`, `围绕“…”宣传主题`): such a clause gives no action, while one that goes on to a verb
 * (`针对…基金设置…容错率`, `面向科技型企业推出…`) gives that verb.
 */
const FRAME_END =
  /(?:要求|部署|精神|原则|目标|主题|需求|需要|特点|实际|主线|大局|方向|重点|规定|标准|意见|方案|导向|契机|情况|任务|职责|基础|前提|指引|战略|思想|理念|计划|规划|布局|领域|问题|环节|地区|园区|区域|行业|企业|群体|对象|人群|产业|机制|体系|制度|优势|资源|平台|载体|项目|方式|形式|途径|渠道|手段|[》”]|为[^，、]{1,4})$/u;
/** Frames of a rule or a basis, whose object is a noun phrase even where a verb opens it (`按照整治重点`, `根据评估结果`). */
const RULE_FRAME = /^(?:按照|根据|依据|依照|遵照)/u;
/** `通过` a check that ends its clause: the verb of passing it (`通过县级验收`, `通过复审`). */
const PASSED = /^通过[^，；。]{0,8}(?:验收|审核|审查|评审|考核|认证|鉴定|复审|复核)$/u;
/** Nouns that end the phrase of a frame (`结合实际`, `按照…要求`, `根据本计划`, `按照职责分工`): a verb right after one is the task's. */
// `按照查实金额的一定比例给予…`, `按销售价格的15%给予…`: a share or a rate closes the phrase of a rule's amount.
// `根据评估结果调整…`, `按照整治重点开展…`: what a check found and what a plan puts first close it too.
// `对照本要点制定…`, `依据本意见制定…`: the document itself, named by `本` and its kind, closes the phrase of its basis, and so
// does a document's name (`按照《…细则》组织实施`).
const FRAME_NOUN = /(?:要求|部署|精神|原则|实际|计划|规定|安排|分工|职责|程序|比例|结果|重点|(?<=的)标准|[%％]|本(?:方案|意见|要点|通知|办法|细则|规划|措施|决定|指南|纲要)|》)/uy;
/** The nouns of a standard or a rate a rule's frame ends in (`按照每吨80元的标准`, `按…20%的比例`), before the task's verb. */
const RATE_NOUN = /^(?:标准|比例)$/u;
/**
 * A clause that opens with 使 (or 使得) and a new subject, which says what the tasks before it bring about (`…，使群众办事更加便捷`,
 * `…，使企业安心经营`): its verbs are the outcome's, no task; not `使用`, `使命`, a verb and a noun of their own.
 */
const RESULT_OF_TASKS = /^使(?:得)?(?!用|命)/u;
/**
 * A clause of 在 that ends in `的` and people or bodies (`在城镇有稳定住所的人员`, `在本市缴纳社保的企业`): a noun phrase, the
 * subject or the scope of the task that follows; its verbs qualify the people.
 */
const PEOPLE_QUALIFIED = /的(?:人员|个人|家庭|企业|单位|群众|居民|职工|学生|人)$/u;
/** A sentence that opens with the year its goals are set for (`到2030年，…`). */
const GOAL_YEAR = /^到[0-9０-９]{4}年/u;
/** Whether the words before 实现 name a thing it comes about for: not empty, not a body, not ending in a modal. */
function outcomeSubject(before: string): boolean {
  return before.length > 0 && !governsBody(before) && !HANDING.some((word) => before.endsWith(word));
}

/**
 * Adverbs of a change still going on (`不断`, `持续`, `进一步`, `逐步`, `稳步`) or come off (`顺利`: `…改革顺利实施`), before a verb that ends a clause whose
 * words before them are its subject: `…体系不断完善`, `…责任体系进一步健全完善`, `…形势持续稳定向好` say how a thing
 * moves, as `…能力明显提升` does (the README's outcome predicates), and a verb inside the subject (`…创新体系`) is no
 * task either. A body's task carries its object (`不断完善…机制`) or a modal (`各地要进一步健全…`). Of the adverbs of
 * a state reached, only a work's completion or an ill's end is read so (`…任务全面完成`, `…大班额基本消除`): the blind
 * sets read `…体系基本建成`, `…网络全面部署`, `…系统全部迁移上云` as tasks.
 */
const OUTCOME_PREDICATE = /(?:(?:不断|持续|进一步|逐步|稳步|顺利)(?=[\u4e00-\u9fff]{2,4}$)|(?:基本|全面|全部)(?=(?:完成|消除)$))/gu;
/** A subject that is a time, not a thing: `汛期`, `实施期间`. */
const TIME_SUBJECT = /期(?:间|内)?$/u;
/** Its first characters: a pre-check before the pattern. */
const OUTCOME_PREDICATE_FIRST = '不持进逐稳顺基全';
/** A word of quality after an adverb of degree that ends such a clause (`…布局更加合理`): any word, verb or adjective. */
const DEGREE_END = /更加[\u4e00-\u9fff]{2}$/u;
/** The fewest characters of a subject before it: a noun of two (`任务`, `体系`) at least. */
const OUTCOME_SUBJECT_MIN = 2;

/**
 * Whether a clause is an outcome: a subject of things (no modal, no prohibition, no frame, no body's end but in a verb,
 * `…学校布局`; opening with no verb, adverb or preposition), then `更加…`, or such an adverb and a verb of the lexicon,
 * ending the clause; after a verb the adverb and its verb are a noun, the verb's object (`开展…全面排查`).
 */
function outcomeClause(clause: string, bounds: Bounds): boolean {
  let predicate = -1;
  if (DEGREE_END.test(clause)) predicate = clause.length - 4;
  else if ([...OUTCOME_PREDICATE_FIRST].some((c) => clause.includes(c))) {
    for (const match of clause.matchAll(OUTCOME_PREDICATE)) {
      const verb = match.index + match[0].length;
      if (bounds(match.index) && verbAt(clause, verb, bounds) !== null && !verbList.some((word) => clause.endsWith(word, match.index))) predicate = match.index;
    }
  }
  if (predicate < OUTCOME_SUBJECT_MIN) return false;
  const subject = clause.slice(0, predicate);
  // `汛期持续开展巡查`: a time (`…期`, `…期间`) is when a task is done, no subject of things.
  if (TIME_SUBJECT.test(subject)) return false;
  if (HANDING.some((word) => subject.includes(word)) || FORBIDDING.test(subject) || framing.some((word) => subject.includes(word))) return false;
  if (SUBJECT_END.test(subject) && !verbList.includes(subject.slice(-2))) return false;
  if (verbAt(clause, 0, bounds) !== null || adverbsByFirst.get(clause[0] ?? '')?.some((word) => clause.startsWith(word))) return false;
  return !PREPOSITION_WORDS.some((word) => clause.startsWith(word));
}

/**
 * A verb of doing a work well (`做好`, `抓好`, `办好`) after at most six characters of manner with no `的`, no verb's
 * object and no mark (`多渠道多方式`, `精细`): a phrase of manner longer than that is more often an object or a clause.
 */
const WELL_DONE = /(?<=^[^的，、；]{1,6})(?:做好|抓好|办好)/u;

/** Verbs by which a body has others act (`指导督促`, `引导`, `组织`), at the end of an action. */
const GUIDING_END = /(?:指导|督促|引导|组织|带动)$/u;

/** The bodies a `请` opens by addressing them (`请各地…`, `请各有关单位…`): the subject of the task, not its verb. */
const ADDRESSED = /^各/u;

/** The verbs of where a body sits (`办公室设在市局`, `…位于…`): the place named after them holds no task. */
const SEATED = /设在|位于/u;

/** Words of the year a task is done in (`今年`, `全年`, `年内`). */
const YEAR_WORDS = '今年|明年|全年|年内|当年';
/** A time said in words before a task (`今年开工580万套`, `今年再减少…`, `须第一时间报告`): no part of the action. */
const TIME_WORD = new RegExp(`^(?:${YEAR_WORDS}|近期|今后|下一步|第一时间|汛期(?:中|内|期间)|汛[期前后](?=[对向将把在要应须]))`, 'u');
/** A word of the year that ends what opens a clause (`全年`, `年内`), before its task. */
const YEAR_BEFORE = new RegExp(`(?:${YEAR_WORDS})$`, 'u');
/** A level an indicator is held at (`稳定在`, `保持在`, `控制在`): its verb is the clause's, not a word opening it. */
const LEVEL_HELD = /(?:稳定|保持|控制)在/u;
/**
 * A count a clause ends in, which it commits to (`…工作室15个`, `…不少于5万吨`, `…20家`): a figure with its measure word, not a
 * share, a sum of money or a date.
 */
const COUNT_END = /[0-9０-９](?:万|亿)?(?:个|家次|家|项|吨|人次|人|批次|次|场|期|所|座|批|件|户|名|篇|条|处|套|台|辆|公里|款|部|张|份|本|株|棵|艘)(?:以上)?$/u;
/** Verbs that take any verb of two characters as their object (`予以追回`, `加以规范`). */
const TAKES_ANY_VERB = /^(?:予以|加以)$/u;
/** Marks a verb taken by `予以`/`加以` never holds. */
const STOPS = '，。；、';
/** Duties written as `应X尽X` (`应保尽保`, `应纳尽纳`): one action of four characters. */
const ALL_WHO_SHOULD = /应(.)尽\1/uy;
/** What ends the name of a fund, platform or programme a verb can sit inside (`中央引导地方科技发展专项资金`). */
const NAME_END = /(?:资金|基金|平台|专项|工程|计划|系统|网站)/u;
/**
 * A verb that heads a clause with one word at most before `等` and a short noun that ends the clause
 * is an item of a list (`…，协调决策等制度机制`); not one whose object goes on (`推广上海等自贸试验区…成果`).
 */
const LIST_HEAD = /[^，、；]{0,2}等(?=[^，、；]{0,6}$)/uy;
/**
 * A frame whose object is a list closed by `等` before the comma (`围绕…调查工作、落实…责任制、实施…平衡等，积极宣传…`):
 * the items joined by `、` are the frame's topics, verbs and all, no tasks; the task follows the comma. Not `通过` and `以`,
 * whose listed means (`通过开展…、实施…等`) and `以…为…` the blind sets read otherwise.
 */
const FRAMED_LIST_END = /等[^，、；。等]{0,6}$/u;
/** Clauses of circumstance that end in a place word: `在保证市民隐私前提下`, `在…的基础上`. */
const CIRCUMSTANCE_END = /(?:前提下|基础上|过程中|情况下|条件下|同时|期间|之际|以来|方面)$/u;
/** A clause of time that ends in `时` (`法院审理…案件时`, `…在参股…企业时`): it sets when, it is no task; not a clock time (`…延长至19时`). */
const WHEN_END = /[^同及按准适随0-9０-９]时$/u;
/** A clause that is a stage of a work, during which what follows falls (`规划编制过程中，…`, `在计划执行期内，…`): no task; not a span of time (`在一定时期内`). */
const STAGE_END = /(?:过程中|[^时]期内)$/u;
/** A clause of time that ends after a thing is done (`…项目完成后`, `…方案批准后`): it sets when, as `…时` does. */
const AFTER_DONE = /(?:完成|结束|竣工|完工|验收|批准|通过|到位|确定|公布|发布|生效|实施)后$/u;
/**
 * A clause of time that ends before an act is done (`出台政策前`, `提交…会议审议前`): it sets when, as `…后` does; not a date
 * (`6月底前`, `年前`), a word of time (`提前`, `目前`, `当前`, `此前`, `节前`) or of acting first (`预防在前`, `超前`, `事前`) nor a task that ends in its time (`确保…汛前`, `要在…前`).
 */
const BEFORE_EVENT = /^(?!确保|力争|争取|要|应|须|必须|务必|在|于)[^0-9０-９，；。]*[^0-9０-９底末初年月日提目当此节汛之以在超事]前$/u;
/** Words that open a phrase of manner, place or time between a modal and its verb: `应按照…标准配置`, `要于…前完成`, `应当及时从…撤下`, `应当自…之日起…内完成` (`自` only before its `起`: not `自来水`), `赴…` a place the doers go to (`支持…企业赴境外开展…`). */
const MANNER = /^(?:按照|依照|按|于|在|自(?=[^，；。]{1,24}?起)|从|通过|对照|根据|依据|赴)/u;
/** A phrase of time after `在`/`于` up to the end it sets (`接到报修后`, `30分钟内`, `每月5日前`). */
const TIME_PHRASE = /^[^，；。、]{1,16}?(?:之后|以后|之前|以前|内|前|后)/u;
/** The event a span of time is counted from, and the span: `收到申请之日起10日内`, `合同终止之日起`. */
const SINCE = /^[^，；。]{1,24}?之日起(?:[0-9０-９一二三四五六七八九十两半]+个?(?:年|月|日|工作日|天|周|小时)内)?/u;
/** What joins a second body to the subject: `…部会同民政部指导…`. */
const WITH_BODY = /(?:会同|联合|协同|商)/uy;
/** Words that forbid the task that follows them. */
const FORBIDDING = /(?:不得|严禁|禁止|不准)/u;
/** The same words opening a clause. */
const FORBIDDING_FIRST = new RegExp(`^${FORBIDDING.source}`, 'u');
/** Prepositions that move a task's object before its verb: `将…报送`, `把…纳入`, `对…进行`. */
const MOVING = /^[将把对]/u;
/** A span of time that opens a task: `六个月内完成…`, `30日内开展…`. */
const SPAN = /^[0-9０-９一二三四五六七八九十两半]+个?(?:年|月|日|工作日|天|周|小时|分钟)内/u;
/** A recurrence before a date (`每年1月20日前`): with the date, a time that opens a task. */
const RECURRING = /^每(?:年|季度|月)/u;

/** A recurrence that may open a date (`每月5日前`, `每周五前`), checked before a date is read after a modal. */
const RECURRING_DAY = /^每(?:年|季度|月|周)/u;

/** An event of one to three characters before which a recurring task falls (`汛前`, `清明节前`); not `提前`, `目前`, `当前`. */
const RECURRING_EVENT = /^(?![提目当此])\p{Script=Han}{1,3}?前/u;

/**
 * A weekday that names its own recurrence (`每周五前`, `每周一`, `每月第一个星期一`, `每年9月第三个星期六`), with the part of the day
 * after it (`每周五下午`), or a week of the month (`每年5月第二周`): a date, as `每月25日` is.
 */
const WEEKDAY = /^每(?:周[一二三四五六日]|(?:年[0-9０-９]{1,2}月|月)(?:(?:第[一二三四五]个|最后一个)(?:星期|周)[一二三四五六日天]|(?:第[一二三四五]|最后一)周))(?:上午|下午|晚上)?/u;
/** A part of the year a yearly task falls in, with no date written (`每年年初`, `每年年底前`, `每年上半年`). */
const YEAR_PART = /^(?:年初|年中|年底|年末|上半年|下半年|初|底|末)前?/u;
/** Nouns that end a subject which is no body, a topic the task is said of: `…落实情况纳入…`, `…结果作为…`, `县财政每年安排…`, `医保基金对…实行…`. */
const TOPIC_NOUNS = '情况|结果|时限|成果|报告|资金|基金|经费|财政|类别|代码|工程|项目|设施|行业|网络|能力';
const TOPIC_END = new RegExp(`(?:${TOPIC_NOUNS})$`, 'u');
/** The last characters of those nouns: a subject ending in another character is no topic. */
const TOPIC_LAST = new Set(TOPIC_NOUNS.split('|').map((word) => word.at(-1)!));
/** A topic's noun right after a verb makes the verb its modifier (`工程建设项目`); not one made a manner (`实行项目化管理`). */
const TOPIC_START = new RegExp(`^(?:${TOPIC_NOUNS})(?!化)`, 'u');
const TOPIC_AFTER = new RegExp(`(?:${TOPIC_NOUNS})`, 'uy');
/**
 * The shortest and longest subject without an ending that marks it (`二是自动外呼开展…`): a noun of two
 * words at least, so that a verb ending a compound noun of two words (`年度报告`, `政策执行`) is not read as a
 * predicate, and of a few words at most, as a longer run before a verb is more often a noun phrase.
 */
const BARE_SUBJECT_MIN = 4;
const BARE_SUBJECT_MAX = 6;
/** A phrase of means that ends in its noun (`通过…等方式`, `以…形式`): a verb right after it is the task's. */
// A post's powers used for a misdeed (`利用职务便利索取…`, `利用职务之便…`) are its means too, and so is the medium a report
// or a list is sent by (`通过电子邮件上报`, `以正式文件下发`, `通过传真报送`).
const MEANS = /^(?:通过|以|采用|利用)[^，；。]*?(?:方式|途径|形式|渠道|手段|便利|之便|(?:邮件|文件|公文|传真|信函)(?:方式|形式)?(?![系平网]))/u;
/** Verbs that encourage a task, whose action is the task's verb: `鼓励`, `鼓励和引导`, `鼓励和支持` (the encouraged act may follow a frame in the next clause). */
const ENCOURAGING = /鼓励(?:和|并)?(?:引导|支持)?$/u;
/** An enumeration that opens a task: `一是`, `二是`. */
const ENUMERATED = /^[一二三四五六七八九十]+是/u;
/**
 * Words that open a clause of purpose: `便于…`, `以利于…`, `旨在…`, and `用于…` after a sum (`…安排1000万元，用于支持…`),
 * also with a word of focus before it (`…800万元，重点用于…`, `专项用于…`): the uses of a sum name no task.
 */
const PURPOSE = /^(?:便于|以便于|以利于|有利于|有助于|旨在|(?:重点|专项|主要|专门|全部|优先|集中)?用于)/u;
/**
 * A colon after `以下`/`下列`/`如下` and a short noun (`公示下列信息：`, `持下列材料…：`, `明确以下内容：`): what
 * follows lists items of that noun. Not goals (`实现以下目标：…；改造提升…200个`), whose items may be tasks.
 */
const ANNOUNCED_LIST = /(?:以下|下列|如下)(?!目标)[^，。；：]{0,6}(?=：)/u;
/**
 * The result of a check, with a predicate after it: `评估结果在全县通报`, not `公布结果` that ends its
 * clause, nor the object of a verb that acts on results (`强化结果运用`); or those a check finds wanting, whose
 * fate follows (`评估不合格的一律退出` → `一律退出`).
 */
const RESULT_AFTER = /^(?:结果[^，；。]{2}|(?:不合格|不达标)的)/u;
/** A verb's phrase before `所需` and a sum (`加装电梯所需资金`): it names what the topic is needed for; not `提供…所需的组件`. */
const NEEDED = /^[^，；。]{2,10}?所需(?:资金|经费|费用)/u;
/** Verbs of checking and choosing, whose 结果 is a topic the next task is said of (`考核结果纳入…`, `复核结果于…前报…`, `推荐结果报…`). */
const CHECKING = new Set('评估 评价 检查 考核 督查 督导 考评 审核 监测 抽查 核查 调查 测评 验收 审计 巡查 评审 复核 复查 推荐 评选 遴选'.split(' '));
/** Ends that look like a body's but are a kind of place or a scope (`…推进全市城市`): no subject ends there. */
const NO_BODY_END = /(?:城市|城镇|城乡|农村|全[省市县区镇乡村])$/u;
/**
 * Kinds of place that end like a body (`镇`, `市`) but are never the subject that acts: `城镇新增就业…` is an indicator,
 * `城市更新…`, `智慧城市建设…` name a field of work; cities named as doers act (`各城市`, `多数城市`, `试点城市`).
 */
const PLACE_KIND_END = /(?:城镇|城乡|(?<![各数些点])城市)$/u;
/**
 * `保持`/`稳定` before a level (`保持在95%以上`, `稳定在3.5万吨`): the verb of keeping an indicator, not a comparison
 * word; and `压缩`/`缩短`/`延长` before the time a process is cut or extended to (`优化流程，办理时限压缩至5个工作日`,
 * `各地要将营业时间延长至22时`, counted from an event of one to four characters: `缩短至震后10秒以内`, `…地震发生后…`, as
 * find-targets' CUT_AFTER_EVENT): the change is the task, unless the sentence is made only of such indicators (`onlyLevelsChanged`).
 */
const LEVEL_KEPT = /(?:保持|稳定)(?=在?[0-9０-９])|(?:压缩|缩短|延长)(?=[至到](?:[^，；。、0-9０-９]{1,4}后)?[0-9０-９.一二三四五六七八九十半])/gu;
/** The longest noun after `的` that names what a task after `对` is done to (`企业`, `项目`, `矛盾纠纷`). */
const TARGET_NOUN_MAX = 4;
/** The longest agent after `由` (`由区住房城乡建设局…`, `由业主大会…`). */
const AGENT_MAX = 16;
/** How far a subject of bodies may run from the clause's start. */
const SUBJECT_REACH = 24;

/**
 * The leading verb phrase of each task in a sentence, one per clause that is a task:
 * `研究制定…，推动建立…，举办…，深化…。` → `研究制定`, `推动建立`, `举办`, `深化`. A phrase is
 * the adverbs before the verb (`深入开展`, `进一步加强`), the verb, and a second verb the first
 * takes (`加快推进`, `建立健全`) or joins with `和` (`巩固和深化`). A subject before a modal is
 * skipped (`书记要认真履行…` → `认真履行`), as is a preposition's phrase (`对…进行评估` →
 * `进行评估`). Clauses of circumstance (`按照省委统一部署`, `通过数据共享`) give none.
 * @param written an obligation's text, without its unit notes
 */
export function findActions(written: string): string[] {
  // A list announced as `以下…：`/`下列…：` holds the items of a noun (materials, contents, goals), not tasks.
  const announced = written.includes('：') ? ANNOUNCED_LIST.exec(written) : null;
  const text = announced ? written.slice(0, announced.index + announced[0].length) : written;
  const actions: string[] = [];
  // The segmenter is asked only where the finder looks, mostly the first words of each clause, and
  // over that clause alone: a word never runs across the marks that end a clause, and the lexicon
  // decides most clauses without it.
  let framedUntil = -1;
  for (const span of splitClauses(text)) {
    if (span.start < framedUntil) continue;
    const raw = text.slice(span.start, span.end);
    // `…行业清理整顿工作领导机构和工作机构，要采取…`: a clause of bodies alone before a clause that opens with the modal
    // is the task's subject; a verb in it is in the bodies' names. Not a task that makes a body (`各地要设立专门工作机构，要…`):
    // it has a modal of its own or opens with its verb.
    if (text[span.end] === '，' && BODIES_END.test(raw) && MODALS.some((word) => text.startsWith(word, span.end + 1)) && !HANDING.some((word) => raw.includes(word)) && !verbStartsAt(raw, 0)) continue;
    const listFrame = nounFraming.find((word) => raw.startsWith(word));
    // The frame's run is its clause when a comma ends it (not a `；` or a `。`); the clause skips brackets as the run must.
    const run = listFrame && text[span.end] === '，' ? raw : undefined;
    if (run?.includes('、') && FRAMED_LIST_END.test(run)) {
      framedUntil = span.start + run.length;
      continue;
    }
    const segmented = wordBounds(raw);
    const rawBound = (at: number): boolean => segmented(at) || modalAfterAdverb(raw, at);
    const clause = opening(raw, rawBound);
    const skipped = span.end - span.start - clause.length;
    const named = namedBodyInterior(clause);
    const bounds: Bounds = (at) => at === 0 || at === clause.length || (at < clause.length && rawBound(skipped + at) && !named?.has(at));
    // A clause that opens with its modal (`…的，应当提示其…`) has the task's verb right after it, known to the lexicon or not.
    // Not a condition, a purpose or a time (`…的`, `便于…`, `…时`), which `clauseAction` refuses too.
    // Not `请` before the bodies it addresses (`请各地…`, `请各省、自治区…主管部门…`): their verb comes after them.
    const handed = skipped > 0 && HANDING.some((word) => raw.endsWith(word, skipped)) && !refusedClause(clause, bounds) && !(raw.endsWith('请', skipped) && ADDRESSED.test(clause));
    // `…，全年命名示范单位15个`: after a word of the year, a clause that ends in the count it commits to has the task's
    // verb first, known to the lexicon or not, as after a modal.
    // Not a clause whose level a word reaches for (`全年粮食生产能力稳定在1200万吨以上`): its opening is the indicator, its verb the level's.
    const counted = !handed && skipped > 0 && YEAR_BEFORE.test(raw.slice(0, skipped)) && COUNT_END.test(clause) && !LEVEL_HELD.test(clause);
    // Not after an adverb of the lexicon, which the segmenter may run into the next word (`今年再进城落户…` cut `再进|城`).
    // A verb of the lexicon that opens with an adverb's character is still a verb (`新增`, not `新`).
    const countedVerb = counted && (verbStartsAt(clause, 0) || !adverbsByFirst.get(clause[0] ?? '')?.some((word) => clause.startsWith(word)));
    // A verb of the lexicon that opens such a counted clause is its task too, though it may head new things elsewhere
    // (`全年新增专职调解员不少于20名` → 新增, not a subject `新增…` whose predicate is the level).
    const opens = (handed || countedVerb) && clause !== '';
    const first = opens ? head(clause, 0, bounds) : null;
    let opened: string | null = null;
    if (opens && first === null) opened = (handed ? pastMannerWord(clause, 0, bounds) : null) ?? openVerb(clause, 0, bounds, counted, handed);
    else if (opens && countedVerb && !newThing(clause, first!, bounds, true)) opened = first;
    // `在城市更新中严禁大拆大建`: after a phrase of place, the prohibition is the clause's task, not a verb inside the phrase.
    // So is a prohibition that a pretext or a demand follows (`…不得以任何理由拒绝…`, `…不得要求…`): the verbs before it are its subject's words.
    const placed = (clause.startsWith('在') && PLACED_PROHIBITION.test(clause)) || excusedProhibition(clause);
    // `不得强制企业参加…`: a clause that opens with its prohibition has the act forbidden for task, never a subject ending
    // in a body (`…企业`) that the prohibition's object would make.
    // `第三方机构不得将…转包`: so does a clause whose subject, bodies alone, comes before the prohibition.
    const prohibits = clause !== '' && (FORBIDDING_FIRST.test(clause) || forbiddenToBodies(clause, bounds));
    // `…研发费用扣除比例由50%提高到75%`: a clause that tells an indicator's change from one level to another names the
    // indicator before 由, whatever verbs its name holds (`应纳税所得额`), and has no task (the README: `提高到` is a comparison word)
    // but a governing verb before the name (`推动护理型床位占比由30%提高到50%`), read below.
    const changed = clause.includes('由') && INDICATOR_CHANGE.test(clause);
    // `明确专人，负责…`: the duty of a post just named is the post's, no task of its own (as `明确一名分管领导负责…` gives 明确).
    if (clause.startsWith('负责') && NAMING_POST.test(actions.at(-1) ?? '')) continue;
    // `…，使机构设置更加科学`: a clause of 使 tells what the tasks before it bring about, no task of its own.
    if (clause.startsWith('使') && RESULT_OF_TASKS.test(clause)) continue;
    // `在城镇有稳定住所的人员，可以…`: a clause of 在 that ends in the people it qualifies names who the task is for, no task.
    // Not where a verb of the lexicon stands before the 的 (`在重点行业培育一批…的企业`): that is a task whose object the 的 qualifies.
    if (clause.startsWith('在') && PEOPLE_QUALIFIED.test(clause) && !countedTaskBefore(clause, clause.lastIndexOf('的'))) continue;
    // `…，划转部分国有资本…`: a clause right after a task of the same sentence is a task's place, where a verb of the general
    // dictionary the segmenter cut in two (`划|转`, `严|控`) still opens it.
    const afterTask = actions.length > 0 && text[span.start - 1] === '，';
    // `…任务全面完成`, `…布局更加合理`: an outcome the goal reaches, no task.
    if (!opened && clause && !prohibits && outcomeClause(clause, bounds)) continue;
    const read = clause && !placed && !prohibits && (opened ?? clauseAction(clause, bounds, ENUMERATED.test(raw), afterTask));
    // A verb inside an indicator's name is no task; a level kept or stretched may still be (`开放时间延长至23时` → `延长`).
    // `…办公室设在局执法监督科`: after the verb of where a body sits, the words name the place, no task; not where a `的`
    // follows it, which makes it a modifier (`在位于城区的3个街道开展…`).
    const seated = read ? SEATED.exec(clause) : null;
    const placeNamed = read && seated !== null && bounds(seated.index) && seated.index < clause.indexOf(read) && !clause.includes('的', seated.index);
    const found = read && !inIndicatorName(clause, read) && !modifiesIndicator(clause, read) && !placeNamed && !canAdjective(raw, read) ? read : null;
    // `到2030年，…设施实现全覆盖`: in a goal set for a year, 实现 after a subject that is a thing, not a body, and
    // no modal states an outcome, as 达到 does (`各地要实现…`, `…园区实现…` stay tasks).
    if (found === '实现' && GOAL_YEAR.test(text) && outcomeSubject(clause.slice(0, clause.indexOf(found)))) continue;
    if (!found && changed) continue;
    if (!found) {
      // `市文明办汇总后通报`, `市商务局汇总后报市政府`: a body's act, then the act done after it.
      const steps = clause && !prohibits ? stepsOfBody(clause, bounds) : null;
      if (steps) {
        actions.push(...steps);
        continue;
      }
      // `每个劝导岗配备志愿者不少于2名`: the places each get what the task provides; the verb after them is the task.
      const each = clause.startsWith('每') ? eachScopeVerb(clause, bounds) : null;
      if (each) {
        actions.push(each);
        continue;
      }
      // `…，多渠道多方式做好宣传`, `…，精细做好服务保障`: after a task of the sentence, words of manner the lexicon lacks may
      // stand before a verb of doing well, which is never a noun; it is the clause's task. Not after a verb that governs
      // others' acts (`要指导督促相关城市，…，抢抓时间做好筹备工作`): those are the acts of the bodies it governs.
      const done = afterTask && clause && !actions.some((action) => GUIDING_END.test(action)) ? WELL_DONE.exec(clause) : null;
      if (done && bounds(done.index) && bounds(done.index + done[0].length)) {
        actions.push(done[0]);
        continue;
      }
      // `粮食总产量稳定在…以上`, `参保率保持在97%以上`: keeping a level is the task of a clause of indicators.
      const kept = clause ? matchAt(LEVEL_KEPT, clause, 0) : null;
      if (kept && bounds(kept.index) && bounds(kept.index + 2)) {
        actions.push(kept[0]);
        continue;
      }
      // A prohibition beside other tasks is a task of its own (`…，严禁收受回扣`, `任何单位和个人不得截留、挤占、挪用`).
      if (clause && FORBIDDING.test(clause)) actions.push(...forbiddenActsOf(clause, bounds));
      continue;
    }
    // `资金使用实行项目化管理`, `社区出具证明事项实行清单管理`: a verb inside a topic a few words before 实行, the regime the
    // topic is put under; 实行 is the task.
    const regime = regimeAfterTopic(clause, found, bounds);
    if (regime) {
      actions.push(regime);
      continue;
    }
    const after = clause.indexOf(found) + found.length;
    const listHead = matchAt(LIST_HEAD, clause, after);
    // `等` as a word of its own, not inside `高等院校`.
    const etc = after + (listHead?.[0].length ?? 0) - 1;
    // A clause joined by `并` is a task however short its object (`…，并给予流量等支持`).
    if (listHead && bounds(etc) && bounds(etc + 1) && !raw.startsWith('并')) continue;
    let action = found;
    if (ENCOURAGING.test(found)) {
      const task = encouragedAction(clause, after, bounds);
      // `鼓励…服务商面向重点行业与典型场景，打造…`: the task encouraged is in the next clause.
      if (!task && framedLater(clause, after, bounds)) continue;
      action = task ?? found;
    } else if (found.endsWith('支持') || found.endsWith('允许')) {
      // `允许参与…`: a verb right after 允许 is the act allowed, as a verb 支持 takes is (`支持开展…`); not one that names a
      // place the doers are in (`允许集聚区内商户…`).
      let allowed = found.endsWith('允许') ? head(clause, after, bounds) : null;
      if (allowed && PLACE_NAMED_AFTER.includes(clause[after + allowed.length] ?? '')) allowed = null;
      const task = allowed ? found + allowed : supportedAction(clause, after, bounds);
      // `支持各地在保护生态的前提下，有序开展…`: the bodies supported act in the next clause, which gives the task.
      if (!task && CIRCUMSTANCE_END.test(clause) && framedSupport(clause, after)) continue;
      action = task ?? found;
    }
    // `市商务局牵头建立…`, `由…牵头明确…`: 牵头 names who acts, the verb after it is the task; `由…牵头，` alone
    // names the leader of the tasks after it, a frame as `会同…` is (the README's convention since heldout18).
    else if (found.endsWith('牵头')) {
      if (after === clause.length && clause.startsWith('由')) continue;
      action = head(clause, after, bounds) ?? found;
    }
    // `探索将…与…对接`, `探索将…纳入…`: the task explored is the verb the preposition's phrase ends in.
    // `探索与高校合作开设…`: with 与 and a partner, too, the verb after the partner's phrase.
    else if (found.endsWith('探索') && (MOVING.test(clause.slice(after)) || clause.startsWith('与', after))) action = afterListedPreposition(clause, after, bounds) ?? found;
    // `探索利用…记录开展…`: the task explored is the one done with the means.
    else if (found.endsWith('探索') && (clause.startsWith('利用', after) || clause.startsWith('运用', after))) action = afterMeans(clause, after, bounds) ?? afterUsed(clause, after + 2, bounds) ?? afterTool(clause, after + 2, bounds) ?? found;
    // `探索在农贸市场开展…`: the task explored is the verb after the phrase of place or manner; not a noun the phrase
    // modifies (`探索在…领域的应用验证`: 探索 takes a noun).
    else if (found === '探索' && MANNER.test(clause.slice(after)) && bounds(after)) action = exploredAfterManner(clause, after, bounds) ?? found;
    // `发现问题及时制止`: 发现 states when the task falls; the task is the act done at once on what is found.
    else if (found.endsWith('发现')) action = actOnFinding(clause, after, bounds) ?? found;
    // `利用电视、网络等渠道宣传…`: 利用 a means is circumstance, the verb after the means the task;
    // `利用2-3年时间，…` uses a span of time: no task.
    else if (found.endsWith('利用')) {
      if (SPAN_USED.test(clause.slice(after))) continue;
      action = afterMeans(clause, after - 2, bounds) ?? found;
    }
    // `运用大数据等技术建设…`: a means used is a task, and so is the verb after it; `采取…等方式建设运营…` gives the verb after the way taken.
    const actionEnd = clause.indexOf(action) + action.length;
    const means = INSTRUMENTAL.test(action) ? MEANS_USED.exec(clause.slice(actionEnd)) : null;
    // `利用闲置厂房建设…`: a thing used that is no means named by its kind; the task is the verb done with it, as
    // after a means (`利用…渠道宣传…` → 宣传), while a means named by its kind (`运用…技术开展…`) is a task too.
    const used = means && bounds(actionEnd + means[0].length) ? head(clause, actionEnd + means[0].length, bounds) : action.endsWith('利用') ? afterUsed(clause, actionEnd, bounds) : null;
    if (used) {
      // `采取约谈、通报等方式督促整改` gives 督促: the way taken is how the task is done, circumstance as a means after 通过 is
      // (`通过…方式补足`); a tool named by its kind is a task too (`运用大数据等技术开展…` → 运用, 开展).
      if (!action.endsWith('利用') && !MEANS_TAKEN.test(action)) actions.push(action);
      action = used;
    }
    // An indicator's change keeps only the verb that governs it, none of the verbs after.
    if (changed) {
      if (governsChange(clause, action)) actions.push(action);
      continue;
    }
    actions.push(action);
    const end = clause.indexOf(action) + action.length;
    // `组织对…开展排查`: with no second doer, the preposition right after the directing verb leads to its own task.
    // `研究将…纳入…`, `探索把…作为…`: the object moved right after a verb leads to the verb of the task studied or tried.
    // `选择3个县试点推行…`: places chosen by their count are where the next verb's task is done.
    const own =
      (clause[end] === '对' && DIRECTING.has(governingVerb(clause, end))) || (MOVED_BY.includes(clause[end] ?? '.') && !GOVERNING.has(governingVerb(clause, end)))
        ? afterListedPreposition(clause, end, bounds)
        : CHOOSING.test(action)
          ? afterChosen(clause, end, bounds)
          : null;
    if (own) actions.push(own);
    const chainFrom = own ? clause.indexOf(own, end) + own.length : end;
    const chained = chainedActions(clause, chainFrom, bounds);
    actions.push(...chained);
    // `形成总结报告报县政府`: after the task's object, a bare `报` and a body of a level sends the result on, a task of its own.
    if (chained.length === 0 && clause.includes('报', chainFrom) && sentOn(clause, chainFrom, bounds)) actions.push('报');
  }
  // A sentence whose only task is a prohibition has the forbidden verb for action (`严禁在…内使用…`).
  if (actions.length === 0 && FORBIDDING.test(text)) return forbiddenActions(text);
  // `…通关时间压缩至30小时以内，…压缩至1.5小时以内`: a sentence made only of indicators whose level is cut or stretched
  // states goals, no task; after a task clause the same words are its further task (`优化流程，审批时限压缩至…`).
  // A sentence that opens with the verb (`压缩审批时限至3天`) is a task.
  // Every clause must be such an indicator: `企业开办全程网上办理，开办时间压缩至…` opens with a task the finder may miss.
  if (actions.length > 0 && actions.every((action) => LEVEL_CHANGED.has(action)) && !LEVEL_CHANGED.has(text.slice(0, 2)) && onlyLevelsChanged(text)) return [];
  return text.includes('备案') ? filedActions(text, actions) : actions;
}

/**
 * `可` and a verb that make an adjective in an indicator's name (`可循环快递包装应用量达到…`, `…可循环中转袋使用率保持在…`):
 * no modal and its task, the name's measure reaching a level follows. The rest of the name is up to twelve characters, an
 * indicator's name as plans write it; a longer run holds a clause of its own.
 */
const CAN_ADJECTIVE = /可(\p{Script=Han}{2})\p{Script=Han}{1,12}?(?:量|率|比例|占比)(?:达到|保持|稳定|不低于|不少于|提高)/u;

/** Whether a task read is the verb of such an adjective. */
function canAdjective(raw: string, read: string): boolean {
  const adjective = raw.includes('可') ? CAN_ADJECTIVE.exec(raw) : null;
  return adjective !== null && read.endsWith(adjective[1]!);
}

/** The most characters between a topic's verb and the 实行 after it (`出具|证明事项|实行` has four): a topic is a short noun, a longer run is a clause of its own. */
const TOPIC_GAP_MAX = 4;

/** `实行` after a topic that holds the verb read (`资金使用实行…管理` → `实行`); null when the verb opens the clause or governs. */
function regimeAfterTopic(clause: string, found: string, bounds: Bounds): string | null {
  const at = clause.indexOf(found);
  const end = at + found.length;
  const regime = clause.indexOf('实行', end);
  if (at < 2 || regime < 0 || regime - end > TOPIC_GAP_MAX || GOVERNING.has(found) || !bounds(regime)) return null;
  const between = clause.slice(end, regime);
  if (/[，、；。的对在向将把与]/u.test(between) || (between !== '' && hasVerb(between, between.length, (o) => bounds(end + o)))) return null;
  return head(clause, regime, bounds);
}

/** The verb after a tool or a means named by its kind (`探索运用人工智能技术开展…` → `开展`), from where the tool's phrase starts. */
function afterTool(clause: string, from: number, bounds: Bounds): string | null {
  const tool = MEANS_USED.exec(clause.slice(from));
  return tool && bounds(from + tool[0].length) ? head(clause, from + tool[0].length, bounds) : null;
}

/** The verb after the phrase of place or manner `探索` opens with, unless `的` makes it a noun (`…领域的应用`, `…领域的融合发展`). */
function exploredAfterManner(clause: string, after: number, bounds: Bounds): string | null {
  const found = afterManner(clause, after, bounds);
  if (!found) return null;
  const at = clause.indexOf(found, after);
  // After a `的`, a verb that ends the clause heads a noun too (`…领域的融合发展`): `探索在有条件的地区开展试点` keeps 开展.
  const modified = clause[at - 1] === '的' || (clause.includes('的', after) && clause.indexOf('的', after) < at && at + found.length === clause.length);
  return modified ? null : found;
}

/** A distributive scope that opens a clause (`每个劝导岗`, `每家医院`, `每所学校`): the places or bodies each get the task's thing. */
const EACH_SCOPE = /^每(?:个|家|所|座|户|条|处)/u;
/** The longest noun of such a scope (`综合服务社`, `劝导岗`). */
const EACH_NOUN_MAX = 8;

/** The verb of providing after a distributive scope (`每个隐患点配备1名以上监测员` → 配备); null where none follows it. */
function eachScopeVerb(clause: string, bounds: Bounds): string | null {
  const scope = EACH_SCOPE.exec(clause);
  if (!scope) return null;
  for (let at = scope[0].length; at <= Math.min(clause.length - 2, scope[0].length + EACH_NOUN_MAX); at++) {
    if (!bounds(at) || /[，、；。的]/u.test(clause[at - 1]!)) continue;
    const found = verbAt(clause, at, bounds);
    if (!found) continue;
    if (PROVIDING.has(found)) return found;
    // The scope's noun may be its classifier itself (`每户配备…`) or come after it, and then a verb right after the
    // classifier is part of the noun (`每个劝导岗配备…`): read on; any later verb that is not one of providing ends the search.
    if (at > scope[0].length) return null;
  }
  return null;
}

/** A check or consent of another body that a task waits for (`经…审核后`, `申请人可经…审核后`; not `经济`, `经营`, `经信`, `经办`, `经费`). */
const CONSENT_BY = /(?:^|[可应须需当以])经(?!济|营|信|办|费)/u;
/** Events a doer reaches rather than acts it does (`企业投产后申报…`, `各乡镇竣工后申请…`): before `后` they tell when, no task. */
const TIME_EVENTS = new Set(['投产', '竣工', '完工', '建成', '成立', '开业', '投运', '到期']);

/**
 * The two acts of a body written `X V后V` (`市文明办汇总后通报` → 汇总, 通报; `…汇总后于2月底前报告…` → 汇总, 报告): the
 * subject a body's name (or none), the first a verb of the lexicon that `后` follows, the second the verb after it and a
 * date. Null when the words before the first verb are no body (`项目竣工后…`, a clause of time the clause's task follows) or
 * name a body whose check the task waits for (`经…审核后`).
 */
function stepsOfBody(clause: string, bounds: Bounds): string[] | null {
  const after = clause.indexOf('后');
  if (after < 2 || !bounds(after + 1)) return null;
  const first = verbsByFirst.get(clause[after - 2]!)?.find((verb) => verb.length === 2 && clause.startsWith(verb, after - 2) && !TIME_EVENTS.has(verb));
  // `可经省药品监管局审核后进口`: another body's check is the task's condition, no act of the sentence's doer.
  if (!first || !bounds(after - 2) || (after > 2 && (!governsBody(clause.slice(0, after - 2)) || CONSENT_BY.test(clause.slice(0, after - 2))))) return null;
  // A date may stand between the first act's `后` and the next act (`汇总后于2月底前报告…`).
  const date = DATED.exec(clause.slice(after + 1));
  const next = after + 1 + (date?.index === 0 && bounds(after + 1 + date[0].length) ? date[0].length : 0);
  const then = head(clause, next, bounds) ?? openVerb(clause, next, bounds);
  return then ? [first, then] : null;
}

/**
 * A bare `报` before a body of a level (`报县政府`, `报市农业农村局`), not the end of another verb (`汇报`, `上报`, `申报`): the thing
 * made is sent on.
 */
const SENT_ON = /(?<![汇上呈申填转通预情举])报(?=[省市县区镇乡][^，；。、]{0,8}?(?:政府|党委|党组|局|委|厅|办|部))/gu;

/** Whether a bare `报` before a body of a level follows `from` in the clause, at a word of its own. */
function sentOn(clause: string, from: number, bounds: Bounds): boolean {
  SENT_ON.lastIndex = from;
  for (let sent = SENT_ON.exec(clause); sent; sent = SENT_ON.exec(clause)) if (bounds(sent.index) && bounds(sent.index + 1)) return true;
  return false;
}

/** The verbs of LEVEL_KEPT that change a level rather than keep it. */
const LEVEL_CHANGED = new Set(['压缩', '缩短', '延长']);
/** Such a verb with the level it changes to after it (`压缩至`, `延长到`). */
const LEVEL_CHANGED_TO = /(?:压缩|缩短|延长)[至到]/u;

/** A doer's hand before the change: the object 将/把 moves, or a modal (`各区要将审批时限压缩至…`, `力争把…缩短到…`). */
const LEVEL_MOVED = /[将把要应须]|力争|确保/u;

/**
 * Whether every clause of a sentence changes an indicator's level with no doer's hand before it
 * (`…时间压缩至…，…时间压缩至…`); `各区要将审批时限压缩至…` is a task.
 */
function onlyLevelsChanged(text: string): boolean {
  return splitClauses(text).every((span) => {
    const clause = text.slice(span.start, span.end);
    const at = clause.search(LEVEL_CHANGED_TO);
    return at >= 0 && !LEVEL_MOVED.test(clause.slice(0, at));
  });
}

/** Verbs that give each place of a scope its staff or things (`配备`, `设置`, `建设`): after `每个…` they are the task. */
const PROVIDING = new Set(['配备', '配齐', '配足', '设置', '建设', '建成', '设立', '安装', '配置', '培育', '打造']);

/** Verbs that name a post or a person (`明确节能管理员`, `指定专人`, `配备联络员`). */
const NAMING_POST = /(?:明确|指定|配备|确定)$/u;

/** `报 X 备案`: a thing sent to a body to be filed, within one clause (`于3月底前报市局备案`, `报上级备案`). */
const SENT_TO_FILE = /报[^，；。、]{1,20}?备案/gu;

/**
 * The actions with `报` read as what the thing is sent for, `备案` (`报…备案` gives 备案: the filing is the task, the
 * sending its means): the first bare `报` found, with its adverbs, for each `报 X 备案` written.
 */
function filedActions(text: string, actions: string[]): string[] {
  let filings = text.match(SENT_TO_FILE)?.length ?? 0;
  if (filings === 0) return actions;
  return actions.map((action) => {
    if (filings === 0 || !action.endsWith('报') || (action.length > 1 && !adverbList.includes(action.slice(0, -1)))) return action;
    filings--;
    return '备案';
  });
}

/**
 * A rate or intensity given a level (`…覆盖率达到100%`, `…投入强度提高到2.6%`), or a measure of how much is done
 * (`检查比例不低于…`, `监测门店数量不少于…`, `全年保障任务不少于…`, `培训时间不少于3天`): the clause states an indicator, and a verb
 * right before the measure's noun names what is counted, not a second task.
 * Keeping a level (`保持在`, `稳定在`) is left to LEVEL_KEPT, where it is the task. The figure may be a share of a
 * total named before it (`检查比例不低于持证单位总数的10%`). A time stretched or cut to a level is one too (`开放时间延长至次日2时`:
 * `开放` names the time).
 */
const INDICATOR_LEVEL = /(?:率|强度|比重|占比|比例|样本量|数量|人数|次数|任务|时间|时长)(?:要|将)?(?:达到|达|提高到|提升到|提高至|提升至|增长到|不低于|不少于|超过|控制在|下降到|降低到|降至|(?<=时间|时长)(?:延长|缩短|压缩)[至到](?:次日|当日)?)(?:[^，；。0-9０-９]{1,12}?的)?[0-9０-９]/u;
/**
 * The most characters between a verb inside an indicator's name and the rate ending it (`转移预案覆盖率`: `预案覆盖`;
 * `确定刑量刑建议采纳率`: seven between `确定` and `率`). On the eight blind sets 2 reads three more verbs of names as
 * tasks than 4 or 6, and 8 one fewer than those (that `确定`); 8 and 10 read the same, as the shared corpus does at 4–10.
 */
const INDICATOR_NAME_GAP = 8;

/**
 * A verb's phrase closed by `的`, then the noun it modifies and a comparison word with a figure (`配备传感设备的综合管廊达到600公里`):
 * the clause states an indicator whose subject the verb modifies (heldout4's and heldout9's convention: no action).
 */
const MODIFIED_LEVEL = /^[^，；。的]{1,16}的([^，；。的]{1,12})(?:达到|不低于|不少于|超过|突破)[0-9０-９]/u;

/**
 * Whether the action found opens the modifier of an indicator's subject (`配备…的综合管廊达到…`): the words between `的` and
 * the comparison are a noun, with no verb of the lexicon (`…的且覆盖不少于8个…` is still the modifier's).
 */
function modifiesIndicator(clause: string, found: string): boolean {
  const level = clause.includes('的') && clause.startsWith(found) ? MODIFIED_LEVEL.exec(clause.slice(found.length)) : null;
  if (!level) return false;
  const noun = level[1]!;
  for (let at = 0; at < noun.length; at++) if (verbStartsAt(noun, at)) return false;
  return true;
}

/** Whether the action found is a verb inside the name of an indicator that the clause gives a level (`研发机构覆盖率达到50%`). */
function inIndicatorName(clause: string, found: string): boolean {
  const level = /[0-9０-９]/u.test(clause) ? INDICATOR_LEVEL.exec(clause) : null;
  if (!level) return false;
  const end = clause.indexOf(found) + found.length;
  return end <= level.index && level.index - end <= INDICATOR_NAME_GAP;
}

/**
 * The verb that `鼓励` governs: `鼓励有条件的地区试点开展…` → `试点开展`, `鼓励采取…` → `采取`;
 * after a preposition that moves the object, the verb its phrase ends in (`鼓励…服务商对…购买和使用…给予优惠` → `给予`).
 */
function encouragedAction(clause: string, from: number, bounds: Bounds): string | null {
  for (let at = from; at < Math.min(clause.length, from + REACH); at++) {
    if (!bounds(at)) continue;
    const moved = at > from && MOVING.test(clause.slice(at)) ? afterListedPreposition(clause, at, bounds) : null;
    if (moved) return moved;
    // `鼓励社会资本通过特许经营…等方式参与…`: the means is circumstance, the verb after it the task.
    const means = at > from ? MEANS.exec(clause.slice(at)) : null;
    if (means) {
      // `鼓励群众采用…等方式缅怀逝者`: right after the means the task's verb is written, listed in the lexicon or not.
      // A means marks an act as a span of time does, so a verb and its object may end the clause (`…缅怀逝者`).
      const meant = bounds(at + means[0].length) ? openVerb(clause, at + means[0].length, bounds, true) : null;
      if (meant && head(clause, at + means[0].length, bounds) === null) return meant;
      at += means[0].length - 1;
      continue;
    }
    // `鼓励各县围绕…开发…`: the bodies encouraged act within a frame; the task is the verb after the frame's phrase.
    // Not `通过`, whose phrase may end in the task's verb itself (`通过数据比对实现…`).
    const frame = at > from && bounds(at) ? framing.find((word) => word !== '通过' && clause.startsWith(word, at) && bounds(at + word.length)) : undefined;
    // Where the frame's phrase gives no verb after it, the verbs are read on as before (`鼓励企业基于…分析挖掘…`).
    const framed = frame ? afterFrame(clause.slice(at), frame.length, (o) => bounds(at + o)) : null;
    if (framed) return framed;
    const found = head(clause, at, bounds);
    if (found && !inBodyName(clause, at + found.length, bounds)) return found;
    // `鼓励个人向档案馆捐赠…`: the doers encouraged act on a body that 向/为 names; the act follows the body, known to the lexicon or not.
    const toBody = at > from + 1 && '向为'.includes(clause[at]!) && bounds(at + 1) && governsBody(clause.slice(from, at)) ? afterTargetBody(clause, at, bounds) : null;
    if (toBody) return toBody;
  }
  return null;
}

/**
 * Endings of the names of bodies that a verb may stand inside (`人力资源社会保障部门`, `数字政府建设领导小组`,
 * `防汛防台指挥部`): the verb names the body's field, no task. A department in charge of a field (`建设行政主管部门`,
 * `教育行政部门`, `环境保护主管部门`) ends in its kind, which the gap before the ending could not hold.
 */
const BODY_NAME_END = /(?:(?:行政)?主管部门|行政部门|部门|领导小组|工作小组|办公室|指挥部)/gu;
/** The most characters between such a verb and the ending (`建设工作领导小组`: `工作`). */
const NAME_GAP_MAX = 2;
/** Words between a verb and a body that make the body the verb's object, not a name around it (`要求各部门`, `督促有关部门`). */
const BODY_DETERMINER = /^(?:各|有关|相关|其他|本|该|全)/u;

/**
 * The offsets of the names of bodies, from a verb inside one to its ending, where no word may start or end, so that the verb is read as
 * none: the verb right before a body's ending (or a word or two before it) that follows other characters of
 * the name, not a modal, an adverb or another verb (`要加强部门协同` keeps `加强`); null when the clause names no such body.
 */
function namedBodyInterior(clause: string): Set<number> | null {
  if (!clause.includes('部') && !clause.includes('小组') && !clause.includes('办公室')) return null;
  let interior: Set<number> | null = null;
  for (const ending of clause.matchAll(BODY_NAME_END)) {
    for (let gap = 0; gap <= NAME_GAP_MAX; gap++) {
      const end = ending.index - gap;
      // `报送局办公室`: a body's name in the gap makes the ending another body's, the verb's object.
      if (gap > 0 && (!isHan(clause, end) || BODY_DETERMINER.test(clause.slice(end, ending.index)) || !isHan(clause, ending.index - 1) || [...clause.slice(end, ending.index)].some((c) => BODY_LAST.includes(c)))) continue;
      for (let length = 2; length <= 4; length++) {
        const start = end - length;
        if (start < 1 || !isHan(clause, start - 1) || !verbsByFirst.get(clause[start] ?? '')?.includes(clause.slice(start, end))) continue;
        const before = clause.slice(0, start);
        // `…医疗保障局完善部门间…`: after a body's name the verb is that body's task; a verb of sending takes a body for object,
        // and so does a verb the object of 将 leads to (`将工作情况纳入部门…考核`).
        if (BODY_LAST.includes(before.at(-1)!) || SENDING.has(clause.slice(start, end)) || MOVED_TO.includes(clause.slice(start, end))) continue;
        if (verbList.some((verb) => before.endsWith(verb)) || adverbList.some((word) => before.endsWith(word)) || HANDING.some((word) => before.endsWith(word)) || FORBIDDING.test(before.slice(-2))) continue;
        interior ??= new Set();
        for (let at = start; at < ending.index + ending[0].length; at++) interior.add(at);
      }
    }
  }
  return interior;
}

/** A body's name ending a few characters after a verb, with the body's predicate after it (`…统计局运用…`, `…经营管理单位与…`). */
const NAMED_BODY = /^[^，、；。和及与]{0,2}?(?:局|厅|委|办|单位|企业|机构|中心|协会|公司)/u;

/** Whether a verb that ends at `end` is part of the name of a body the clause's predicate follows. */
function inBodyName(clause: string, end: number, bounds: Bounds): boolean {
  const name = NAMED_BODY.exec(clause.slice(end));
  if (!name || !bounds(end + name[0].length)) return false;
  const after = end + name[0].length;
  return /^(?:与|对|在|向|联合|会同)/u.test(clause.slice(after)) || reachesVerb(clause, after, true);
}

/**
 * The task `支持` governs when its object is a body that is to act (`支持贫困地区完善…` → `完善`,
 * `支持有条件的市对…给予…` → `给予`); null when it supports a thing (`支持一批…典型场景`), which
 * leaves `支持` the action.
 */
function supportedAction(clause: string, from: number, bounds: Bounds): string | null {
  for (let at = from + 2; at < Math.min(clause.length, from + SUBJECT_REACH); at++) {
    // The bodies may be a list (`支持高等院校、职业院校开设…`), each item a body, or a word that shares the last
    // item's head (`支持水泥、钢铁企业开展…`: 水泥企业 and 钢铁企业).
    if (!bounds(at) || clause.slice(from, at).includes('，') || !supportedBodies(clause.slice(from, at))) continue;
    // `支持有条件的地区联合行业协会、生产企业开展…`: bodies joined by 联合/会同 are part of those supported.
    at = joinedBodies(clause, at, bounds);
    const rest = clause.slice(at);
    // The body's task may follow a phrase of manner or place (`支持农业企业在…注册…`) or a frame (`支持…试验区结合本地实际创新发展`).
    const frame = framing.find((word) => rest.startsWith(word));
    // `支持龙头企业与合作社、农户建立…`: with 与 or a preposition that moves the object, the verb its phrase ends in.
    // `支持各地依托文物资源建设…`: a frame's word that is a verb too (依托) is read as the frame first, its task after it.
    const framed = frame && verbAt(clause, at, bounds) === frame ? afterFrame(rest, frame.length, (o) => bounds(at + o)) : null;
    const found = framed ?? (MOVING.test(rest) || rest.startsWith('与')
      ? afterListedPreposition(clause, at, bounds)
      : withObject(clause, afterAdverbsAt(clause, at, bounds), bounds, true)
        ? head(clause, at, bounds)
        : (afterManner(clause, at, bounds) ?? (frame ? afterFrame(rest, frame.length, (o) => bounds(at + o)) : null)));
    if (found) return found;
    // `支持退役军人报考…`: right after the bodies supported, their act, known to the general dictionary if not to the lexicon.
    const general = generalVerb(clause, at, bounds);
    if (general) return general;
  }
  // `支持符合条件的多层住宅加装电梯`: a thing qualified as able to act is a doer, though no body's name ends it.
  const qualified = QUALIFIED_DOER.exec(clause.slice(from));
  return doerSupported(clause, from + (qualified?.[0].length ?? 0), bounds);
}

/** The qualifier of doers `支持` names (`符合条件的`, `有条件的`): what follows acts, a body or not (`…的文物建筑开办…`). */
const QUALIFIED_DOER = /^(?:符合条件|具备条件|有条件|有需求|有意愿)的/u;

/** Whether what `支持` governs is bodies: each item of its list a body, or a word before the last that shares its head. */
function supportedBodies(object: string): boolean {
  const items = object.split('、');
  return governsBody(items.at(-1)!) && items.slice(0, -1).every((item) => governsBody(item) || (item.length > 0 && item.length <= LIST_ITEM_MAX));
}

/**
 * The longest doer `支持` may name without a body's ending (`社会力量`, `茶企`, `县城农贸市场`) before the verb of its
 * task: a short noun of a few words; a longer run more often holds a thing supported with its own verbs.
 */
const DOER_MAX = 6;

/**
 * The task of a doer `支持` names by a plain noun (`支持社会力量举办…` → `举办`): the first verb of the lexicon, at a
 * word's start, within a few characters, with an object of its own after it, and no verb, mark or `的` before it.
 */
function doerSupported(clause: string, from: number, bounds: Bounds): string | null {
  // Not a preposition's phrase (`支持以创业带动就业`), a count of things supported (`支持一批…`), nor a verb in a modifier (`…的企业`).
  const rest = clause.slice(from);
  if (PREPOSITION_WORDS.some((word) => rest.startsWith(word)) || framing.some((word) => rest.startsWith(word)) || COUNTED.test(rest) || /^一(?:批|系列|些)/u.test(rest)) return null;
  for (let at = from + 2; at <= Math.min(clause.length - 2, from + DOER_MAX); at++) {
    if (/[，、；。的]/u.test(clause[at - 1]!)) return null;
    // `允许商户在划定区域开展…`: the doer acts at a place or time, and the task is the verb after that phrase.
    if (clause[at] === '在' && bounds(at) && bounds(at + 1)) return afterManner(clause, at, bounds);
    if (!verbStartsAt(clause, at) || !bounds(at)) continue;
    // The doer's predicate, even when its object is a list (`支持茶企开展绿色食品、有机产品认证`).
    return withObject(clause, at, bounds, true) && !clause.includes('的', at) ? head(clause, at, bounds) : null;
  }
  return null;
}

/** Whether what `支持` governs is a body and a phrase of place or manner (`支持各地在…前提下`), the circumstance of a task to come. */
function framedSupport(clause: string, after: number): boolean {
  const place = clause.indexOf('在', after);
  return place > after && governsBody(clause.slice(after, place));
}

/** The verb after a means that opens at `at` (`利用…等渠道宣传` → `宣传`); null when no means of a kind named opens there. */
function afterMeans(clause: string, at: number, bounds: Bounds): string | null {
  const means = MEANS.exec(clause.slice(at));
  const end = at + (means?.[0].length ?? 0);
  // `利用职务便利为他人办理…`: a body the act is done for or to may stand between the means and the act.
  return means && bounds(end) ? (head(clause, end, bounds) ?? afterTargetBody(clause, end, bounds)) : null;
}

/** Whether a frame's word follows at a word's start, so that the clause's task comes after it. */
function framedLater(clause: string, from: number, bounds: Bounds): boolean {
  for (let at = from + 2; at < clause.length; at++) if (framing.some((word) => clause.startsWith(word, at)) && bounds(at)) return true;
  return false;
}

/** The verbs a prohibition forbids, one per clause that has one: `地方不得挪作他用` → `挪作他用`. */
function forbiddenActions(text: string): string[] {
  const found: string[] = [];
  for (const span of splitClauses(text)) {
    const clause = text.slice(span.start, span.end);
    const word = FORBIDDING.exec(clause);
    // `对按规定不得享受补贴的`: a condition forbids nothing.
    if (!word || clause.endsWith('的')) continue;
    const rawBound = wordBounds(clause);
    const named = namedBodyInterior(clause);
    const bounds: Bounds = (at) => at === clause.length || (rawBound(at) && !named?.has(at));
    const after = word.index + word[0].length;
    // `严禁经营单位在…之外加收…`: a doer whose name opens with a verb comes before the act.
    const doerActs = actAfterForbiddenDoer(clause, after, bounds);
    if (doerActs) {
      found.push(doerActs.action, ...bareVerbs(clause, doerActs.end, bounds));
      continue;
    }
    const action = head(clause, after, bounds) ?? afterPreposition(clause.slice(after), (at) => bounds(after + at)) ?? openVerb(clause, after, bounds);
    // `严禁使用工会经费发放…`: what is forbidden is the act done with the thing used, when one follows it.
    const used = action && USING.test(action) ? afterUsed(clause, clause.indexOf(action, after) + action.length, bounds) : null;
    if (action) found.push(used ?? action);
    else {
      // `严禁营业期间锁闭…、封堵…`: a time, a pretext or a moved object before the act, and the acts listed after it.
      found.push(...forbiddenActsOf(clause, bounds, true));
    }
  }
  return found;
}

/**
 * The forbidden act of a clause (`forbiddenAction`) and the acts listed or chained after it (`严禁…锁闭…、封堵…`).
 * @param doerRead a doer after the prohibition was already looked for (`actAfterForbiddenDoer`) and none found
 */
function forbiddenActsOf(clause: string, bounds: Bounds, doerRead = false): string[] {
  const forbidden = forbiddenAction(clause, bounds, doerRead);
  if (!forbidden) return [];
  const listed = bareVerbs(clause, forbidden.end, bounds);
  return [forbidden.action, ...(listed.length ? listed : chainedActions(clause, forbidden.end, bounds))];
}

/** The longest subject before a prohibition read as bodies alone (`第三方机构不得…`, `物业服务企业不得…`), as `AGENT_MAX` is for an agent. */
const FORBIDDEN_SUBJECT_MAX = 12;

/** Whether a clause's first prohibition follows a subject made only of bodies, with no verb of the lexicon in it. */
function forbiddenToBodies(clause: string, bounds: Bounds): boolean {
  if (!FORBIDDING.test(clause.slice(2, FORBIDDEN_SUBJECT_MAX + 2))) return false;
  const word = FORBIDDING.exec(clause)!;
  const subject = clause.slice(0, word.index);
  // `建设单位不得…`, `使用单位不得…`: a verb that a body's ending follows right away names the body (the one that builds, uses).
  if (subject.length < 2 || !bounds(word.index) || (hasVerb(clause, word.index, bounds) && !NAMED_BY_VERB.test(subject))) return false;
  const named = splitUnits(subject);
  return named.length > 0 && named.every(looksLikeUnit);
}

/** A body named by what it does: two to four characters (a verb or two, as `建设`, `生产经营`), then the body's ending (`建设单位`, `生产经营单位`, `运营企业`). */
const NAMED_BY_VERB = /^[\u4e00-\u9fff]{2,4}(?:单位|企业|机构|主体)$/u;

/** The verbs of using a thing or a means, after which a prohibition forbids the act done with it (`严禁使用…经费发放…`). */
const USING = /(?:利用|使用)$/u;

/**
 * What bounds the task before it instead of forbidding one of its own: a scope (`清单之外不得违法实施…`,
 * `除禁止进境的外`).
 */
const SCOPED = /(?:之外|以外)$|^除/u;

/**
 * The forbidden action of a clause that holds a prohibition but no other task, with where it ends:
 * the verb right after the prohibiting word or its adverbs (`不得擅自停运`), after a preposition's
 * phrase (`严禁将…报送`), or the first verb after the words between (`严禁无资质人员独立从事…`,
 * `严禁以任何名义向…收取…`); none in a condition (`…不得享受补贴的`), a scope or a title.
 */
function forbiddenAction(clause: string, bounds: Bounds, doerRead = false): { action: string; end: number } | null {
  const word = FORBIDDING.exec(clause)!;
  if (clause.endsWith('的') || SCOPED.test(clause.slice(0, word.index)) || /[《“]/u.test(clause.slice(0, word.index))) return null;
  const after = word.index + word[0].length;
  // `不得要求企业…`: a modal cannot follow a prohibition, so `要求` there is the act forbidden.
  if (clause.startsWith(DEMAND, after) && bounds(after + DEMAND.length)) return { action: DEMAND, end: after + DEMAND.length };
  // `不得以任何理由拒绝…`, `严禁以检查名义收取…`: the pretext, price or means is circumstance, the act after it is forbidden.
  const pretext = matchAt(PRETEXT, clause, after);
  const excusedAt = pretext && bounds(after + pretext[0].length) ? after + pretext[0].length : -1;
  // `严禁以…名义向农户搭售…`: a body the act is done to may stand between the pretext and the act.
  const excused = excusedAt >= 0 ? (forbiddenVerbAt(clause, excusedAt, bounds) ?? afterTargetBody(clause, excusedAt, bounds)) : null;
  if (excused) return { action: excused, end: clause.indexOf(excused, excusedAt) + excused.length };
  // `严禁营业期间锁闭…`: a time the prohibition holds in, the act after it. A verb that opens the phrase is the act
  // when it takes the time or more as its object (`严禁减少汛期值班人员`, `严禁挪用项目建设期间…资金`); only an event that is
  // all of the phrase before 期间 or 时段 (`营业期间`, `施工时段`) makes it a time.
  const time = matchAt(FORBIDDEN_WHILE, clause, after);
  const event = time ? time[0].length - 2 : 0;
  const opening = event > 0 ? (openVerb(clause, after, bounds) ?? head(clause, after, bounds)) : null;
  const isTime = time !== null && (opening === null || (opening.length === event && !time[0].endsWith('汛期')));
  const timed = isTime && bounds(after + time[0].length) ? forbiddenVerbAt(clause, after + time[0].length, bounds) : null;
  if (timed) return { action: timed, end: after + time![0].length + timed.length };
  // `严禁将…信息存储在…`: the object moved by 将/把, then any verb with its place or result after it.
  const moved = MOVED_BY.includes(clause[after] ?? '.') ? movedGeneralVerb(clause, after + 1, bounds) : null;
  if (moved) return { action: moved, end: clause.indexOf(moved, after + 1) + moved.length };
  // `严禁在互联网上存储、处理…`: after a phrase of place, the first act written there, known to the lexicon or not.
  const place = clause.startsWith('在', after) ? (PLACE_NOUN_PHRASE.exec(clause.slice(after)) ?? PLACE_PHRASE.exec(clause.slice(after))) : null;
  const placed = place && bounds(after + place[0].length) ? (head(clause, after + place[0].length, bounds) ?? openVerb(clause, after + place[0].length, bounds)) : null;
  if (placed) return { action: placed, end: after + place![0].length + placed.length };
  // `严禁殡葬服务机构超标准收费`, `严禁运营企业在公示价格之外加收…`: a doer after the prohibition, then the act with its manner or place.
  const doerActs = doerRead ? null : actAfterForbiddenDoer(clause, after, bounds);
  if (doerActs) return doerActs;
  const written = head(clause, after, bounds) ?? afterPreposition(clause.slice(after), (at) => bounds(after + at)) ?? afterBodyOf(clause, after, bounds);
  // `不得利用技术手段限制…`, `严禁利用审批权谋取私利`: what is forbidden is the act done by the means or the thing used.
  // `严禁使用工会经费发放…`: so is the act done with a thing used.
  const usedAt = written && USING.test(written) ? clause.indexOf(written, after) + written.length : -1;
  // `不得采用“买药赠药”方式销售…`: so is the act done the way taken.
  const takenAt = written && MEANS_TAKEN.test(written) ? clause.indexOf(written, after) + written.length : -1;
  const direct = usedAt >= 0 ? (afterMeans(clause, usedAt - 2, bounds) ?? afterUsed(clause, usedAt, bounds) ?? written) : takenAt >= 0 ? (afterTool(clause, takenAt, bounds) ?? written) : written;
  if (direct) return { action: direct, end: clause.indexOf(direct, after) + direct.length };
  // `严禁锁闭安全出口`: a verb of the general dictionary the segmenter cut, right after the prohibition.
  const cut = cutForbiddenVerb(clause, after, bounds);
  if (cut) return { action: cut, end: after + cut.length };
  // `不得向申请援助的职工收取…`: the body the act is done to may hold a verb of its own, in a modifier before `的`.
  const bodied = afterTargetBody(clause, after, bounds);
  if (bodied) return { action: bodied, end: clause.indexOf(bodied, after + 1) + bodied.length };
  // `不得将评价业务转包`: the object 将/把 moves is two characters at least, so a verb at its start heads a noun of it.
  const first = after + (MOVED_BY.includes(clause[after] ?? '.') ? 1 + MOVED_OBJECT_MIN : 1);
  let depth = 0;
  for (let at = first; at < Math.min(clause.length, after + REACH); at++) {
    // Nothing inside brackets, quotes or a title is the action.
    depth = depthAfter(clause[at - 1]!, depth);
    if (depth > 0 || !reachesVerb(clause, at, true) || !bounds(at)) continue;
    const found = head(clause, at, bounds);
    // `严禁干部利用职务便利…`: after the doer, too, the act done by the means is forbidden.
    const done = found?.endsWith('利用') ? afterMeans(clause, at + found.length - 2, bounds) : null;
    if (done) return { action: done, end: clause.indexOf(done, at) + done.length };
    if (found) return { action: found, end: at + found.length };
  }
  // `严禁大拆大建`, `严禁在…农田上挖塘造湖、…`: an act of four characters that closes the prohibition's phrase.
  const idiom = idiomBefore(clause, after, bounds);
  if (idiom) return idiom;
  // `不得提前教授…`: with no verb of the lexicon in reach, the word right after the prohibition and its adverbs.
  const open = openVerb(clause, after, bounds);
  return open ? { action: open, end: after + open.length } : null;
}

/** The longest doer a prohibition names before the act (`严禁殡葬服务机构…`): a body's name of a few words, as `AGENT_MAX` is for tasks. */
const FORBIDDEN_DOER_MAX = 10;
/** What opens a doer's phrase that is none: a preposition, a pretext or a moved object. */
const NO_DOER_START = '在向将把对以为从由按';

/**
 * The act a prohibition forbids after the doer it names, when a phrase of place (`在…之外`) or an adverb (`超标准`,
 * `违规`) marks where the doer's name ends: `严禁殡葬服务机构超标准收费` → `超标准收费`. Null when neither follows the
 * doer (`严禁无资质人员独立从事…` is read by the loop of `forbiddenAction`).
 */
function actAfterForbiddenDoer(clause: string, after: number, bounds: Bounds): { action: string; end: number } | null {
  if (NO_DOER_START.includes(clause[after] ?? '.')) return null;
  // A doer that opens with a verb needs a mark of where the act starts (`严禁经营单位在…加收…`); one that does not may be
  // followed by its act right away (`严禁…车辆超员载客`).
  // A negation opens a doer's modifier, no act (`无证车辆`, `未取得…的车辆`).
  const plainDoer = !reachesVerb(clause, after, true) && (!isGeneralVerb(clause.slice(after, after + 2)) || HOW_WORD.test(clause.slice(after, after + 2)));
  for (let end = after + 2; end <= Math.min(clause.length - 2, after + FORBIDDEN_DOER_MAX); end++) {
    // `不得私接、转供…`: an item after `、` that opens with a verb of the general dictionary lists acts, not doers.
    if (/[，；。]/u.test(clause[end - 1]!) || (clause[end - 1] === '、' && (!plainDoer || actingGeneralVerb(clause.slice(end, end + 2))))) return null;
    if (!bounds(end) || !(SUBJECT_END.test(clause.slice(after, end)) || THING_DOER_END.test(clause.slice(after, end)))) continue;
    const place = clause[end] === '在' ? PLACE_PHRASE.exec(clause.slice(end)) : null;
    const adverb = adverbsByFirst.get(clause[end]!)?.some((word) => clause.startsWith(word, end) && bounds(end + word.length));
    const from = place && bounds(end + place[0].length) ? end + place[0].length : adverb ? end : -1;
    if (from >= 0) {
      const action = head(clause, from, bounds) ?? openVerb(clause, from, bounds);
      if (action) return actDoneByMeans(clause, { action, end: from + action.length }, bounds);
      continue;
    }
    const marked = markedForbiddenAct(clause, end, bounds) ?? (plainDoer ? bareForbiddenAct(clause, end, bounds) : null);
    if (marked) return actDoneByMeans(clause, marked, bounds);
  }
  return null;
}

/** `严禁…人员利用职务便利为他人办理…`: after a doer too, the act done by a means `利用` names is forbidden, not the using. */
function actDoneByMeans(clause: string, act: { action: string; end: number }, bounds: Bounds): { action: string; end: number } {
  const done = act.action.endsWith('利用') ? afterMeans(clause, act.end - 2, bounds) : null;
  return done ? { action: done, end: clause.indexOf(done, act.end) + done.length } : act;
}

/**
 * Things a ban names as the doer of the act, not bodies: vehicles, goods and what is made of them (`…车辆超员载客`,
 * `疫木及其制品流出疫区`, `三无产品进入市场`).
 */
const THING_DOER_END = /(?:车辆|车|制品|产品|船舶|船只)$/u;

/** The act after a doer a ban names that a pretext or a moved object marks (`…机构以收取费用为目的降低…`, `…经营者将…作为新品销售`). */
function markedForbiddenAct(clause: string, at: number, bounds: Bounds): { action: string; end: number } | null {
  const pretext = matchAt(PRETEXT, clause, at);
  const excusedAt = pretext && bounds(at + pretext[0].length) ? at + pretext[0].length : -1;
  const excused = excusedAt >= 0 ? forbiddenVerbAt(clause, excusedAt, bounds) : null;
  if (excused) return { action: excused, end: clause.indexOf(excused, excusedAt) + excused.length };
  const moved = MOVED_BY.includes(clause[at] ?? '.') ? (movedGeneralVerb(clause, at + 1, bounds) ?? afterPreposition(clause.slice(at), (o) => bounds(at + o))) : null;
  return moved ? { action: moved, end: clause.indexOf(moved, at + 1) + moved.length } : null;
}

/**
 * The act right after a doer a ban names that opens with no verb (`…车辆接送学生`, `疫木…流出疫区`) where the lexicon has
 * none: a verb of the general dictionary, or a set phrase of four characters that closes the stretch (`…车辆超员载客、…`).
 */
function bareForbiddenAct(clause: string, at: number, bounds: Bounds): { action: string; end: number } | null {
  // A verb of the lexicon there or right after the word is found by `forbiddenAction`'s reading of the first verb after the
  // prohibition (`…人员独立从事…` → 从事, `…干部利用职务便利有偿删帖` → 有偿删帖).
  if (reachesVerb(clause, at, true) || reachesVerb(clause, at + 2, true)) return null;
  const stop = /[、，；。]/u.exec(clause.slice(at));
  const idiom = (stop ? stop.index : clause.length - at) === IDIOM_LENGTH && isIdiom(clause, at, bounds) ? clause.slice(at, at + IDIOM_LENGTH) : null;
  const general = clause.slice(at, at + 2);
  const action = (actingGeneralVerb(general) && bounds(at + 2) ? general : null) ?? idiom;
  return action ? { action, end: at + action.length } : null;
}

/** A time a prohibition holds in, right after it (`营业期间`, `施工时段`, `汛期`): the act follows it. At most 6 characters of the event before 期间 or 时段 (`夜间施工`, `重大活动举办`). */
const FORBIDDEN_WHILE = /[^，；。、]{0,6}?(?:期间|时段|汛期)/uy;
/** What a placing verb's place or result opens with after the object 将/把 moves (`存储在…`, `转移到…`, `交给…`). */
const PLACED_RESULT = /^(?:在|到|至|给|于)/u;
/** A place that closes the clause after the verb 将/把 leads to (`存储在…设备上`); at most 16 characters of place, as `MOVED_OBJECT_MAX` for the object (`在连接互联网的计算机设备上`). */
const CLOSING_PLACE = /^在[^，；。、]{1,16}[上中内里]$/u;
/** The shortest object 将/把 moves: a noun of two characters (`将工程转包`), as in `afterPreposition`. */
const MOVED_OBJECT_MIN = 2;
/** The longest object 将/把 moves before a verb the lexicon lacks (`将涉密档案信息存储在…`). */
const MOVED_OBJECT_MAX = 16;

/** The forbidden act at `at`: a verb of the lexicon, the word `openVerb` reads as a verb, or a verb the segmenter cut. */
function forbiddenVerbAt(clause: string, at: number, bounds: Bounds): string | null {
  return head(clause, at, bounds) ?? openVerb(clause, at, bounds) ?? cutForbiddenVerb(clause, at, bounds);
}

/**
 * A verb of the general dictionary the segmenter cut in two at `at` (`锁|闭`, `收|寄`, `搭|售`), which `openVerb` refuses:
 * a word it kept whole (`脱离`, `随意`, `低于`) is more often a manner, a comparison or the doer's noun than the act, and so is
 * a negation (`无证人员`).
 */
function cutForbiddenVerb(clause: string, at: number, bounds: Bounds): string | null {
  if (!bounds(at) || !bounds(at + 1) || !isHan(clause, at) || !isHan(clause, at + 1)) return null;
  const cut = cutGeneralVerb(clause, at, bounds);
  return cut && !COMPARISON.test(cut) && !HOW_WORD.test(cut) && !nounAfter(clause, at + 2, bounds) ? cut : null;
}

/** The act after `向`/`为` and the body it is done to (`向农户搭售…`, `向企业指定…`): the first verb of the lexicon or the dictionary at a word's start after the body. */
function afterTargetBody(clause: string, at: number, bounds: Bounds): string | null {
  if (!'向为'.includes(clause[at] ?? '.')) return null;
  for (let end = at + 2; end < Math.min(clause.length - 1, at + SUBJECT_REACH); end++) {
    if (/[，、；。]/u.test(clause[end - 1]!)) return null;
    // Right after `的` comes the head noun of the body (`…创办的合作社`), no act.
    if (!bounds(end) || clause[end - 1] === '的') continue;
    // `向企业指定报关、运输…服务`: a verb of the general dictionary right after the body, though a verb follows it;
    // not any word the segmenter gives (`向国家档案馆…`: `档案` is the body's).
    const general = clause.slice(end, end + 2);
    const found = bounds(end + 2) && actingGeneralVerb(general) ? general : head(clause, end, bounds);
    // `为退役军人创办的企业提供…`: a verb right before `的` is in a modifier of the body, and one that ends a body's name
    // (`向慈善组织…`) is the body's; the act comes later.
    const foundEnd = found ? clause.indexOf(found, end) + found.length : 0;
    if (found && clause[foundEnd] !== '的' && !SUBJECT_END.test(clause.slice(at + 1, foundEnd))) return found;
  }
  return null;
}

/** The verb after the object 将/把 moves when it is followed by its place or result (`将…信息存储在…`), known to the lexicon or not. */
function movedGeneralVerb(clause: string, from: number, bounds: Bounds): string | null {
  for (let at = from + 2; at < Math.min(clause.length - 2, from + MOVED_OBJECT_MAX); at++) {
    if (/[，、；。]/u.test(clause[at - 1]!)) return null;
    // The segmenter may join the verb to its result (`存放在`).
    if (!bounds(at) || !(bounds(at + 2) || bounds(at + 3)) || !PLACED_RESULT.test(clause.slice(at + 2))) continue;
    const word = clause.slice(at, at + 2);
    // A word the dictionaries lack a verb's tag for (`存储`) stands as the verb when the place after it closes the clause.
    if (verbStartsAt(clause, at) || actingGeneralVerb(word) || (isHan(clause, at) && isHan(clause, at + 1) && CLOSING_PLACE.test(clause.slice(at + 2)))) return word;
  }
  return null;
}

/** A demand made of others, forbidden as a whole (`不得要求…`), though it opens like the modal `要`. */
const DEMAND = '要求';
/** A phrase of `以` or `借` naming a pretext, a price, a means or an aim before the forbidden act (`以任何理由`, `借…名义`, `以低于成本的价格`, `以…为由`, `以…为目的`). */
const PRETEXT = /[以借][^，；。]{0,12}?(?:理由|名义|借口|价格|方式|形式|手段|途径|方法|为由|为目的)/uy;

/** Whether a clause's first prohibition is followed by a pretext (`不得以任何理由…`) or a demand (`不得要求…`). */
function excusedProhibition(clause: string): boolean {
  const word = clause.includes('以') || clause.includes(DEMAND) ? FORBIDDING.exec(clause) : null;
  if (!word) return false;
  const after = word.index + word[0].length;
  return clause.startsWith(DEMAND, after) || matchAt(PRETEXT, clause, after) !== null;
}

/**
 * A phrase of place that ends in a noun of place (`在室内公共场所`, `在禁火区域内`, `在河道管理范围内`, `在县城建成区`): read to that noun,
 * so that a word of the place (`公共`) is not read as the act.
 */
const PLACE_NOUN_PHRASE = /^在[^，；。、]{1,12}?(?:场所|区域|范围|地区|地段|路段|水域|林区|景区|园区|建成区|城区|市区|辖区)[上中内里外]?/u;
/** A phrase of place right after a prohibition (`在互联网上`, `在基本农田内`, `在景区野外`). */
const PLACE_PHRASE = /^在[^，；。、]{1,12}?[上中内里外]/u;
/** A phrase of place that a prohibition follows: `在…中严禁…`, `在…上不得…`. */
const PLACED_PROHIBITION = /^在[^，；。]{1,16}?[中上内里](?:严禁|不得|禁止|不准)/u;

/** The length of an act a prohibition may write as a set phrase (`大拆大建`, `只建不用`, `挖塘造湖`). */
const IDIOM_LENGTH = 4;

/**
 * The act of four Chinese characters that ends the first stretch after a prohibition (up to `、`, `，` or the end),
 * right after the prohibition or after a stretch ending in `上`/`中`/`内`/`里` (a phrase of place, `在…上`, with or
 * without its `在`): a set phrase the lexicon cannot list, when no
 * verb of the lexicon starts a word inside it.
 */
function idiomBefore(clause: string, after: number, bounds: Bounds): { action: string; end: number } | null {
  const stop = /[、，；。]/u.exec(clause.slice(after));
  const end = stop ? after + stop.index : clause.length;
  const start = end - IDIOM_LENGTH;
  if (start < after || (start > after && !/[上中内里]$/u.test(clause.slice(after, start)))) return null;
  return isIdiom(clause, start, bounds) ? { action: clause.slice(start, end), end } : null;
}

/** Whether four Chinese characters at `at` stand as one act: a word's start there and at their end, and no verb of the lexicon inside. */
function isIdiom(clause: string, at: number, bounds: Bounds): boolean {
  for (let i = at; i < at + IDIOM_LENGTH; i++) if (!isHan(clause, i)) return false;
  if (!bounds(at) || !bounds(at + IDIOM_LENGTH)) return false;
  for (let i = at; i < at + IDIOM_LENGTH - 1; i++) if (verbStartsAt(clause, i) && bounds(i) && verbAt(clause, i, bounds) !== null) return false;
  return true;
}

/**
 * The verbs listed after a forbidden one, each a verb of the lexicon joined by `、`, bare or after a
 * word of manner (`不得截留、挤占、挪用`, `严禁新建、改建、扩建与…无关的项目`, `超前建设、盲目建设`): all are
 * forbidden, the last with the object they share or none; empty when an item is more than that.
 */
function bareVerbs(clause: string, from: number, bounds: Bounds): string[] {
  const found: string[] = [];
  for (let at = from; clause[at] === '、' || (found.length > 0 && clause.startsWith('或', at)); ) {
    // `…、填埋或者排干…`: the last act of the list may be joined by 或者 instead of 、.
    const joiner = clause.startsWith('或者', at) ? 2 : 1;
    const start = at + joiner;
    if (!bounds(start)) return clause[at] === '、' ? [] : found;
    // `不得超前建设、盲目建设`, `违规转让、低价处置`: a word of manner of two characters may stand before the verb.
    const verb =
      verbAt(clause, start, bounds) ??
      (bounds(start + MANNER_LENGTH) ? verbAt(clause, start + MANNER_LENGTH, bounds) : null) ??
      // `严禁…吸烟、露营`: a verb of the general dictionary that the lexicon lacks, though the segmenter cut it (`围|垦`),
      // before its object (`填埋湿地` → `填埋`).
      (mayOpenGeneralVerb(clause, start) ? (generalVerb(clause, start, bounds) ?? cutGeneralVerb(clause, start, bounds)) : null) ??
      // `只建不用、建而不管`: a further act of four characters that ends the list.
      (/^(?:[、，；。]|$)/u.test(clause.slice(start + IDIOM_LENGTH)) && isIdiom(clause, start, bounds) ? clause.slice(start, start + IDIOM_LENGTH) : null);
    if (!verb) return clause[at] === '、' ? [] : found;
    const item = clause.slice(start, clause.indexOf(verb, start) + verb.length);
    found.push(item);
    at = start + item.length;
  }
  return found;
}

/** A verb of the general dictionary at `at` that the segmenter cut in two (`、围|垦、`, `或者填|埋湿地`). */
function cutGeneralVerb(clause: string, at: number, bounds: Bounds): string | null {
  const word = clause.slice(at, at + 2);
  return bounds(at + 2) && actingGeneralVerb(word) ? word : null;
}

/** The verb after `向`/`为` and a body (`严禁向无证经营单位供应…`): the body's name may hold a verb, the act follows it. */
function afterBodyOf(clause: string, at: number, bounds: Bounds): string | null {
  if (!'向为'.includes(clause[at] ?? '.')) return null;
  for (let end = Math.min(clause.length - 2, at + SUBJECT_REACH); end > at + 2; end--) {
    if (!bounds(end) || !looksLikeUnit(clause.slice(at + 1, end))) continue;
    return head(clause, end, bounds) ?? openVerb(clause, end, bounds);
  }
  return null;
}

/** The length of a word of manner before a forbidden verb that the lexicon need not list (`盲目`, `低价`, `随意`). */
const MANNER_LENGTH = 2;

/** What joins a further verb to a task in the same clause: `、`, `并`, `并于…前`, `或者` (`引入…服务或者实行…托管`). */
const CHAIN = /(?:、|并且?|或者?)(?:(?:于|在)[^，、]{2,16}?(?:前|内))?/uy;
/**
 * A rest of clause that makes the words joined by `、` a list inside one noun phrase
 * (`健全…、保证执法、支持司法…的制度机制`, `…投诉、举报、报告和责任追究制度`), not further tasks.
 */
const NOUN_LIST_END = /的|(?:机制|制度|体系|工作|政策|问题|环节|领域|建设|改革|成果|水平|能力)$|等[^、，和及与]{1,6}$/u;
/**
 * The longest item of a list of nouns before a verb joined by `、` (`开展标准预研、立项、制定及发布…`):
 * two characters, the length of a bare noun or verb-noun; an object of a task is longer
 * (`自主制定招聘方案、设置岗位条件`).
 */
const LIST_ITEM_MAX = 2;

/** Verbs that put a regime in place (`实行…管理`, `推行…模式`): the items 、 joins after them are the regime's ways, not tasks. */
const REGIME_VERBS = ['实行', '推行'];
/** The longest name of a way of handling after a regime's verb: four characters (`分类处置`, `动态监控`); a task with its object is longer. */
const REGIME_WAY_MAX = 4;
/** The length of the item of a list that starts at `from`, up to the next `、` or the clause's end. */
function regimeItemLength(clause: string, from: number): number {
  const end = clause.indexOf('、', from);
  return (end < 0 ? clause.length : end) - from;
}

/**
 * The further tasks of a clause after its first action: verbs joined to it by `、` or `并`
 * (`积极协调、指导推进…`, `积极提出…提案并牵头…`, `…，并于9月30日前报送…`), each with its adverbs;
 * a word list after `、` (`加强A、B建设`) gives none, as no verb heads its parts.
 */
function chainedActions(clause: string, from: number, bounds: Bounds): string[] {
  const found: string[] = [];
  const regime = REGIME_VERBS.some((verb) => clause.endsWith(verb, from));
  // The verb of the task the chain starts from, without its adverbs (`促进`, `引导`).
  const first = governingVerb(clause, from);
  // How deep in quotes, titles and brackets: a quote inside a bracket does not end it.
  let depth = 0;
  // Where the last bare verb of the chain joined from the first action ends.
  let bareEnd = from;
  for (let at = from; at < clause.length; at++) {
    // A verb inside quotes is part of a name (`“新春访万企、助力解难题”活动`).
    // So is one inside brackets, which name or explain (`“六体系”（信息共享、…、统计监测）`).
    if ('“‘《（('.includes(clause[at]!)) depth++;
    else if ('”’》）)'.includes(clause[at]!)) depth = Math.max(0, depth - 1);
    const character = clause[at]!;
    const joint = depth > 0 || !'、并或'.includes(character) ? null : matchAt(CHAIN, clause, at);
    if (!joint || !bounds(at)) continue;
    // `实行清单管理、分类处置、动态监控`: what a regime's verb puts in place is a list of ways of handling, no further tasks.
    // An item with an object of its own (`推行网上办理、压缩审批时限`) is a task: a verb of the lexicon heads it and it is longer than a way's name.
    if (joint[0] === '、' && regime && !(regimeItemLength(clause, at + 1) > REGIME_WAY_MAX && verbStartsAt(clause, at + 1))) continue;
    const start = at + joint[0].length;
    // `并根据预研进度提出…`, `并向社会公布`: a phrase of manner or a preposition's may stand between `并` and its verb.
    const action = bounds(start)
      ? (head(clause, start, bounds) ??
        jointVerb(clause, start, bounds) ??
        // `增强“四个意识”、坚定“四个自信”`: an adverb that is a verb too, with a quoted object (`开展统一仓储、统一分拣` are modifiers).
        (joint[0] === '、' && VERBAL_ADVERBS.some((word) => clause.startsWith(`${word}“`, start)) ? adverbAsVerb(clause.slice(start), (o) => bounds(start + o)) : null) ??
        (joint[0].startsWith('并') ? (afterManner(clause, start, bounds) ?? afterListedPreposition(clause, start, bounds) ?? closingVerb(clause, start, bounds)) : null) ??
        // `…调整或停开相关班线`, `…粉碎或者烧毁`: a further act `或` joins may be a verb of the general dictionary, cut or not.
        // Only right after the first act, not inside its object (`采取兼并重组或破产清算等措施`), nor after a verb ending in
        // 于, whose object is a purpose (`用于平衡预算或者弥补…`).
        (joint[0].startsWith('或') && at === from && clause[from - 1] !== '于' ? alternativeAct(clause, start, bounds) : null) ??
        // `淘汰、停建、缓建…产能`: a bare verb `、` joins right after the first act or the bare verb before it shares their
        // object, a verb of the general dictionary the lexicon lacks as well, cut or not (`停|建`).
        (joint[0] === '、' && (at === from || at === bareEnd) ? cutGeneralVerb(clause, start, bounds) : null))
      : null;
    const rest = clause.slice(start + (action?.length ?? 0));
    // A verb right before a stop, a 、 or 和 is a noun in a list (`投诉、举报、报告和…`).
    // Verbs joined right after the first (`积极协调、指导推进…工作`) share its object: they are tasks.
    const listed =
      joint[0].startsWith('、') &&
      at > from &&
      (NOUN_LIST_END.test(rest) || (GOVERNING.has(first) && !GOVERNING.has(governingVerb(clause, start + (action?.length ?? 0)))) || shortItem(clause, from, at, bounds));
    // Bare verbs joined from the first action (`编辑、加工、制作…资源`) share the object after the last.
    const shared = rest.startsWith('、') && action !== null && !shortItem(clause, from, start + action.length, bounds);
    // A verb that ends the clause after `并` or `或` is a task without an object of its own (`…并推动解决`, `暂停招生或者撤销`).
    // So is one after `、` that ends the clause when the verb before the `、` has no object either (`亲自部署、亲自督导`).
    // So is the last of a run of such verbs (`同步设计、同步建设、同步验收`), each bare verb joined right after the one before.
    // So is one an adverb of manner marks, after a verb and its noun object (`建立台账、限期化解`); not after an object that
    // is or ends in an act (`责令停止生产、限期整改`, `治理多头检查、重复检查`: the items of a list of acts named).
    const last = rest === '' && (!joint[0].startsWith('、') || at === from || at === bareEnd || (action !== null && !verbStartsAt(clause, start) && nounObject(clause, from, at)));
    if (action && !listed && (shared || last || !/^(?:[、，和及与]|$)/u.test(rest))) {
      found.push(action);
      at = start + action.length - 1;
      if (shared) bareEnd = start + action.length;
    }
  }
  return found;
}

/** Whether the object of a verb from `from` to `at` is a noun: it neither opens nor ends with a verb of the lexicon or the general dictionary, nor ends in an idiom's `是`. */
function nounObject(clause: string, from: number, at: number): boolean {
  const ending = clause.slice(at - 2, at);
  return at - from >= 2 && !verbStartsAt(clause, from) && !isGeneralVerb(clause.slice(from, from + 2)) && !verbsByFirst.get(ending[0]!)?.includes(ending) && !isGeneralVerb(ending) && !ending.endsWith('是');
}

/** A verb of the general dictionary at `at` after `或`/`或者` joins it to a task, though the segmenter cut it (`停|开班|线`); not a noun's head. */
function alternativeAct(clause: string, at: number, bounds: Bounds): string | null {
  const word = clause.slice(at, at + 2);
  return actingGeneralVerb(word) && !nounAfter(clause, at + 2, bounds) ? word : null;
}

/** Whether the object of a governing verb names bodies that are to act (`各地`, `第三方机构`). */
function governsBody(object: string): boolean {
  return SUBJECT_END.test(object) || looksLikeUnit(object);
}

/**
 * Whether the item of a `、` list before `at` is short enough to be a noun (`立项、`), and not one
 * of bare verbs joined from the first action on that share its object (`编辑、加工、制作…资源`).
 */
function shortItem(clause: string, from: number, at: number, bounds: Bounds): boolean {
  const item = previousItem(clause, at);
  if (item.length > LIST_ITEM_MAX) return false;
  // Bare verbs joined from the first action on share its object; a noun among them makes a list.
  let offset = from;
  for (const verb of clause.slice(from, at).split('、')) {
    if (verb && verbAt(clause, offset, bounds) !== verb && !(offset > from && actingGeneralVerb(verb))) return true;
    offset += verb.length + 1;
  }
  return false;
}

/** The item of a `、` list that ends at `at`: back to the `、` or stop before it. */
function previousItem(clause: string, at: number): string {
  const start = Math.max(clause.lastIndexOf('、', at - 1), clause.lastIndexOf('，', at - 1)) + 1;
  return clause.slice(start, at);
}

/** The governing verb an action ends in, when it ends in one (`积极引导` → `引导`); '' otherwise. */
function governingVerb(clause: string, end: number): string {
  return GOVERNING_VERBS.find((verb) => clause.endsWith(verb, end)) ?? '';
}

/** Whether a word of a clause starts or ends at an offset of it; the clause's ends are. */
type Bounds = (at: number) => boolean;

/**
 * The action of one clause, without its opening words.
 * @param enumerated whether an enumeration opens the clause (`二是…`), which marks it as a task
 */
/**
 * A clause that states no task of its own: a condition or a topic ending in `的` (`对…出现工作过失…的，`), a purpose
 * (`便于各部门更好监督、指导…`), a time ending in `时` as a word of its own (not `学时`, `小时`).
 */
function refusedClause(clause: string, bounds: Bounds): boolean {
  return (
    clause.endsWith('的') ||
    PURPOSE.test(clause) ||
    (WHEN_END.test(clause) && bounds(clause.length - 1)) ||
    (clause.endsWith('后') && AFTER_DONE.test(clause)) ||
    STAGE_END.test(clause) ||
    (clause.endsWith('前') && BEFORE_EVENT.test(clause) && bounds(clause.length - 1))
  );
}

function clauseAction(clause: string, bounds: Bounds, enumerated = false, chained = false): string | null {
  if (refusedClause(clause, bounds)) return null;
  const frame = framing.find((word) => clause.startsWith(word));
  // `依托单位应当按时完成…`: a word of a frame that begins a subject before a modal is no frame.
  const framed = frame && !adverbList.some((word) => word.length > frame.length && clause.startsWith(word)) && firstModal(clause, bounds) === null;
  if (framed) return afterFrame(clause, frame.length, bounds);
  // `会同…等部门制定…`: a clause that opens by joining bodies to the sentence's subject has its task after them;
  // so does one that opens by naming the bodies helped (`配合相关部门开展…`), while `配合做好…` keeps its verb.
  const joined = clause.startsWith('会同') || clause.startsWith('配合') ? bodiesBeforeTask(clause, bounds) : 0;
  if (joined > 0) return clauseAction(clause.slice(joined), (at) => bounds(joined + at));
  // Names of bodies are no verbs (`住房和城乡建设部`): a subject of bodies is passed over first.
  const bodies = subjectBodies(clause, bounds);
  if (bodies > 0) {
    const rest = clause.slice(bodies);
    const shifted: Bounds = (at) => bounds(bodies + at);
    const inner = clauseAction(rest, shifted);
    if (inner) return inner;
  }
  const modal = subjectModal(clause, bounds);
  if (modal !== null) {
    // `…可以参照该标准，`: a frame after the modal is still a frame.
    const framed = framing.find((word) => clause.startsWith(word, modal) && !adverbList.some((adverb) => adverb.length > word.length && clause.startsWith(adverb, modal)));
    if (framed) return afterFrame(clause.slice(modal), framed.length, (at) => bounds(modal + at));
    // `…局要会同有关部门加强…`: the bodies joined after the modal are part of the subject.
    const task = joinedBodies(clause, modal, bounds);
    return afterModal(clause, task, bounds);
  }
  // `项目执行过程中应关注…`, `实施方案应当明确…`: a subject whose words hold a verb (a noun made of one, a phrase of
  // time) still hands its task to the modal, unless the clause opens with a task of its own before it.
  const loose = firstModal(clause, bounds);
  // `新建住宅和公共建筑应当…`, `新建、改建…项目应当…`: new things are the modal's subject, no task of the clause's own.
  if (loose !== null && (newThing(clause, verbAt(clause, 0, bounds) ?? '', bounds) || modalHeadsTask(clause, loose, bounds))) {
    const found = afterModal(clause, joinedBodies(clause, loose + modalAt(clause, loose, bounds)!.length, bounds), bounds);
    if (found) return found;
  }
  // `评估结果向社会公布`, `检查结果纳入考核`: a verb before 结果 names the topic the task is said of.
  const opener = verbAt(clause, 0, bounds);
  // `改造所需资金由…分摊`: what a task needs is a topic too, and so are the funds of a verb that an agent bears
  // (`奖励资金由…分担`) and the time a task may take (`核发时限压缩至…`).
  // `新增耕地应当…`, `新建住宅小区按照…配建`: 新增/新建 before a noun that a predicate follows name new things, the subject.
  const topical = opener !== null && ((CHECKING.has(opener) && (RESULT_AFTER.test(clause.slice(opener.length)) || (clause.endsWith('次') && TIMES_DONE_END.exec(clause)?.index === opener.length))) || NEEDED.test(clause) || newThing(clause, opener, bounds) || clause.startsWith('时限', opener.length) || FUNDS_BY.test(clause.slice(opener.length)));
  return (
    (topical ? newThingsPredicate(clause, opener, bounds) : head(clause, 0, bounds)) ??
    afterPreposition(clause, bounds) ??
    afterAdverbs(clause, bounds) ??
    afterManner(clause, 0, bounds) ??
    afterSubject(clause, bounds, enumerated) ??
    afterAgent(clause, bounds) ??
    pairedOpening(clause, bounds) ??
    generalObjectVerb(clause, 0, bounds, chained) ??
    timesDone(clause, bounds) ??
    afterCondition(clause, bounds)
  );
}

/**
 * A condition that opens a clause with a verb and ends in `的`, naming those it holds for (`涉嫌犯罪的`, `未履行的`): two to
 * twelve characters hold a negation, a verb and its object (`未按规定时限完成整改的`, eleven); a longer span before `的` is more
 * often a subject with its modifiers than a condition.
 */
const CONDITION_OPENING = /^[^，；。、的]{2,12}的/u;
/** Aspect markers, each a word of its own (`蕴藏着`, `有了`), not a character of a word (`通过`, `除了`, `着力`). */
const ASPECTS = '着了过';

/**
 * The task done to those a condition names, right after its `的` (`涉嫌犯罪的移送公安机关` → 移送, `未履行的暂停…资格` →
 * 暂停): the condition opens with a verb or a negation and holds two words at least, and a verb of the lexicon, with its
 * adverbs, follows the `的` at once, where a noun would stand if the `的` made a modifier (`涉嫌犯罪的人员…`).
 */
function afterCondition(clause: string, bounds: Bounds): string | null {
  const condition = CONDITION_OPENING.exec(clause);
  if (!condition || !bounds(condition[0].length) || PREPOSITION_WORDS.some((word) => clause.startsWith(word))) return null;
  // A verb of state or one with an aspect says what a thing is or has (`具有无限的…`, `蕴藏着巨大的…`), no condition.
  if (!(reachesVerb(clause, 0, true) || actingGeneralVerb(clause.slice(0, 2)) || /^[未不无]/u.test(clause)) || hasAspect(condition[0], bounds)) return null;
  // A condition is a verb with its object or its negation, two words at least: one word before `的` modifies a noun
  // (`发展的协同…效应`, `作出的承诺…`, `受理的申报材料`).
  let words = 0;
  for (let at = 1; at < condition[0].length - 1; at++) if (bounds(at)) words++;
  if (words === 0) return null;
  const found = head(clause, condition[0].length, bounds);
  const end = condition[0].length + (found?.length ?? 0);
  // The verb has an object of its own; a verb another verb follows names an activity, the noun a verb governs across the
  // `的` (`加速…在全省的应用推广`).
  return found && end < clause.length && !verbStartsAt(clause, end) ? found : null;
}

/** Whether a marker of aspect stands as a word of its own in `text`, which opens the clause (`具有|着`, not `通|过`). */
function hasAspect(text: string, bounds: Bounds): boolean {
  for (let at = 0; at < text.length; at++) if (ASPECTS.includes(text[at]!) && bounds(at) && bounds(at + 1)) return true;
  return false;
}

/**
 * Two acts written as one that open a clause ending in the count it commits to, the first a verb of the general dictionary
 * the lexicon lacks and the second a verb of the lexicon right after it, each a word of its own (`评选表彰优秀干部20名`): one
 * act, with the adverbs before it, as after a span (`pairedVerb`).
 */
function pairedOpening(clause: string, bounds: Bounds): string | null {
  // Only in a clause that ends in the count it commits to: elsewhere the first word is as often a manner (`妥善应对`,
  // `继续位居…`) as an act.
  if (!COUNT_END.test(clause)) return null;
  const i = afterAdverbsAt(clause, 0, bounds);
  if (!bounds(i) || !bounds(i + 2) || !actingGeneralVerb(clause.slice(i, i + 2))) return null;
  const second = verbAt(clause, i + 2, bounds);
  return second === null ? null : clause.slice(0, i + 2) + second;
}

/** The clause's end counting how often a task is done, from its recurrence (`…检查每季度至少开展一次`). */
const TIMES_DONE_END = /每(?:年|半年|季度|月|半月|周|学期)(?:至少)?\p{Script=Han}{2}[一二三四五六七八九十两0-9０-９]+次$/u;

/** The shortest subject before a counted task: one word of two characters. */
const MIN_COUNTED_SUBJECT = 2;

/** The counted task that ends a clause whose subject holds verbs of its own (`餐饮浪费检查每季度至少开展一次` → `每季度至少开展`). */
function timesDone(clause: string, bounds: Bounds): string | null {
  // Most clauses end otherwise: the character is checked before the pattern runs.
  const count = clause.endsWith('次') ? TIMES_DONE_END.exec(clause) : null;
  // The subject holds a verb and its object at least (`检查`), else the clause is the counted task alone, read elsewhere.
  if (!count || count.index < MIN_COUNTED_SUBJECT || !bounds(count.index)) return null;
  const verb = afterAdverbsAt(clause, count.index, bounds);
  return verbAt(clause, verb, bounds) !== null ? clause.slice(count.index, verb) + verbAt(clause, verb, bounds) : null;
}

/** 新增/新建 right before a noun, or 新建 listed with 改建/扩建 (`新建、改建…项目`); not before a count (`新增口袋公园20个`, `新建800个…`). */
const NEW_THING = /^新(?:增|建)(?:、(?:改建|扩建|改扩建))*(?![0-9０-９一二三四五六七八九十两百千万]|[，、；。]|$)/u;
/** Adverbs among those marks, which open the predicate's verb (`新建住宅全面执行…`). */
const PREDICATE_ADVERB = /^(?:全面|严格|一律)/u;

/** The verb after new things that a predicate's adverb opens (`新建项目严格执行…` → `严格执行`); null for other marks. */
function newThingsPredicate(clause: string, opener: string, bounds: Bounds): string | null {
  const mark = newThingsMark(clause, opener, bounds);
  return mark && PREDICATE_ADVERB.test(mark.word) ? head(clause, mark.at, bounds) : null;
}

/** The first PREDICATE_MARK after new things opening the clause (`新建项目严格…`, `新增违法建设得到…`), where a word starts; null when none. */
function newThingsMark(clause: string, opener: string, bounds: Bounds): { word: string; at: number } | null {
  const thing = opener === '新增' || opener === '新建' ? NEW_THING.exec(clause) : null;
  if (!thing) return null;
  // The two characters after the opener are the new thing's first word, which no mark starts.
  const from = thing[0].length + 2;
  const mark = PREDICATE_MARK.exec(clause.slice(from));
  return mark && bounds(from + mark.index) ? { word: mark[0], at: from + mark.index } : null;
}

/** What marks the rest of a clause as the predicate of a subject: a modal, a result, a span, a frame, a level or 力争. */
const PREDICATE_MARK = /应当|应|须|要|必须|得到|取得|之日起|按照|依照|原则上|力争|不低于|不少于|不超过|达到|全面|严格|一律/u;

/** Funds, then the agent that bears them (`奖励资金由省级财政…分担`). */
const FUNDS_BY = /^(?:资金|经费|费用)由/u;

/** The marks of a floor among PREDICATE_MARK's words: a count at least as great. */
const FLOOR_MARK = /^(?:不低于|不少于)$/u;

/** Whether the clause opens with new things for subject (`新增违法建设得到…`, `新增医疗服务价格项目自受理之日起…完成…`). */
function newThing(clause: string, opener: string, bounds: Bounds, floorsCommit = false): boolean {
  const mark = newThingsMark(clause, opener, bounds);
  // In a clause that commits a count for the year, a floor is the count committed (`全年新增…不少于20名`), not a level of new things.
  return mark !== null && !(floorsCommit && FLOOR_MARK.test(mark.word));
}

/**
 * Whether a modal at `at` hands over the clause's task though its subject holds a verb: the clause opens
 * with no task, or a short subject opens with a verb made a noun by the noun after it (`实施方案应当…`); not
 * `可` (`建立可追溯体系`, `实现…数据可共享`).
 */
function modalHeadsTask(clause: string, at: number, bounds: Bounds): boolean {
  // `…数据可共享`: a bare `可` after such words tells what may be, not who is to act.
  if (clause.startsWith('可', at)) return false;
  // `…申报预算项目时应当同步编报…`: after a clause of time ending in `时`, the modal hands over the task; the verb before `时` sets when.
  if (at > 2 && WHEN_END.test(clause.slice(0, at)) && bounds(at - 1)) return true;
  // `专项整治中发现的重大隐患要…`: a subject that ends in a noun a `的` phrase modifies is a noun phrase, however long.
  if (MODIFIED_NOUN_END.test(clause.slice(0, at))) return true;
  // `统计数字和信息内容要做到…`, `申报材料须…`: a subject that ends in a noun of what is filed or reported is a noun phrase too.
  if (REPORTED_NOUN_END.test(clause.slice(0, at)) && bounds(at)) return true;
  const opener = head(clause, 0, bounds);
  // A subject is two characters at least: `年应纳税所得额` holds a scope, not a subject and its modal.
  // `规划应明确…`, `评估应当覆盖…`: a verb that is the whole subject is a noun made of it (the plan, the assessment), as a
  // verb never takes a modal after it.
  return at >= 2 && (opener === null || opener === clause.slice(0, at) || (at <= BARE_SUBJECT_MAX && at - opener.length >= 2));
}

/** Nouns of what is filed, counted or reported, which a verb before them (`统计`, `申报`, `推荐`) makes a noun phrase. */
const REPORTED_NOUN_END = /(?:内容|数字|数据|材料|资料|信息|名单|结果|报表)$/u;

/** What a clause naming bodies alone ends in: a kind of organisation (not `领导`, `人员`: `加强组织领导，要…` is a task). */
const BODIES_END = /(?:机构|部门|单位|政府|委员会|管委会|[局厅委])$/u;

/** A subject's end: `的` and a noun of two to six characters (`…发现的重大隐患`, `…反映强烈的信访事项`), a noun or a noun with one modifier; longer, the run holds a verb of its own. */
const MODIFIED_NOUN_END = /的[^，、；。的]{2,6}$/u;

/** A lead time before an act (`提前3日`, `提前1天`, `提前2个工作日`). */
const LEAD_TIME = /^提前[0-9０-９一二三四五六七八九十两半]+个?(?:天|日|周|月|小时|工作日)/u;

/** The task after a modal and the bodies joined to the subject: a verb, a preposition's phrase, a phrase of manner. */
function afterModal(clause: string, at: number, bounds: Bounds): string | null {
  // `须第一时间报告…`: a time said in words between the modal and its verb.
  const time = TIME_WORD.exec(clause.slice(at));
  if (time && bounds(at + time[0].length)) return afterModal(clause, at + time[0].length, bounds);
  // `应当提前3日向…公告`, `可提前1天通过…预约…`: a lead time before the act, no part of it.
  const lead = LEAD_TIME.exec(clause.slice(at));
  if (lead && bounds(at + lead[0].length)) return afterModal(clause, at + lead[0].length, bounds);
  // `要每月5日前报送…`, `须每周五前报送…`: a date between the modal and its verb, as after a subject.
  const dated = RECURRING_DAY.test(clause.slice(at)) ? timeLength(clause.slice(at)) : 0;
  if (dated > 0 && bounds(at + dated)) return afterModal(clause, at + dated, bounds);
  return (
    head(clause, at, bounds) ??
    jointVerb(clause, at, bounds) ??
    afterListedPreposition(clause, at, bounds) ??
    // `应当每年至少对居民用户开展…`: adverbs, then a preposition's phrase.
    afterAdverbs(clause, bounds, at) ??
    afterManner(clause, at, bounds) ??
    pastMannerWord(clause, at, bounds) ??
    openVerb(clause, at, bounds, false, true)
  );
}

/**
 * The verb of the lexicon after a word of manner of two characters that the lexicon lacks, right after a modal
 * (`可以临时调整…`, `可以适当延长…`, `应当首先说明…`): `openVerb` refuses the word for the verb that follows it, which is
 * the task. Not a word of another kind that `openVerb` knows (a pronoun, a body, a time, a negation: `毫不动摇`). A verb of
 * the general dictionary after such a word is not read: the word may be a verb the dictionaries lack (`根治拖欠…`).
 */
function pastMannerWord(clause: string, at: number, bounds: Bounds): string | null {
  const end = at + MANNER_LENGTH;
  if (!bounds(at) || !bounds(end) || !isHan(clause, at) || !isHan(clause, at + 1)) return null;
  const word = clause.slice(at, end);
  if (verbStartsAt(clause, at) || isGeneralVerb(word) || HOW_WORD.test(word) || otherKindWord(word)) return null;
  return head(clause, end, bounds, false);
}

/**
 * The task of the agent `由` names after a topic: `补贴标准由各市自行确定` → `自行确定`, `所需资金由业主按照楼层分摊`
 * → `分摊`; the agent is a short noun without a verb of its own.
 */
function afterAgent(clause: string, bounds: Bounds): string | null {
  const by = clause.indexOf('由');
  if (by < 2 || !bounds(by) || !bounds(by + 1)) return null;
  for (let at = by + 2; at < Math.min(clause.length, by + 1 + AGENT_MAX); at++) {
    if (!bounds(at)) continue;
    // `由每人每年380元提高到420元`: 由 with a figure tells where a change starts, no agent.
    if (/[0-9０-９%]/u.test(clause.slice(by + 1, at)) || reachesVerb(clause, by + 1, true) || hasVerb(clause.slice(by + 1, at), at - by - 1, (o) => bounds(by + 1 + o))) return null;
    // `具体办法由县人民政府决定`: the agent's act may end the clause, a verb of the general dictionary.
    const found = head(clause, at, bounds) ?? afterManner(clause, at, bounds) ?? closingGeneralVerb(clause, at, bounds);
    if (found) return found;
  }
  return null;
}

/**
 * Where a subject of bodies ends, when the clause opens with one and a verb or a body joined by
 * `会同` follows it: `住房和城乡建设部会同民政部指导…` → after `民政部`; `试点银行建立…` → after
 * `试点银行`; 0 when the clause opens otherwise.
 */
function subjectBodies(clause: string, bounds: Bounds): number {
  // A clause that opens with a verb or an adverb opens with its task, not with a subject.
  if (verbAt(clause, 0, bounds) !== null || adverbsByFirst.get(clause[0] ?? '')?.some((word) => clause.startsWith(word))) return 0;
  // Nor does one that opens with a preposition (`为企业开展…提供`): its phrase is no subject.
  if (PREPOSITION_WORDS.some((word) => clause.startsWith(word)) || framing.some((word) => clause.startsWith(word))) return 0;
  let end = 0;
  // A subject ends before its modal (`各省级民政部门要抓紧制定本地区…`: not `…本地区`).
  const modal = firstModal(clause, bounds);
  const lastTime = lastTimeWord(clause);
  const owned = clause.includes('本', 1);
  for (let at = Math.min(clause.length - 1, SUBJECT_REACH, modal ?? Infinity); at >= 2; at--) {
    // `水利部每年6月底前组织…`: a time may stand between the subject and its verb.
    const timed = at <= lastTime ? at + timeLength(clause.slice(at)) : at;
    const joined = startsAt(WITH_BODY, clause, at);
    // The lexicon first: a subject ends only where a body joins it or a verb follows.
    if (!joined && !verbStartsAt(clause, timed)) continue;
    if (!looksLikeUnit(clause.slice(0, at)) || NO_BODY_END.test(clause.slice(0, at)) || (owned && OWN_SCOPE.test(clause.slice(1, at))) || MODALS.some((word) => clause.startsWith(word, at)) || !bounds(at)) continue;
    // `市数据局负责统筹推进…政府建设`: a body's name with its verb after it is a subject and its predicate already, not one long name.
    if (predicatedBody(clause, at, bounds)) continue;
    // `县农业农村局于4月底前制定收储中心…`: a date by which a task falls ends the subject before it; no name holds one.
    if (DATED.test(clause.slice(0, at))) continue;
    // `…事项全部开通`: an adverb that ends like a body (`全部`) is no name.
    if (adverbList.some((word) => clause.endsWith(word, at))) continue;
    if (joined || (verbAt(clause, timed, bounds) !== null && !insideName(clause, timed) && !inBodyNameAhead(clause, timed))) {
      end = at;
      break;
    }
  }
  if (!end) return 0;
  const joined = joinedBodies(clause, end, bounds);
  return joined + timeLength(clause.slice(joined));
}

/**
 * A date by which a task falls (`于4月底前`, `于2026年6月30日前`), never inside a body's name; at most 12 characters between
 * 于 and 前, the longest date written there (`2027年12月31日`, `每季度首月10日`).
 */
const DATED = /于[^，；。、]{1,12}?前/u;

/** `本辖区`, `本地区`, `本单位`: a body's own scope, the object of a task, never inside the subject's name (`各街道制定本辖区…`). */
const OWN_SCOPE = /本(?:辖区|地区|区域|行政区域|部门|单位|系统|行业|级)/u;

/** The last characters of the names of bodies that a predicate may follow (`…局负责`, `…委牵头`). */
const BODY_NAME_LAST = '局厅委办府';

/** Whether the words before `end` hold a body's name with a verb of the lexicon right after it (`市数据局负责…`). */
function predicatedBody(clause: string, end: number, bounds: Bounds): boolean {
  for (let at = 2; at < end - 1; at++) {
    if (!BODY_NAME_LAST.includes(clause[at - 1]!) || !bounds(at)) continue;
    // `市教育局每月通报各区…`: adverbs of frequency or manner may stand between the body and its verb.
    const verb = adverbsByFirst.has(clause[at]!) ? afterAdverbsAt(clause, at, bounds) : at;
    if (verb < end - 1 && verbStartsAt(clause, verb) && bounds(verb) && verbAt(clause, verb, bounds) !== null) return true;
  }
  return false;
}

/**
 * Whether a verb after a subject's first words is part of a name that runs on to a name's end
 * before the next joint (`中央引导地方科技发展专项资金和…`, `…专项资金安排的项目`): then the whole run is one noun.
 */
function insideName(clause: string, at: number): boolean {
  const run = /^[^，、；。和及与或的“”《》（）()]+/u.exec(clause.slice(at));
  return run !== null && NAME_END.test(run[0]);
}

/**
 * The longest name of a body that opens with a verb (`发展改革委`, `改革办`), with room for a prefix (`国家发展改革委`).
 * No blind set nor corpus document reads otherwise anywhere from 5 to 12: the names set it.
 */
const VERB_BODY_MAX = 8;

/** Whether a verb at `at` opens the name of a body that runs to the next joint (`…会同市发展改革委、…`): then it is no predicate. */
function inBodyNameAhead(clause: string, at: number): boolean {
  const run = /^[^，、；。和及与等]+/u.exec(clause.slice(at, at + VERB_BODY_MAX + 1))?.[0] ?? '';
  return run.length <= VERB_BODY_MAX && BODY_SUFFIX.includes(run.at(-1) ?? '.') && looksLikeUnit(run);
}

/** Where the bodies joined at `from` by `会同` end (`会同民政部指导…` → before `指导`); `from` when none are. */
function joinedBodies(clause: string, from: number, bounds: Bounds): number {
  const joined = matchAt(WITH_BODY, clause, from);
  if (!joined) return from;
  const start = from + joined[0].length;
  // `会同有关部门制定本地区…建设方案`: the bodies end at the first verb after a run of names, not at a `区` in its object.
  const task = bodiesBeforeTask(clause, bounds, start);
  if (task > 0) return task;
  for (let at = Math.min(clause.length - 1, start + SUBJECT_REACH); at > start + 1; at--) {
    // `会同有关部门建立部际…`: the bodies end before the task's verb, not at a `部` inside its object.
    if (looksLikeUnit(clause.slice(start, at)) && bounds(at) && !afterVerb(clause, at - 1, bounds)) return at;
  }
  return from;
}

/**
 * Where the bodies a clause opens with `会同` end: at the first verb of the lexicon, at a word's start, that follows
 * a run of names (`会同市发展改革委、市数据局等部门制定…` → before `制定`; not `发展`, inside a body's name); 0 when none.
 */
function bodiesBeforeTask(clause: string, bounds: Bounds, start = '会同'.length): number {
  for (let at = start + 2; at < Math.min(clause.length - 1, start + SUBJECT_REACH); at++) {
    if (!verbStartsAt(clause, at) || !bounds(at) || inBodyNameAhead(clause, at) || !looksLikeUnit(clause.slice(start, at))) continue;
    if (head(clause, at, bounds) !== null) return at;
  }
  return 0;
}

/** Whether a one-character word at `at` follows a verb of the lexicon (`建立|部|际`): the end of an object, not of a body. */
function afterVerb(clause: string, at: number, bounds: Bounds): boolean {
  return bounds(at) && bounds(at + 1) && verbList.some((verb) => verb.length > 1 && clause.endsWith(verb, at));
}

/**
 * The action of a clause that opens with a frame, after the frame's phrase: `针对…基金设置不同比例的容错率`
 * → `设置`; none when the frame is the whole clause (`按照省委统一部署`) or no verb with an object follows.
 * @param from where the frame's word ends
 */
function afterFrame(clause: string, from: number, bounds: Bounds): string | null {
  // `通过购置、租赁等方式补足`, `以公开听证等形式推动…`: the means is circumstance, the verb after it the task.
  const means = MEANS.exec(clause);
  if (means && bounds(means[0].length)) {
    // `通过视频方式调解纠纷`: a verb of the general dictionary there is the task too, where the lexicon has none, with its
    // object of two characters (the means marks the act, as a span of time does for `openVerb`).
    const general = openVerb(clause, means[0].length, bounds, true);
    const found = head(clause, means[0].length, bounds) ?? (general && actingGeneralVerb(general.slice(-2)) ? general : null);
    if (found) return found;
  }
  // A frame whose object is a verb's phrase (`通过制定实施地方性法规`, `通过及时开展…`) is an instrument, no task.
  // An adverb may stand before the verb with another word of manner (`通过及时有力开展…`), not with a noun (`面向重点产业链`).
  const adverb = adverbsByFirst.get(clause[from] ?? '')?.find((word) => clause.startsWith(word, from));
  const adverbial = adverb !== undefined && [0, 2].some((skip) => verbAt(clause, from + adverb.length + skip, bounds) !== null);
  // `年底前通过县级验收`: 通过 a check is the task itself, no frame.
  if (PASSED.test(clause)) return clause.slice(0, 2);
  // `经本级人民政府审核后报送…`: after the step a task waits for, the task.
  const after = clause.startsWith('经') ? clause.indexOf('后') : -1;
  const waited = after > 2 && bounds(after + 1) ? clauseAction(clause.slice(after + 1), (o) => bounds(after + 1 + o)) : null;
  if (waited) return waited;
  // A frame of a rule or a basis (`按照整治重点…`, `根据评估结果…`) takes a noun phrase that a verb may open; the task
  // follows the phrase's noun.
  const verbOpened = head(clause, from, bounds) !== null;
  if (NO_ACTION_FRAME.test(clause) || adverbial || (verbOpened && !RULE_FRAME.test(clause))) return null;
  // `结合实际制定…`, `根据本计划制定…`, `按照…原则执行`: a frame whose phrase ends in its noun, then the task's verb.
  for (let at = from; at < Math.min(clause.length, REACH); at++) {
    const noun = matchAt(FRAME_NOUN, clause, at);
    if (!noun) continue;
    const end = at + noun[0].length;
    // `按照每吨80元的标准收购秸秆`: after a noun of the rule that `的` closes, the word written is the task, listed or not.
    const found = bounds(at) && bounds(end) ? (head(clause, end, bounds) ?? (clause[at - 1] === '的' && RATE_NOUN.test(noun[0]) ? openVerb(clause, end, bounds, true) : null)) : null;
    if (found) return found;
  }
  if (verbOpened || FRAME_END.test(clause)) return null;
  // The frame's object: two characters at least; the action: a verb with an object of its own after it,
  // not one joined to a noun (`围绕专利应用和维权`) or naming a document (`…建设指南`).
  // `以企业为主体加强…`, `以…为核心的…模式`: the object of `以…为` ends at `为`, its verb after the noun `为` takes.
  const as = clause.startsWith('以') ? clause.indexOf('为', from) : -1;
  return verbAfterPhrase(clause, as > 0 ? as : from, bounds);
}

/** What is found, up to the adverb of promptness of the act done on it (`问题及时`, `隐患立即`). */
const FOUND_THEN = /^[^，；。、]{1,12}?(?=及时|立即|马上|第一时间|迅速)/u;

/** The act done at once on what `发现` finds (`发现问题及时制止` → `及时制止`); null when no adverb of promptness follows. */
function actOnFinding(clause: string, after: number, bounds: Bounds): string | null {
  const found = FOUND_THEN.exec(clause.slice(after));
  return found && bounds(after + found[0].length) ? head(clause, after + found[0].length, bounds) : null;
}

/**
 * The object of `利用` that is a span of time or the occasions a task is timed to (`利用2-3年时间`, `利用半年时间`,
 * `利用“消防宣传月”等节点`, `利用节能宣传周和低碳日`, `利用春节`) ending its clause: a time, no task.
 */
// A day or a festival ends in 日 or 节, not a working day (`工作日`) nor a link or an adjustment (`关键环节`, `调节`).
const SPAN_USED = /^[^，；。]{1,30}?(?:时间|时机|节点|契机|[周月]|(?<![工当次平每])日|(?<![环调细])节)”?$/u;

/** Verbs of choosing places or bodies by their count (`选择3个设区市`, `选取3—5个重点领域`). */
const CHOOSING = /(?:选择|选取)$/u;
/** A count and its measure word opening what is chosen: `3个`, `3—5个`, `两所`. */
const COUNTED = /^[0-9０-９一二三四五六七八九十两]+(?:[—\-－～至到][0-9０-９一二三四五六七八九十]+)?(?:个|家|所|项|批|处|条)/u;
/**
 * How far after its count the chosen noun may run before the task's verb (`3个设区市`, `3—5个重点领域`): the blind
 * sets lose a task at 4 or 6 and read the same from 8 to 12, as the shared corpus does.
 */
const CHOSEN_MAX = 8;

/** The verb of the task done in the places a choosing verb counts (`选择3个学院试点推行…` → `试点推行`); null when no count follows. */
function afterChosen(clause: string, end: number, bounds: Bounds): string | null {
  const count = COUNTED.exec(clause.slice(end));
  if (!count) return null;
  const from = end + count[0].length;
  for (let at = from + 1; at <= Math.min(clause.length - 2, from + CHOSEN_MAX); at++) {
    if (!reachesVerb(clause, at, true) || !bounds(at)) continue;
    const found = head(clause, at, bounds);
    if (found && actsInPhrase(clause, at, found, bounds)) return found;
  }
  return null;
}

/** Verbs of a means used, whose object the task's verb follows (`运用…技术建设…`, `采取…方式建设…`). */
const INSTRUMENTAL = /(?:运用|采取|采用)$/u;
/** Verbs of taking a way of doing, which give no task of their own before the task done that way (`采取…等方式整合…`). */
const MEANS_TAKEN = /(?:采取|采用)$/u;
/**
 * The object of such a verb when it names a means by its kind (`…等方式`, `…等技术`, `…等模式`, `…等措施`, `…设备`);
 * the task's verb follows it (`采取…等模式组建…`, `采用…设备替代…`).
 */
const MEANS_USED = /^[^，；。]{1,20}?(?:方式|形式|手段|技术|途径|渠道|工具|模式|措施|设备)/u;
/**
 * The longest object of `利用` before the verb of the task done with it (`利用边角地、闲置地建设…`): the blind sets
 * lose three tasks at 5 and two at 8, and one more at 10 than at 12 (a list of two places of eleven characters); at 15 a
 * corpus clause changes.
 */
const USED_MAX = 12;
/**
 * The longest list of things `利用` uses, items joined by `、`, before the task's verb: three places of four or five
 * characters (`城市边角地、闲置厂房、公园绿地`, 15): at 14 the blind sets lose it; at 16 and 20 they read the same, and at 20 one
 * more clause of the shared corpus reaches its verb (a list of two events and `等平台`): 16 is the smaller reach.
 */
const USED_LIST_MAX = 16;
/** Verbs of carrying out, whose object is often a verb used as a noun (`开展统计监测`, `进行安全评估`). */
const CARRYING_OUT = /(?:开展|进行|实施)$/u;
/** Nouns of means and tools: a verb right before one is part of the means' name (`宣传形式`, `监测设备`). */
const TOOL_AFTER = /^(?:方式|形式|手段|技术|途径|渠道|工具|设备|平台|系统|资源|机制|作用)/u;
/** A tool named by its kind ending what `利用` uses (`利用AI技术推动…`): 利用 stays the task, as with 运用. */
const TOOL_END = /(?:技术|手段|工具)$/u;

/**
 * The verb of the task done with what `利用` uses, from `from` (the object's start): the first verb of the lexicon
 * after an object of two to ten characters, at a word's start, not part of the name of a tool.
 */
function afterUsed(clause: string, from: number, bounds: Bounds): string | null {
  // A list of things used runs longer (`利用城市边角地、闲置厂房、公园绿地建设…`).
  const reach = clause.slice(from, from + USED_MAX).includes('、') ? USED_LIST_MAX : USED_MAX;
  for (let at = from + 1; at < Math.min(clause.length, from + reach + 1); at++) {
    if (!verbStartsAt(clause, at)) continue;
    // `利用AI技术推动…`: a tool named by its kind is read as the task's means with 利用 (as `…等渠道` is, by MEANS).
    if (at < from + 2 || !bounds(at) || /[，；。的]/u.test(clause.slice(from, at)) || TOOL_END.test(clause.slice(from, at))) return null;
    // `边角地、闲置地`: a verb that heads an item of the object's list, or right before another verb (`…行政记录开展…`), is a noun of it.
    const found = clause[at - 1] === '、' ? null : head(clause, at, bounds);
    // A verb of carrying out takes a verb for its object (`…记录开展统计监测`): it is the task, not a noun of the object.
    if (found === null || (head(clause, at + found.length, bounds) !== null && !CARRYING_OUT.test(found))) continue;
    return found && !TOOL_AFTER.test(clause.slice(at + found.length)) && clause.length - at - found.length >= 2 ? found : null;
  }
  return null;
}

/**
 * The verb after a phrase's object (of a frame, of a means) that begins at `from`: two characters of object at least,
 * then a verb with an object of its own, not one of the phrase's nouns (`围绕专利应用和维权`, `…建设指南`).
 */
function verbAfterPhrase(clause: string, from: number, bounds: Bounds): string | null {
  let depth = 0;
  for (let at = from + 2; at < Math.min(clause.length - 2, REACH); at++) {
    // Nothing inside brackets, quotes or a title is the action (`依托…公示系统（部门协同监管平台）开展…`).
    depth = depthAfter(clause[at - 1]!, depth);
    // After `的` a verb is in a noun; right after `、` it heads an item of the frame's list (`通过简政减税、放宽准入、鼓励创新`).
    // The lexicon first: the segmenter is asked only where a verb may start.
    if (depth > 0 || '的、'.includes(clause[at - 1]!) || !reachesVerb(clause, at, true) || !bounds(at)) continue;
    // Right after a noun of the phrase, an adverb that is also a noun ends it (`信息系统`, `工作重点`): the verb is read bare.
    const found = isHan(clause, at - 1) && verbAt(clause, at, bounds) === null ? null : head(clause, at, bounds);
    // `以体制机制创新促进…`: a verb right before another is the frame's noun; the second is the action.
    const nominal = found !== null && head(clause, at + found.length, bounds) !== null;
    if (found && clause.length - at - found.length >= 2 && !nominal && actsInPhrase(clause, at, found, bounds) && !namedSoon(clause, at + found.length)) return found;
  }
  return null;
}

/**
 * How far after a verb the end of a name makes the verb part of it (`公路建设管理信息系统`, `信用信息公示平台`): the
 * blind sets and the shared corpus read the same from 4 to 10; at 3 a verb inside a name is read as a task.
 */
const NAME_REACH = 6;

/**
 * Whether a name's end (`系统`, `平台`, `资金`) follows within a few characters of `end`, before any mark or verb of
 * the lexicon, and a verb after it: then the verb before `end` is part of the name.
 */
function namedSoon(clause: string, end: number): boolean {
  const name = NAME_END.exec(clause.slice(end, end + NAME_REACH + 2));
  if (!name || /[，、；。和及与]/u.test(clause.slice(end, end + name.index))) return false;
  for (let at = end; at < end + name.index; at++) if (verbStartsAt(clause, at)) return false;
  // The name is the instrument's object when the task's verb follows it (`…信息系统报送…`); else the verb's own (`建设…平台`).
  return reachesVerb(clause, end + name.index + name[0].length, true);
}

/**
 * Whether a verb found inside a phrase (of a frame, of manner or place) is its action rather than a
 * word of the phrase's nouns: not an item of a list (`数据采集技术、…等`, `基础研究、应用研究和…领域`),
 * not in a name (`信息公示平台`).
 */
function actsInPhrase(clause: string, at: number, found: string, bounds: Bounds): boolean {
  const rest = clause.slice(at + found.length);
  // `应用研究和…`: a verb before a verb that a list goes on from is a noun of the list.
  const next = head(clause, at + found.length, bounds, false);
  const listed = /^[^，、等]{0,4}[、等]/u.test(rest) || /^[和及与或]/u.test(rest) || (next !== null && /^[和及与、]/u.test(rest.slice(next.length)));
  return !listed && !NAME_AFTER.test(rest);
}

/** The last clause `firstModal` looked at, with its bounds and answer: the steps of one clause ask it several times in a row. */
let modalOf: { clause: string; bounds: Bounds; at: number | null } | null = null;

/** Where the first word that hands a task over starts (`要`, `应当`, `请`), if any within reach. */
function firstModal(clause: string, bounds: Bounds): number | null {
  // Most clauses hold no modal at all: one native scan instead of a lookup at every offset.
  if (!MODAL_START.test(clause.slice(1, REACH))) return null;
  if (modalOf?.clause === clause && modalOf.bounds === bounds) return modalOf.at;
  let found: number | null = null;
  for (let at = 1; at < Math.min(clause.length, REACH); at++) {
    if (modalAt(clause, at, bounds)) {
      found = at;
      break;
    }
  }
  modalOf = { clause, bounds, at: found };
  return found;
}

/** A sum due (`应付工程款`, `应退税款`, `应缴费用`): 应, a verb of paying and a noun of money within four characters. */
const DUE_SUM = /^应[付收退缴交纳补还][^，；。]{0,4}?[款费税金额]/u;

/**
 * Whether a verb ends at `at`: one of the lexicon, or a word of two characters the segmenter keeps whole that ends no
 * subject (`偿还`, `退回`; not `企业`, `纳税人`, whose 应 is the modal).
 */
function payingBefore(clause: string, at: number, bounds: Bounds): boolean {
  const word = at >= 2 && bounds(at - 2) && !bounds(at - 1) ? clause.slice(at - 2, at) : '';
  return (word !== '' && !SUBJECT_END.test(word)) || verbList.some((verb) => clause.endsWith(verb, at) && bounds(at - verb.length));
}

/** The modal written at `at` as a word of its own, or running into a preposition (`应当在`). */
function modalAt(clause: string, at: number, bounds: Bounds): string | undefined {
  // `引导…企业将…技术形成…标准`: after a clause's opening verb, 将 moves the object of the body it governs.
  if (clause[at] === '将') return head(clause, 0, bounds) === null && willAt(clause, at, bounds) ? '将' : undefined;
  // The segmenter is asked last: most offsets start no modal.
  if (!HANDING.some((word) => clause.startsWith(word, at)) || !bounds(at)) return undefined;
  // `应对` is a verb, not `应` before `对`.
  if (CAN_IN_WORD.test(clause.slice(at))) return undefined;
  // `退还应退税款`, `偿还应付工程款`: after a verb, 应 and a verb of paying make the sum due, its object; no modal.
  if (clause[at] === '应' && DUE_SUM.test(clause.slice(at)) && payingBefore(clause, at, bounds)) return undefined;
  return HANDING.find(
    (word) =>
      clause.startsWith(word, at) &&
      (bounds(at + word.length) ||
        // `可加装` read `可加|装`: a verb of the lexicon written right after the modal still hands the task over.
        ((INTO_MODAL.test(clause.slice(at + word.length)) || verbRunsOn(clause, at + word.length, bounds)) && verbAt(clause, at, bounds) === null)),
  );
}

/** The verbs a phrase of 将 the preposition ends in (`将…纳入`, `将…作为`). */
const MOVED_TO = PREPOSITIONS['将'] ?? [];

/**
 * Whether `将` at `at` says what a subject will do (`…计划将每年举办…`, `总局将适时对…开展…`), not a preposition
 * moving an object: a word of its own with a verb, or adverbs and a verb, right after it, and no verb
 * its phrase would end in further on (`将建设成果纳入…`).
 */
function willAt(clause: string, at: number, bounds: Bounds): boolean {
  if (!bounds(at) || !bounds(at + 1) || head(clause, at + 1, bounds) === null) return false;
  const rest = clause.slice(at + 1);
  return !MOVED_TO.some((verb) => rest.includes(verb)) && !RESULT_AFTER_VERB.test(rest);
}
/** A `到`, `至` or `给` further on, where a phrase of 将 may end in a verb and its result (`将任务分解到…`): then 将 moves an object, the safer reading. */
const RESULT_AFTER_VERB = /^.{2,}?[到至给]/u;

/** The verb after a phrase of manner, place or time that follows a modal: `应按照消防技术标准配置…` → `配置`. */
function afterManner(clause: string, at: number, bounds: Bounds): string | null {
  let start = at;
  for (;;) {
    const adverb = adverbsByFirst.get(clause[start] ?? '')?.find((word) => clause.startsWith(word, start));
    if (!adverb) break;
    start += adverb.length;
  }
  const opener = MANNER.exec(clause.slice(start));
  // `在提前完成…的基础上`, `在资质许可、标准制定…等方面`: the phrase is the whole clause.
  if (!opener || CIRCUMSTANCE_END.test(clause)) return null;
  // `自收到应急使用申请之日起3个工作日内完成…`: the event a span is counted from holds no task; the verb follows the span.
  const since = SINCE.exec(clause.slice(start + opener[0].length))?.[0].length;
  // `在接到报修后及时处理`, `在30分钟内到达现场`: a phrase of time ends at its `后`/`内`/`前`, and the task's verb
  // follows it, known to the lexicon or not; none of the phrase's own verbs (`报修`) is the task.
  const timed = since === undefined && '在于'.includes(opener[0]) ? TIME_PHRASE.exec(clause.slice(start + 1)) : null;
  if (timed) {
    // `在接到申请后3个工作日内予以答复`: a span counted from the event may follow it.
    const after = start + 1 + timed[0].length;
    const end = after + (SPAN.exec(clause.slice(after))?.[0].length ?? 0);
    // `要于每季度首月10日前向市口岸办报送…`: a preposition's phrase may follow the time, and the verb it ends in is the task.
    const found = bounds(end) ? (head(clause, end, bounds) ?? openVerb(clause, end, bounds, true) ?? pairedVerb(clause, end, bounds) ?? afterListedPreposition(clause, end, bounds)) : null;
    if (found) return found;
  }
  let depth = 0;
  for (let i = start + opener[0].length + (since ?? 2); i < Math.min(clause.length, at + REACH); i++) {
    depth = depthAfter(clause[i - 1]!, depth);
    if (depth > 0 || !bounds(i)) continue;
    // `要在每季度末将落实进展报…`: a preposition that moves the object leads to the verb its phrase ends in.
    const moved = MOVING.test(clause.slice(i)) ? afterPreposition(clause.slice(i), (o) => bounds(i + o)) : null;
    if (moved) return moved;
    const found = head(clause, i, bounds);
    if (found && actsInPhrase(clause, i, found, bounds)) return found;
  }
  return null;
}

/**
 * Two acts written as one after a span of time, the first unknown to the lexicon and the second known
 * (`在3个工作日内审批发放`, `在5日内核实处理`): the pair is the task, as `openVerb` reads the first alone.
 */
function pairedVerb(clause: string, at: number, bounds: Bounds): string | null {
  // Only after a span (`…内`): after a date (`自2021年开始执行`) such a pair tells when a rule takes effect.
  if (clause[at - 1] !== '内') return null;
  // The first act read as if it ended the clause: the known verb after it is its partner, not its object.
  const first = openVerb(clause.slice(0, at + PAIRED_FIRST), at, bounds, true);
  if (first === null || !bounds(at + first.length)) return null;
  const second = verbAt(clause, at + first.length, bounds);
  return second === null ? null : first + second;
}
/** The first act of a pair is one word of two characters, as `openVerb` reads an unknown verb. */
const PAIRED_FIRST = 2;

/**
 * The clause without what opens it but is no part of its action: `一是`, `并`, a time
 * (`2023年6月底前`), a modal (`必须`).
 * @param raw one clause
 * @param isBound whether a word starts or ends at an offset of `raw`
 */
function opening(raw: string, isBound: (at: number) => boolean): string {
  const opened = raw.replace(OPENERS, '');
  const clause = TIME_WORD.test(opened) && isBound(raw.length - opened.length + TIME_WORD.exec(opened)![0].length) ? opened.replace(TIME_WORD, '') : opened;
  const timed = clause.slice(timeLength(clause) || eventLength(clause, raw.length - clause.length, isBound));
  // `并将不定期地组织…`: 将 saying what will be done opens the task as a modal does.
  const offset = raw.length - timed.length;
  if (timed.startsWith('将') && willAt(timed, 0, (at) => at === timed.length || isBound(offset + at))) return timed.slice(1);
  const modal = HANDING.find((word) => timed.startsWith(word));
  // The segmenter may run the modal into a preposition of manner or time (`应当在…之日起…内`).
  const ends = modal !== undefined && (isBound(raw.length - timed.length + modal.length) || INTO_MODAL.test(timed.slice(modal.length)));
  const task = ends ? timed.slice(modal.length) : timed;
  // `须第一时间报告…`: a time said in words after the modal.
  const time = modal === undefined ? null : TIME_WORD.exec(task);
  const rest = time && isBound(raw.length - task.length + time[0].length) ? task.slice(time[0].length) : task;
  // `力争全年帮助…`: a time said in words after 力争, which aims as a modal does; the task is the verb after both.
  const aimed = rest.startsWith(STRIVING) ? TIME_WORD.exec(rest.slice(STRIVING.length)) : null;
  return aimed && isBound(raw.length - rest.length + STRIVING.length) && isBound(raw.length - rest.length + STRIVING.length + aimed[0].length) ? rest.slice(STRIVING.length + aimed[0].length) : rest;
}

/** The word of aiming that a time said in words may follow (`力争全年…`, `力争年内…`). */
const STRIVING = '力争';

/** How long the time opening a text is: a date (`2023年6月底前`), with a recurrence before it (`每年1月20日前`), or a span (`六个月内`); 0 when none. */
function timeLength(text: string): number {
  const span = SPAN.exec(text);
  if (span) return span[0].length;
  // A date that names its own recurrence (`每月25日前`, `每季度末`) is read whole; else a recurrence before a date (`每年1月20日前`).
  const recurring = RECURRING.exec(text)?.[0].length ?? 0;
  // `每年年初公布…`: a part of the year after the recurrence is its date.
  const part = recurring ? (YEAR_PART.exec(text.slice(recurring))?.[0].length ?? 0) : 0;
  // `每年汛前`, `每年清明节前`: a recurrence before an event of the year is a date too.
  const event = recurring ? (RECURRING_EVENT.exec(text.slice(recurring))?.[0].length ?? 0) : 0;
  let end = leadingDate(text) || (WEEKDAY.exec(text)?.[0].length ?? 0) || recurring + (part || leadingDate(text.slice(recurring)) || event);
  if (end === recurring) return 0;
  // `二季度末前`, `5月至9月`, `2025年、2026年`: the end of a quarter, a range or a list of dates is one time.
  for (;;) {
    const close = (DATE_CLOSE.exec(text.slice(end)) ?? EVENT_BEFORE.exec(text.slice(end)))?.[0].length ?? 0;
    end += close;
    const joint = DATE_JOINT.exec(text.slice(end))?.[0].length ?? 0;
    const next = joint ? leadingDate(text.slice(end + joint)) : 0;
    if (!next) return end;
    end += joint + next;
  }
}

/**
 * A season or an event with no date written, before or during which the task falls (`汛期前`, `秋季开学前`,
 * `暑假期间`): two to four characters, so that `提前`, `目前`, `会前` are not read as one.
 */
const EVENT_OPENING = /^\p{Script=Han}{2,4}?(?:前|期间)/u;

/**
 * A stage of a work that opens a clause, during or after which the task falls (`方案实施过程中`, `计划执行期内`,
 * `计划期结束后`): a noun and the verb of the work, two to four characters, are the stage's words, no task, and a verb
 * made a noun opens them as often as a noun does (`规划编制过程中`). A longer run before 过程中 is more often a verb
 * and its object (`协调解决推进过程中…的问题`), and one before a plain 后 too (`评估规划实施后…的影响`).
 */
const EVENT_SPAN = /^\p{Script=Han}{2,4}?(?:过程中|期内|期间|期(?:结束|届满|满)后)/u;
/** The last characters of those stages: a pre-check before the pattern. */
const SPAN_LAST = ['中', '内', '间', '后'];

/** How long an event opening a clause is when a verb or a preposition follows it as the task (`汛期前完成…`, `暑假前向…发放…`); 0 otherwise. */
function eventLength(clause: string, offset: number, isBound: (at: number) => boolean): number {
  const event = (clause.includes('前') || clause.includes('期间') ? EVENT_OPENING.exec(clause) : null) ?? (SPAN_LAST.some((last) => clause.includes(last)) ? EVENT_SPAN.exec(clause) : null);
  if (!event || !isBound(offset + event[0].length)) return 0;
  const end = event[0].length;
  return reachesVerb(clause, end, true) || isGeneralVerb(clause.slice(end, end + 2)) || PREPOSITION_WORDS.some((word) => clause.startsWith(word, end)) ? end : 0;
}

/**
 * What closes a date the deadline patterns leave open: `末前` after `二季度`, `底前` after `上半年`, the `后` of `前后`
 * around a day (`12月4日前后`, read up to its `前`), or after it (`12月1日后`); not `后续`, `后期`, `后来`.
 */
const DATE_CLOSE = /^(?:(?:末|底)?前后?|后(?![续期来]))/u;
/** An event of the month a date names, before which the task falls (`9月开学前`, `7月汛期前`). */
const EVENT_BEFORE = /^\p{Script=Han}{2}前/u;
/** What joins a second date to a first: a range (`5月至9月`) or a list (`2025年、2026年`). */
const DATE_JOINT = /^(?:至|到|—|－|-|～|、)/u;

/** The action after adverbs and a preposition's phrase: `每季度对辖区看守所开展…`, `定期对…进行评估`, after a subject `…结果依法向社会公开`. */
function afterAdverbs(clause: string, bounds: Bounds, from = 0): string | null {
  // By the lexicon first: adverbs that run on into a preposition whose verbs are listed.
  if (!throughAdverbs(clause, from, (i) => PREPOSITIONS_WITH_VERBS.some((word) => clause.startsWith(word, i)))) return null;
  const start = afterAdverbsAt(clause, from, bounds);
  if (start === from || !PREPOSITIONS_WITH_VERBS.some((word) => clause.startsWith(word, start))) return null;
  return afterPreposition(clause.slice(start), (at) => bounds(start + at));
}

/**
 * Where a verb puts the object 将/把 moved (`花在…`, `降到…`, `下划给…`, `降至…`), what it turns it into (`转化为…`), or that it
 * brings it out (`释放出来`, `调动起来`).
 */
const PLACING = /(?:[在到给至为成]|出来|起来)/uy;
/** Their first characters: a pre-check before the pattern. */
const PLACING_FIRST = '在到给至为成出起';
/**
 * After the moved object, a word the lexicon keeps as an adverb is the verb where a place or a result follows it
 * (`把思想统一到…`, `把责任明确到人`): an adverb stands before a verb, and these mark no verb (`统一在…发布` has 在 a preposition).
 */
const RESULT_MARKS = '到至为成';
/** One-character words that stand before a verb, not verbs themselves (`都花在`, `也用在`). */
const NOT_PLACING_VERB = '都也再还就又均全各每已将被';

/**
 * The verb of one or two Chinese characters at `at`, a word of its own, that the place or the outcome of the moved object
 * follows (`花|在`, `降|到`, `释放|出来`), whether the lexicon lists it or not: not an adverb, a preposition or a word of
 * another kind.
 */
function placingVerb(clause: string, at: number, bounds: Bounds): string | null {
  if (!bounds(at)) return null;
  for (const length of [2, 1]) {
    const end = at + length;
    // The segmenter may join a verb of one character to the place after it (`降到`, `放在`): with 到 or 至 always, with 在 or
    // 给 where the two make a verb of acting (`交给`; not the nouns `供给`, `现在` nor the verb of state `存在`).
    // `转化|为…`, `打造|成…`: 为 and 成 a word of their own, not the first of the next (`科技|成果`, `治理|成效`), after a
    // verb of two characters (a cut `办|成` is the end of a verb the lexicon reads, `改变用途或办成…`).
    if (end < clause.length && '为成'.includes(clause[end]!) && (length === 1 || !bounds(end + 1))) continue;
    const glued = length === 1 && bounds(end + 1) && ('到至'.includes(clause[end] ?? '') || ('在给'.includes(clause[end] ?? '') && actingGeneralVerb(clause.slice(at, end + 1))));
    if (!(bounds(end) || glued) || !startsAt(PLACING, clause, end) || !isHan(clause, at) || (length === 2 && (!isHan(clause, at + 1) || bounds(at + 1)))) continue;
    const word = clause.slice(at, end);
    const adverb = adverbsByFirst.get(word[0]!)?.includes(word) && !(end < clause.length && RESULT_MARKS.includes(clause[end]!));
    if ((length === 1 && NOT_PLACING_VERB.includes(word)) || adverb || otherKindWord(word) || PREPOSITION_WORDS.includes(word)) continue;
    return word;
  }
  return null;
}

/** The prepositions that move a task's object before its verb, whose phrase may end in any verb with a result. */
const MOVED_BY = '将把';
/** What a verb's result opens with: where it goes (`分解到`, `下放给`, `纳入`, `转化为`) or a figure it changes by (`降低50%`). */
const RESULT = /[到至给入成为]|[0-9０-９]/uy;

/** Whether a verb of the lexicon at `at` is followed by its result (`延伸到`, `降低50%`), in one word or two. */
function verbWithResult(clause: string, at: number, bounds: Bounds): boolean {
  const verb = verbsByFirst.get(clause[at] ?? '')?.find((word) => clause.startsWith(word, at));
  if (verb === undefined || !bounds(at) || !startsAt(RESULT, clause, at + verb.length)) return false;
  // `将治理成效纳入…`: a character of result that opens a noun (`成效`, `入口`) is no result; the verb modifies the noun.
  const end = at + verb.length;
  return /[0-9０-９]/u.test(clause[end]!) || bounds(end + 1);
}

/**
 * `同步` and the word of two characters after it, which the lexicon need not list (`同步设计、同步建设、同步验收`): works
 * done in step with others are acts whatever their verb; not before a noun's suffix (`同步设计者`) or a mark.
 */
function jointVerb(clause: string, at: number, bounds: Bounds): string | null {
  if (!clause.startsWith('同步', at) || !bounds(at) || !bounds(at + 2) || !bounds(at + 4) || !isHan(clause, at + 2) || !isHan(clause, at + 3)) return null;
  return nounAfter(clause, at + 4, bounds) || clause[at + 2] === clause[at + 3] ? null : clause.slice(at, at + 4);
}
/** `联合` and the verb after it (`联合举办`, `联合开展`), one act of the partners together. */
function jointlyDone(clause: string, at: number, bounds: Bounds): string | null {
  const verb = head(clause, at + 2, bounds);
  return verb ? `联合${verb}` : null;
}

/** Adverbs of doing a task together with the partner `与` names (`与住宅同步建设`, `与高校共同开展`). */
const JOINTLY = /(?:同步|共同|一道|一同|联合)/uy;
/** Their first characters: a pre-check before the pattern. */
const JOINTLY_FIRST = '同共一联';

/** The action after a preposition's phrase: the first verb the phrase ends in, after an object of two characters at least. */
function afterPreposition(clause: string, bounds: Bounds): string | null {
  const preposition = PREPOSITION_WORDS.find((word) => clause.startsWith(word));
  if (!preposition || CIRCUMSTANCE_END.test(clause)) return null;
  const ends = PREPOSITIONS[preposition];
  // The phrase's object: a pronoun of one character (`将其作为…`) or a noun of two at least.
  const shortest = /^[其之此]/u.test(clause.slice(preposition.length)) ? 1 : 2;
  let depth = 0;
  for (let at = preposition.length + shortest; at < Math.min(clause.length, REACH); at++) {
    // `与住宅同步规划…`, `与企业共同建设…`: an adverb of doing together ends the phrase of the partner, any verb after it the task.
    const jointly = preposition === '与' && clause[at] && JOINTLY_FIRST.includes(clause[at]!) ? matchAt(JOINTLY, clause, at) : null;
    // `与高校联合举办…`: two doers acting together, one act with its `联合` (not an adverb of the lexicon).
    const together = jointly && bounds(at) && bounds(at + jointly[0].length) ? (jointly[0] === '联合' ? jointlyDone(clause, at, bounds) : (head(clause, at, bounds) ?? jointVerb(clause, at, bounds))) : null;
    if (together) return together;
    // `与相关部门积极配合完成…`, `与周边地区全面对接…`: an adverb of the lexicon ends the partner's phrase too, and a verb its list
    // holds after it is the task, said with the adverb.
    const adverbed = preposition === '与' && !jointly && bounds(at) && adverbsByFirst.get(clause[at]!)?.some((word) => clause.startsWith(word, at)) ? head(clause, at, bounds) : null;
    if (adverbed && ends?.some((verb) => adverbed.includes(verb))) return adverbed;
    // Nothing inside brackets, quotes or a title is the action (`在申请书的“研究基础”部分论述…`).
    depth = depthAfter(clause[at - 1]!, depth);
    if (depth > 0) continue;
    // `将评价结果向人大报告`: the object moved by 将/把 may be followed by the body it goes to; the verb that body's phrase ends in is the task.
    const toBody = clause[at] === '向' && MOVED_BY.includes(preposition) && bounds(at) && bounds(at + 1) ? afterPreposition(clause.slice(at), (o) => bounds(at + o)) : null;
    if (toBody) return toBody;
    // Where no word the phrase may end in is written, the segmenter need not be asked.
    // `将任务分解到乡镇`, `将实验时间降低50%`: the object moved by 将/把 ends at any verb with its result after it.
    const resulting = MOVED_BY.includes(preposition) && verbStartsAt(clause, at) && verbWithResult(clause, at, bounds);
    // `把每一笔钱都花在明处`, `将企业负债降到…`, `把…潜力充分释放出来`: a verb the lexicon lacks, where the object is put after it.
    const placed = !resulting && MOVED_BY.includes(preposition) && (PLACING_FIRST.includes(clause[at + 1] ?? '') || PLACING_FIRST.includes(clause[at + 2] ?? '')) ? placingVerb(clause, at, bounds) : null;
    if (placed) return withAdverbsBefore(clause, at, placed);
    const possible = ends
      ? resulting || ends.some((verb) => clause.startsWith(verb, at))
      : (LISTED_FIRST.has(clause[at]!) && PREPOSITIONS_WITH_VERBS.some((word) => clause.startsWith(word, at))) || reachesVerb(clause, at, true);
    // The segmenter may glue the verb to the body before it (`镇党政办报送` read `党政|办报|送`).
    if (!possible || !(bounds(at) || (ends !== null && BODY_LAST.includes(clause[at - 1]!)))) continue;
    if (!ends) {
      // `在…方面为引进人才提供便利`: a preposition with verbs of its own inside the phrase leads to the action.
      const inner = PREPOSITIONS_WITH_VERBS.some((word) => clause.startsWith(word, at)) ? afterPreposition(clause.slice(at), (o) => bounds(at + o)) : null;
      if (inner) return inner;
      const found = head(clause, at, bounds);
      if (found && actsInPhrase(clause, at, found, bounds)) return found;
    } else if (resulting || ends.includes(verbAt(clause, at, bounds) ?? '')) {
      // The verb written there, not a shorter one it starts with (`将自评报告报送…`: not `报` of `报告`).
      const found = head(clause, at, bounds, false);
      if (found) return withAdverbsBefore(clause, at, found);
    }
  }
  if (preposition === '对') return afterTarget(clause, bounds) ?? actOnObject(clause, bounds) ?? afterMarkedVerb(clause, bounds);
  // `可以向人民法院申请司法确认`, `应当…向周边群众公告`: the act done to or before the body `向` names, where its list has no verb;
  // not where a verb opens the body's phrase, a modifier of the body (`向关心和支持…的各国政府…，表示…`).
  // A verb a `的` follows is in such a modifier too (`向关心和支持…的各国政府`).
  if (preposition !== '向' || reachesVerb(clause, 1, true) || isGeneralVerb(clause.slice(1, 3))) return null;
  const done = afterBodyOf(clause, 0, bounds) ?? afterTargetBody(clause, 0, bounds);
  return done && !clause.includes('的', clause.indexOf(done, 1) + done.length) ? done : null;
}

/** What ends a clause of `对` that names the matter dealt with, a topic whose task the next clause states (`对违规吸烟行为，…`). */
const MATTER_END = /(?:问题|情况|行为|现象|事项|工作|对象|项目)$/u;
/** What after a verb makes it part of the object of `对`: a complement (`推进不力`), an effect it names (`带动作用`). */
const NO_ACT_OBJECT = /^(?:[不未]|作用|效应)/u;

/**
 * The act done to the object of `对` whose verb the preposition's list lacks (`对排查出的问题建立台账`, `对落实不力的地区约谈…`,
 * `对困难群众免除…费用`): the first verb of the lexicon after the object's head noun (two characters at least after its last
 * `的`) that has an object of its own, up to a `、` or the clause's end, with no verb of the lexicon in it past its first
 * character (a verb may open the object, `建立…`). Not a verb in a
 * modifier before `的` or right after it (`对查实的统计违法行为`), nor one before a level, a figure, a name's end or a
 * complement (`对…的贡献率超过30%`, `…培训中心`, `推进不力`), nor one whose object ends the clause in a noun of the matter dealt
 * with (`对厨余垃圾处理设施运行情况，…`), which is the topic of the next clause's task.
 */
function actOnObject(clause: string, bounds: Bounds): string | null {
  if (!bounds(1)) return null;
  // `对切实保障…具有重要作用`: a verb right after 对, with its adverbs, makes 对 part of a phrase of that verb unless a `的`
  // closes it as a modifier of the object's noun (`对排查出的问题建立台账`).
  const verbFirst = reachesVerb(clause, 1, true);
  let depth = 0;
  for (let at = 3; at < Math.min(clause.length, REACH); at++) {
    depth = depthAfter(clause[at - 1]!, depth);
    if (depth > 0 || !verbStartsAt(clause, at) || !bounds(at)) continue;
    const verb = verbAt(clause, at, bounds);
    if (verb === null) continue;
    const end = at + verb.length;
    const of = clause.lastIndexOf('的', at);
    if (verbFirst && of < 0) return null;
    // A verb before a later `的` is in a modifier of the object's noun; an object of `对` that lists things is a topic.
    if ((of >= 0 && at - of - 1 < 2) || clause.includes('的', end)) continue;
    if (clause.lastIndexOf('、', at) >= 0) return null;
    const stop = clause.indexOf('、', end);
    const object = clause.slice(end, stop < 0 ? clause.length : stop);
    if (object.length < 2 || NOT_OBJECT.test(object) || NO_ACT_OBJECT.test(object) || NAME_AFTER.test(object) || FORBIDDING.test(object) || (stop < 0 && MATTER_END.test(object))) continue;
    let further = false;
    for (let i = end + 1; i < end + object.length && !further; i++) further = verbStartsAt(clause, i) && bounds(i) && verbAt(clause, i, bounds) !== null;
    if (!further) return withAdverbsBefore(clause, at, verb);
  }
  return null;
}

/**
 * The action after the object of `对` that an adverb marks (`对…重大事项全面如实记录` → `全面如实记录`,
 * `对重大案件一律提前介入` → `一律提前介入`): any verb of the lexicon, as the adverb says the object has ended.
 */
function afterMarkedVerb(clause: string, bounds: Bounds): string | null {
  // `对外开放…`: 对 inside a word is no preposition.
  if (!bounds(1)) return null;
  let depth = 0;
  for (let at = 3; at < Math.min(clause.length, REACH); at++) {
    depth = depthAfter(clause[at - 1]!, depth);
    if (depth > 0 || !adverbsByFirst.has(clause[at]!) || !adverbVerbAt(clause, at) || !bounds(at) || !adverbBeforeVerb(clause, at, bounds)) continue;
    return head(clause, at, bounds);
  }
  return null;
}

/**
 * The action after `对` and the things a task is done to, named by a noun after `的` (`对数据异常的企业逐一核查`
 * → `逐一核查`, `对符合条件的项目按期启动清算` → `按期启动`): any verb, as the object of `对` ends there.
 */
function afterTarget(clause: string, bounds: Bounds): string | null {
  for (let of = clause.indexOf('的'); of > 0 && of < REACH; of = clause.indexOf('的', of + 1)) {
    for (let at = of + 2; at <= of + 1 + TARGET_NOUN_MAX && at < clause.length; at++) {
      if (!bounds(at) || reachesVerb(clause, of + 1, true)) continue;
      // The task is marked by a modal or an adverb before its verb (`都要坚决查处`, `逐一核查`); a bare verb
      // there more often tells of a state (`对…的贡献率超过30%`, `对…的引擎带动作用凸显`).
      const modal = modalAt(clause, at, bounds);
      const start = at + (modal?.length ?? 0);
      const found = head(clause, start, bounds);
      if (found && (modal || verbAt(clause, start, bounds) === null)) return found;
    }
  }
  return null;
}

/**
 * The action of a task that opens at `at`, after a subject or its modal, with a preposition's
 * phrase whose verbs are listed (`…要对…进行研究`, `运营单位对合作方实施…`); not with `在…`, which
 * there sets a time or a circumstance (`要在…之日起20个工作日内`).
 */
function afterListedPreposition(clause: string, at: number, bounds: Bounds): string | null {
  const rest = clause.slice(at);
  if (!PREPOSITIONS_WITH_VERBS.some((word) => rest.startsWith(word))) return null;
  return afterPreposition(rest, (offset) => bounds(at + offset));
}

/** The action after a subject without a modal: `重点执法部门定期发布…`, `市司法局负责制定…`, `…网站均集中迁移…`. */
function afterSubject(clause: string, bounds: Bounds, enumerated: boolean): string | null {
  // A clause that opens with a preposition opens with no subject (`对于…的运营单位`).
  if (PREPOSITION_WORDS.some((word) => clause.startsWith(word))) return null;
  const firstOf = clause.indexOf('的');
  const lastTime = lastTimeWord(clause);
  const frameEnded = FRAME_END.test(clause);
  for (let at = 2; at < Math.min(clause.length, REACH); at++) {
    // What the lexicon decides comes first: the segmenter is asked only where a subject may end.
    const last = clause[at - 1]!;
    // `各地按照国土空间规划要求，…`: a frame after a body that runs to the clause's end in the noun of a rule or a basis
    // is circumstance, and its words no subject: the task is in the next clause.
    const frame = frameEnded && SUBJECT_LAST.has(last) ? framing.find((word) => clause.startsWith(word, at)) : undefined;
    if (frame && bounds(at) && bounds(at + frame.length) && SUBJECT_END.test(clause.slice(0, at))) return afterFrame(clause.slice(at), frame.length, (o) => bounds(at + o));
    // A topic's noun ends the subject whatever verbs modify it (`数据共享及质量反馈情况纳入…`).
    const topic = TOPIC_LAST.has(last) && TOPIC_END.test(clause.slice(0, at));
    // A subject is known by its end, by an adverb or a time after it (`…网络全面部署`, `…部门每年1月20日前完成`),
    // or, in a clause an enumeration marks as a task (`二是…`), by the verb with an object that follows a
    // short subject (`二是自动外呼开展满意度回访`).
    const time = at <= lastTime ? timeLength(clause.slice(at)) : 0;
    // An adverb marks a plain noun as subject (`5G网络全面部署`), not a phrase with `的` or a list
    // (`发展的质量和效益明显提高` says how a thing stands) nor a word cut at `可`/`和` (`和可持续发展`).
    // Nor one before an adverb of outcome (`…能力明显提升` tells a result, while `明显降低…` opening a clause is a task).
    const plain = (firstOf === -1 || firstOf >= at) && !'和及与或可'.includes(last) && !(OUTCOME_FIRST.includes(clause[at]!) && startsAt(OUTCOME, clause, at)) && !(last === '到' && PASSIVE_FIRST.includes(clause[at - 2]!));
    // `城镇新增就业…`: a kind of place that ends like a body is no subject.
    const ended =
      topic || (SUBJECT_LAST.has(last) && SUBJECT_END.test(clause.slice(0, at)) && !PLACE_KIND_END.test(clause.slice(0, at))) || startsAt(SUBJECT_ADVERB, clause, at) || time > 0;
    // A verb that only a predicate is (`…事项实现“最多跑一次”`, `…学校招生纳入…管理`) marks a plain subject before it too.
    const predicated = plain && predicateAt(clause, at);
    const bare = (enumerated && at >= BARE_SUBJECT_MIN && at <= BARE_SUBJECT_MAX) || predicated;
    if (!ended && !(plain && adverbVerbAt(clause, at)) && !(bare && verbStartsAt(clause, at))) continue;
    if (!bounds(at)) continue;
    const marked = ended || (plain && adverbBeforeVerb(clause, at, bounds));
    // Such a predicate names no noun of a list nor of a name (`…用车实行定点保险、定点维修`, `…实行计划管理`): any object will do.
    const object = predicated ? clause.length - at >= PREDICATE_OBJECT_MIN : withObject(clause, at, bounds);
    if (!marked && !(bare && !/[在对从将把为由向与]/u.test(clause.slice(0, at)) && object)) continue;
    // A verb inside the subject makes it a task of its own, unless it modifies the subject's noun with 的
    // (`年销售收入5亿元以上的企业全部纳入…`): only the words after the last 的 are looked at.
    if (!topic && verbAfterModifier(clause, at, bounds)) return null;
    // `评估结果在全县通报`, `故障设施原则上在48小时内修复`: a phrase of place or time may stand before the verb.
    const found =
      head(clause, at + time, bounds) ??
      (time > 0 ? pairedVerb(clause, at + time, bounds) : null) ??
      afterListedPreposition(clause, at + time, bounds) ??
      (topic || ended ? (mannerAfterSubject(clause, at + time, bounds) ?? afterAdverbs(clause, bounds, at + time)) : null) ??
      // `市城管局每季度疏通…`: after a body that opens the clause, the verb of the general dictionary with its object.
      (ended && !topic && mayOpenGeneralVerb(clause, at + time) && !isGeneralVerb(clause.slice(0, 2)) && looksLikeUnit(clause.slice(0, at)) ? generalObjectVerb(clause, at + time, bounds) : null);
    // `工程建设项目…`: a verb right before a topic's noun modifies it; the subject runs on.
    if (found && topic && TOPIC_START.test(clause.slice(at + time + found.length))) continue;
    // `主要污染物排放继续减少`: a verb of change that ends the clause after a thing tells how the thing moves, an outcome as
    // `…明显提高` is; no task. So after a noun that ends like a body (`…人才队伍持续壮大`) or a time: a body's task has an object.
    if (found && clause.endsWith(found) && CHANGE_END.test(found)) return null;
    if (found) return found;
  }
  return null;
}

/**
 * Verbs of a thing's change, up or down (`减少`, `下降`, `增长`, `提高`, `改善`, `壮大`), at the end of a verb phrase; a
 * strength that grows, a field that develops and a level that holds too (`…竞争力不断增强`, `…新业态竞相发展`, `…汇率基本稳定`),
 * which no body's task ends in without its object (`加强…`, `发展…产业`, `稳定…生产` have one).
 */
const CHANGE_END = /(?:减少|下降|降低|增长|增加|提高|提升|改善|扩大|壮大|增强|发展|稳定)$/u;

/**
 * Adverbs of the lexicon that are verbs too (`抓紧办理` says how, `抓紧…改造升级` what; `统一部署`, `统一…机制`; `严格执行…`,
 * `严格…编制管理`; `坚定推进…`, `坚定“四个自信”`).
 */
const VERBAL_ADVERBS = ['抓紧', '统一', '严格', '坚定'];

/**
 * Such an adverb opening a clause in which no verb can follow it heads the task as its verb, a noun for object
 * (`统一…证件样式` → 统一); a word of its own, with two characters of object at least. Not inside a clause, where it
 * is more often a modifier (`…、统一存储`, `开展统一仓储`), nor before a frame, whose task it says how to do (`严格依照宪法…办事`).
 */
function adverbAsVerb(clause: string, bounds: Bounds): string | null {
  // Not the start of a longer phrase of manner (`坚定不移走…`).
  const word = VERBAL_ADVERBS.find((adverb) => clause.startsWith(adverb) && !adverbsByFirst.get(adverb[0]!)?.some((longer) => longer.length > adverb.length && clause.startsWith(longer)));
  // A `的` after it makes it a modifier of the noun (`统一的大市场`), though 的 is a Han character.
  // A quoted object is an object too (`坚定“四个自信”`).
  if (!word || !bounds(word.length) || clause.length - word.length < 2 || !(isHan(clause, word.length) || clause[word.length] === '“') || clause[word.length] === '的') return null;
  const next = clause.slice(word.length);
  return framing.some((frame) => next.startsWith(frame)) || MANNER.test(next) ? null : word;
}

/** Verbs that a plain noun before them is the subject of, being no modifier of a noun themselves: `实现`, `纳入`, `实行`, `给予`. */
const PREDICATE = /(?:实现|纳入|实行|给予)/uy;
/**
 * The longest plain subject such a verb is read after: a longer run is more often a phrase of its own. The blind
 * sets lose four tasks at 8 and two at 12 and read the same from 16 to 24, as the shared corpus does.
 */
const PREDICATE_SUBJECT_MAX = 16;
/** The verb's two characters and an object of two at least (`实行计划管理`, not a clause that ends at the verb). */
const PREDICATE_OBJECT_MIN = 4;

/**
 * Whether such a verb at `at` is the predicate of the plain noun before it (`…事项实现“最多跑一次”`): not after a
 * copula or a causative (`这是…想实现`, `让…实现`), nor in a phrase that modifies a noun (`实现…目标的关键一招`).
 */
function predicateAt(clause: string, at: number): boolean {
  return at <= PREDICATE_SUBJECT_MAX && startsAt(PREDICATE, clause, at) && !/[是让使]/u.test(clause.slice(0, at)) && !clause.includes('的', at);
}

/** Adverbs that say how far a result has come, after a subject: `…水平明显提升`, `…能力显著增强`, `…体系更加健全`. */
const OUTCOME = /(?:明显|显著|更加)/uy;
/** The first characters of `得到`/`受到`, a passive verb ending a subject's words: what follows is the result it undergoes (`…事故得到有效遏制`), no task. */
const PASSIVE_FIRST = '得受';
/** The first characters of those adverbs (明, 显, 更): a pre-check before the pattern. */
const OUTCOME_FIRST = '明显更';

/** Whether a sticky pattern matches at an offset of a text, without cutting the text. */
function startsAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** A sticky pattern's match at an offset of a text, without cutting the text. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Whether a verb of the lexicon of two characters or more starts at `at` and ends where a word ends. */
function verbRunsOn(clause: string, at: number, bounds: Bounds): boolean {
  return verbsByFirst.get(clause[at] ?? '')?.some((verb) => verb.length > 1 && clause.startsWith(verb, at) && bounds(at + verb.length)) ?? false;
}

/** The first character of a count right after a verb (`一批`, `一名`, `3个`; `若干` apart): what it counts is the verb's object, made or staffed by the task. */
const COUNT_START = /[一二两三四五六七八九十百千0-9０-９]/u;
/**
 * Whether a verb of the lexicon of two characters or more stands before `end` with a count of its object after it
 * (`在重点行业培育一批…的企业`): a task; the people a task is for have their deeds told without one (`在本市签订…合同的职工`).
 */
function countedTaskBefore(clause: string, end: number): boolean {
  for (let at = 1; at < end; at++) {
    const verb = verbsByFirst.get(clause[at]!)?.find((word) => word.length > 1 && clause.startsWith(word, at) && at + word.length < end);
    // The count is read at its first character, not from a copy of the rest: one look per verb.
    const after = at + (verb?.length ?? 0);
    if (verb && (COUNT_START.test(clause[after]!) || clause.startsWith('若干', after))) return true;
  }
  return false;
}

/** Whether a verb of the lexicon is written at `at`, word bounds aside. */
function verbStartsAt(clause: string, at: number): boolean {
  return verbsByFirst.get(clause[at] ?? '')?.some((verb) => clause.startsWith(verb, at)) ?? false;
}

/** `adverbBeforeVerb` by the lexicon alone: false where it is false whatever the word bounds are. */
function adverbVerbAt(clause: string, at: number): boolean {
  const adverb = adverbsByFirst.get(clause[at] ?? '')?.find((word) => clause.startsWith(word, at));
  return adverb !== undefined && verbStartsAt(clause, at + adverb.length);
}

/** Characters every written time holds (`2023年`, `6月底`, `三季度`, `30日内`, `每周`): past the last of them a clause opens no time. */
const TIME_CHARACTERS = '年月季日内周天旬';

/** Where the last character a time needs stands in a clause; -1 when none does. */
function lastTimeWord(clause: string): number {
  let last = -1;
  for (const character of TIME_CHARACTERS) last = Math.max(last, clause.lastIndexOf(character));
  return last;
}

/** The verb after a subject's phrase of place or time, unless it names a topic inside the phrase (`按照…评价结果分档…`). */
function mannerAfterSubject(clause: string, at: number, bounds: Bounds): string | null {
  const found = afterManner(clause, at, bounds);
  return found && !startsAt(TOPIC_AFTER, clause, clause.indexOf(found, at) + found.length) ? found : null;
}

/** Whether an adverb of the lexicon at `at` runs into a verb (`普遍建成`, `明显提升`). */
function adverbBeforeVerb(clause: string, at: number, bounds: Bounds): boolean {
  const adverb = adverbsByFirst.get(clause[at] ?? '')?.find((word) => clause.startsWith(word, at));
  return adverb !== undefined && verbAt(clause, at + adverb.length, bounds) !== null;
}

/**
 * Whether a verb at `at` has an object of its own: two characters at least, not a list or a name's end.
 * @param afterBody whether a body stands right before the verb, which makes it the body's predicate even
 * when its object is a list (`支持贫困地区参加农博会、农贸会`)
 */
function withObject(clause: string, at: number, bounds: Bounds, afterBody = false): boolean {
  const found = verbAt(clause, at, bounds);
  if (found === null || clause.length - at - found.length < 2) return false;
  return afterBody ? !NAME_AFTER.test(clause.slice(at + found.length)) : actsInPhrase(clause, at, found, bounds);
}

/** The verb right after `探索` at `at`, unless it uses a means (`利用`, `运用`, `采取`, `采用`). */
function triedVerb(clause: string, at: number, bounds: Bounds): string | null {
  const verb = verbAt(clause, at, bounds);
  return verb === null || verb === '利用' || INSTRUMENTAL.test(verb) ? null : verb;
}

/** Where the adverbs of the lexicon written from `at` end, each ending a word (`自主举办` → the offset of `举办`). */
function afterAdverbsAt(clause: string, at: number, bounds: Bounds): number {
  let i = at;
  for (;;) {
    const adverb = adverbsByFirst.get(clause[i] ?? '')?.find((word) => clause.startsWith(word, i) && bounds(i + word.length));
    if (!adverb) return i;
    i += adverb.length;
  }
}

/** An action found after a phrase, with the adverbs written right before it (`…积极开展`). */
function withAdverbsBefore(clause: string, at: number, action: string): string {
  let start = at;
  for (;;) {
    const adverb = adverbList.find((word) => clause.endsWith(word, start) && start - word.length > 0);
    if (!adverb) return clause.slice(start, at) + action;
    start -= adverb.length;
  }
}

/** Whether a verb of the lexicon starts a word before `end` and after the last 的 before it. */
function verbAfterModifier(clause: string, end: number, bounds: Bounds): boolean {
  const from = clause.lastIndexOf('的', end - 1) + 1;
  for (let at = from; at < end; at++) if (head(clause, at, bounds, false) && bounds(at)) return true;
  return false;
}

/** Whether the clause holds a verb of the lexicon at a word start before `end`. */
function hasVerb(clause: string, end: number, bounds: Bounds): boolean {
  for (let at = 0; at < end; at++) if (head(clause, at, bounds, false) && bounds(at)) return true;
  return false;
}

/**
 * Where a subject's modal ends, when the clause opens with a subject: bodies (`发展改革委、扶贫办…等部门要`),
 * a noun that ends like one (`书记要`), or words without a verb of the lexicon (`政务服务窗口要`,
 * `我们要`, `一要`).
 */
function subjectModal(clause: string, bounds: Bounds): number | null {
  const at = firstModal(clause, bounds);
  if (at === null) return null;
  const modal = modalAt(clause, at, bounds)!;
  const subject = clause.slice(0, at).trim();
  const named = splitUnits(subject);
  const bodies = named.length > 0 && named.every(looksLikeUnit);
  // `培育项目申请书中研究期限应填写…`: a verb right before a topic's noun names a kind of it, in the subject.
  const opener = head(clause, 0, bounds);
  const kind = opener !== null && TOPIC_START.test(clause.slice(opener.length));
  if (bodies || kind || ((SUBJECT_END.test(subject) || !hasVerb(clause, at, bounds)) && verbAt(clause, 0, bounds) === null)) return at + modal.length;
  return null;
}

/**
 * The action starting at `at`: adverbs, then a verb, then a second verb it takes; null when no
 * verb follows the adverbs.
 */
function head(clause: string, at: number, bounds: Bounds, withAdverbs = true): string | null {
  // The lexicon decides first: where no verb can follow, the segmenter need not be asked.
  if (!reachesVerb(clause, at, withAdverbs)) return withAdverbs && at === 0 ? adverbAsVerb(clause, bounds) : null;
  let i = at;
  if (withAdverbs) {
    for (;;) {
      if (verbAt(clause, i, bounds) !== null) break;
      // An adverb ends a word, or runs straight into a verb (the segmenter may keep `充分利用` whole).
      const adverb =
        adverbsByFirst.get(clause[i] ?? '')?.find((word) => clause.startsWith(word, i) && (bounds(i + word.length) || verbAt(clause, i + word.length, bounds) !== null)) ??
        mannerWithDe(clause, i, bounds);
      if (!adverb) break;
      i += adverb.length;
      if ('、，'.includes(clause[i] ?? '')) return null;
    }
  }
  const all = clause[i] === '应' ? matchAt(ALL_WHO_SHOULD, clause, i) : null;
  if (all) return clause.slice(at, i + all[0].length);
  const first = verbAt(clause, i, bounds);
  if (first === null) return null;
  let end = i + first.length;
  // `建立和完善` is one action; `阅读并执行` two, the second found by the chain.
  const joined = clause[end] === '和' || clause[end] === '及';
  // `支持建设`, `支持开展`: support given as a verb right after `支持` is that task, said with it; so is a task tried
  // (`探索发放…`), but not a means tried (`探索利用…开展…`, `探索运用…`), whose task comes after the means.
  const serial = SERIAL[first]?.find((word) => clause.startsWith(word, end)) ?? (first === '支持' ? verbAt(clause, end, bounds) : first === '探索' ? triedVerb(clause, end, bounds) : null);
  if (TAKES_ANY_VERB.test(first) && bounds(end + 2) && !STOPS.includes(clause[end] ?? '.') && !STOPS.includes(clause[end + 1] ?? '.')) {
    // `予以追回`, `加以规范`: the verb taken is any word of two characters; `予以通报批评` takes a pair of verbs that ends
    // the clause, one act.
    end += 2;
    // So does a pair a further act joins (`予以通报批评或取消…`).
    const pairEnd = end + 2 === clause.length || (bounds(end + 2) && '或和及、'.includes(clause[end + 2] ?? '.'));
    if (pairEnd && (verbAt(clause, end, bounds) !== null || actingGeneralVerb(clause.slice(end, end + 2)))) end += 2;
  } else if (joined && verbAt(clause, end + 1, bounds) !== null) {
    end += 1 + verbAt(clause, end + 1, bounds)!.length;
  } else if (serial) {
    end += serial.length;
  } else if (!TAKES_VERBAL_NOUN.test(first) && bounds(end)) {
    // `依法立案查处。`, `逐项整改销号。`, `直接督查督办。`: two acts that end their clause together are one action, as the
    // blind sets write adjacent verbs; not after a verb whose object is often an act named (`开展检查`, `加强监管`). Before
    // an object the second verb more often opens the object's modifier (`出台促进…政策`, `构建覆盖…的体系`): not joined there.
    const next = verbAt(clause, end, bounds);
    if (next !== null && next.length === 2 && end + 2 === clause.length && isGeneralVerb(next)) end += 2;
  }
  if (clause[end] === '好' && !clause.startsWith('好', end + 1)) end++;
  // `贯彻落实情况`: a verb and the verb it takes may still make a noun.
  if (nounAfter(clause, end, bounds) && !sentToDistrict(clause, clause.slice(i, end), end)) return null;
  return clause.slice(at, end);
}

/** Verbs whose object is often an act named by a verb (`开展检查`, `加强监管`, `完成核查`): no second act joins them. */
const TAKES_VERBAL_NOUN = /^(?:开展|进行|实施|加强|强化|推进|推动|组织|做好|完善|健全|深化|落实|负责|参与|支持|鼓励|引导|开始|完成|实现|确保|加快|提升|提高|建立|推行|促进|接受|加大|规范|重视|做到|配合|协助|指导|督促|牵头|探索|利用|采取|采用|运用|通过|给予|予以|加以|申请|作出|保持|稳定)$/u;

/** A word of manner marked by `地` before a verb (`不定期地组织`, `有针对性地开展`): two or three characters, and `地`. */
const MANNER_DE = /^\p{Script=Han}{2,3}地/u;

/** The word of manner with its `地` at `at`, when `地` is a word of its own and a verb follows it. */
function mannerWithDe(clause: string, at: number, bounds: Bounds): string | undefined {
  if (clause[at + 2] !== '地' && clause[at + 3] !== '地') return undefined;
  const de = MANNER_DE.exec(clause.slice(at, at + 4))?.[0];
  if (!de || !bounds(de.length - 1 + at) || !bounds(at + de.length) || verbAt(clause, at + de.length, bounds) === null) return undefined;
  return de;
}

/**
 * Whether a verb of sending ending at `end` has a district's body for object (`报送区政府`): `区` there is no noun's suffix.
 * Only `区` needs it: it is the one level that is also a suffix making a verb a noun (NOUN_SUFFIX: `集聚区`); `报送市政府`
 * and `报县政府` read right without it.
 */
function sentToDistrict(clause: string, verb: string, end: number): boolean {
  // `报区…办公室备案`: the blind gold's convention (fixtures/extract/blind/README.md) gives 备案, what the thing is sent for, found when 报 is passed over.
  return clause[end] === '区' && SENDING.has(verb) && DISTRICT_BODY.test(clause.slice(end)) && !SENT_FOR.test(clause);
}

/** Whether a common Chinese character (CJK Unified Ideographs) stands at an offset: the object a verb of two may be joined to. */
const isHan = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0x4e00 && code <= 0x9fff;
};
/** The characters that join a verb to the next in one word of the segmenter (`巩固和深化`, `阅读并执行`). */
const JOINS = '和及并';

/**
 * Whether a verb of the lexicon, or a duty written `应X尽X`, starts at `at`, or after adverbs of the
 * lexicon that run on from it: when none does, `head` finds nothing whatever the word bounds are,
 * so it need not ask the segmenter. Each offset is looked at once, so a run of adverbs stays linear.
 */
function reachesVerb(clause: string, at: number, withAdverbs: boolean): boolean {
  const first = clause[at];
  if (first === '应' || verbStartsAt(clause, at)) return true;
  if (withAdverbs && (clause[at + 2] === '地' || clause[at + 3] === '地')) {
    const de = MANNER_DE.exec(clause.slice(at, at + 4));
    if (de && verbStartsAt(clause, at + de[0].length)) return true;
  }
  return withAdverbs && first !== undefined && adverbsByFirst.has(first) && throughAdverbs(clause, at, (i) => clause[i] === '应' || verbStartsAt(clause, i));
}

/** Offsets already looked at by `throughAdverbs`, marked with the number of its call, and those still to look at: no arrays per call. */
let visited = new Uint32Array(256);
let visit = 0;
const pending: number[] = [];

/**
 * Whether, after one adverb of the lexicon at `at` or more written in a row, `found` holds at an
 * offset, word bounds aside. Each offset is looked at once, so a long run of adverbs stays linear.
 */
function throughAdverbs(clause: string, at: number, found: (i: number) => boolean): boolean {
  if (visited.length <= clause.length) visited = new Uint32Array(clause.length * 2 + 1);
  if (++visit === 0xffffffff) {
    visited.fill(0);
    visit = 1;
  }
  pending.length = 0;
  pending.push(at);
  while (pending.length) {
    const i = pending.pop()!;
    for (const adverb of adverbsByFirst.get(clause[i] ?? '') ?? []) {
      const next = i + adverb.length;
      if (!clause.startsWith(adverb, i) || visited[next] === visit) continue;
      visited[next] = visit;
      if (found(next)) return true;
      pending.push(next);
    }
  }
  return false;
}

/**
 * Whether what follows a verb at `end` makes it a noun (`公开率`, `落实情况`); a suffix of one
 * character only when it is a word of its own, not the start of one (`消除性别歧视`).
 */
function nounAfter(clause: string, end: number, bounds: Bounds): boolean {
  NOUN_SUFFIX.lastIndex = end;
  const suffix = NOUN_SUFFIX.exec(clause)?.[0];
  if (!suffix) return false;
  if ((suffix === '人' || suffix === '区' || suffix === '商') && startsAt(SUFFIX_OPENING_WORD, clause, end)) return false;
  return suffix.length > 1 || suffix === '的' || bounds(end + 1);
}

/** What makes 组织 after it the name of a kind of body, not the verb (`社会组织`, `党组织`, `经济组织`; `公民、法人或者其他组织` of the laws). */
const BODY_KIND = /(?:社会|党|经济|合作|群团|行业|自治|中介|国际|志愿服务|慈善|其他)$/u;

/**
 * The verb of a result reached (`…建设取得明显成效`) or of a work finished before a noun or a time (`改造完成的小区`,
 * `安装完成后`): a verb right before it is the subject's noun or part of a modifier.
 */
const ACHIEVED = /(?:取得|完成(?=[的后]))/uy;

/**
 * The nouns a verb of filing, counting, building, developing or assessing modifies (`申报材料`, `统计年报`, `建设工程`, `发展规划`,
 * `考核工作`), by the verb: the pair names a thing, no task.
 */
const FILED_NOUN = {
  申报: /(?:企业|单位|材料|时间|通知|主体|过程|系统|渠道|条件|工作(?!人员))/uy,
  统计: /(?:执法|调查|年报|报表|制度|工作(?!人员)|监测|信息|违法|人员|系统|指标|口径|分析|数字)/uy,
  // Not the object a verb's noun starts (`建设工程技术研究中心`, `建设规模化养殖基地`, `建设统计数据共享平台`).
  建设: /(?:工程(?!技术)|内容|统计(?!数据)|督察|单位|用地|规模(?!化))/uy,
  发展: /(?:规划|理念|意见|战略|思路|格局|成果|质量|动力(?!电池)|空间(?!信息))/uy,
  考核: /(?:工作(?!人员)|办法|结果|指标|制度|体系|内容|细则)/uy,
} satisfies Record<string, RegExp>;

/** The verb at `at`, longest first, when it ends where a word ends and is not made a noun (`公开率`, `建设者`). */
function verbAt(clause: string, at: number, bounds: Bounds): string | null {
  for (const verb of verbsByFirst.get(clause[at] ?? '') ?? []) {
    if (!clause.startsWith(verb, at)) continue;
    const end = at + verb.length;
    // `各市报送的材料`: the longest verb written there is made a noun, and so is any verb it starts with (`报`);
    // not a verb of sending before a district's body (`报送区政府`, `报区防汛指挥部`), where `区` opens the body's name.
    if (nounAfter(clause, end, bounds) && !sentToDistrict(clause, verb, end)) return null;
    if (BODY_SUFFIX.includes(clause[end] ?? '.') && !SENDING.has(verb) && bounds(end + 1)) return null;
    // `社会组织`, `基层党组织`: 组织 after the kind of a body is the body's name.
    if (verb === '组织' && at >= 1 && BODY_KIND.test(clause.slice(0, at))) return null;
    // `智慧城市建设取得…成效`: a verb before 取得 names the work whose result is told, no task; unless it governs
    // the verb (`推动取得…成果`, `争取取得…`).
    if (startsAt(ACHIEVED, clause, end) && !GOVERNING.has(verb) && verb !== '争取') return null;
    // `申报材料`, `统计年报`, `建设工程`, `发展规划`, `考核工作`: a verb before the noun it modifies names a thing, no task
    // (`组织企业申报`, `统计…数据`, `建设…项目` keep their verb).
    const modified = FILED_NOUN[verb as keyof typeof FILED_NOUN];
    if (modified && startsAt(modified, clause, end)) return null;
    // `把河长制作为…抓手`: a name ending in 制 (a system of chiefs) before 作为, not 制作.
    if (verb === '制作' && clause[end] === '为') return null;
    // `…材料控制在20元以下`: 控制 before a level is a comparison word of a target, no task.
    if (verb === '控制' && startsAt(BEFORE_LEVEL, clause, end)) return null;
    // The segmenter may keep `建立健全` or `巩固和深化` as one word; the verb still counts.
    if (SERIAL[verb]?.some((next) => clause.startsWith(next, end)) || JOINS.includes(clause[end] ?? '.') || bounds(end)) return verb;
    // Or its result (`延伸到`, `下放给`): the word's second part says where the act goes; not a level (`增加到10万人`).
    if (verb.length === 2 && '到至给'.includes(clause[end] ?? '.') && bounds(end + 1) && bounds(at) && !/[0-9０-９]/u.test(clause[end + 1] ?? '')) return verb;
    // It may also join a verb to an object of two characters (`倾倒垃圾`): a word of four that a verb of two opens.
    if (verb.length === 2 && isHan(clause, end) && isHan(clause, end + 1) && !bounds(end + 1) && bounds(end + 2) && bounds(at)) return verb;
  }
  return null;
}

/**
 * Verbs of the general dictionary that say what a thing is, has, needs, meets or undergoes, or what someone says,
 * sees or thinks, or where it sits, not what a body does (`成为…中心`, `需要…努力`, `符合…实际`, `面对…局面`, `表示…感谢`,
 * `办公室设在…局`): the most
 * frequent verbs of the dictionary that the lexicon lacks are of this kind, and none is a task.
 */
const STATE_VERB = /^(?:成为|需要|具有|更具|拥有|已有|出现|发生|存在|属于|处于|位于|设在|进入|面对|面临|遇到|遭到|受到|得到|获得|符合|导致|造成|引起|带来|达到|表示|认为|觉得|希望|知道|看到|展望|奋斗|加上|就业|开始|结束|可能|能够|应该|没有|不能|不会|体现|显示|意味|包含|缺乏|使命|受益|受惠)$/u;

/**
 * The verb at `at` that the lexicon lacks where a general dictionary (jieba's, see general-verbs.ts) tags it a verb:
 * `openVerb`'s word of two characters, with its adverbs, unless it is a verb of state or a prohibition.
 */
function generalVerb(clause: string, at: number, bounds: Bounds, cut = false): string | null {
  const found = openVerb(clause, at, bounds, false, false, cut);
  const word = found?.slice(-2);
  return found && actingGeneralVerb(word!) ? found : null;
}

/** Whether the general dictionary tags a word of two characters a verb of acting, not of state (`避让`, not `成为`). */
function actingGeneralVerb(word: string): boolean {
  return isGeneralVerb(word) && !STATE_VERB.test(word) && !FORBIDDING.test(word);
}

/** A verb of the general dictionary that ends the clause at `at` (`…由县人民政府决定`). */
function closingGeneralVerb(clause: string, at: number, bounds: Bounds): string | null {
  const found = generalVerb(clause, at, bounds);
  return found && at + found.length === clause.length ? found : null;
}

/**
 * What after a verb makes the words before it a subject or a modifier, not a verb and its object: `的` (`…的企业`),
 * an aspect (`体现了`), a rate, a level or a comparison (`…比例不低于20%`, `…时段精确到30分钟`), a copula. A `的` after
 * a word of place (`…管理中的繁文缛节`, `…网上的…`) only ties a place to the object's noun, the verb outside it.
 */
const NOT_OBJECT = /(?<![中上内里])的|[了着过率]|不[低少高超多]于|不超过|达到|保持|控制在|[低高多少]于|[到至][0-9０-９]|[%％]|^为|是/u;
/** What ends a clause of time or condition (`接到预警后`, `汛期内`). */
const TIME_END = /(?:后|前|内|时|中|期间|以来)$/u;

/** Whether a verb of the general dictionary or an adverb is written at `at`, word bounds aside. */
function mayOpenGeneralVerb(clause: string, at: number): boolean {
  return isGeneralVerb(clause.slice(at, at + 2)) || (adverbsByFirst.has(clause[at] ?? '') && throughAdverbs(clause, at, (i) => isGeneralVerb(clause.slice(i, i + 2))));
}

/**
 * The verb of the general dictionary at `from` (a clause's head, or past a body and its frequency) where the lexicon
 * knows none (`…，疏通排水管道30公里`): only when the rest of the clause is its object, with no verb of the lexicon,
 * modal, prohibition, level or `的` in it and no time the clause ends in; a verb with any of those heads a subject or
 * a modifier (`抽查比例不低于…`).
 */
function generalObjectVerb(clause: string, from: number, bounds: Bounds, chained = false): string | null {
  // By the characters first: the segmenter is asked only where such a verb or an adverb is written.
  if (!mayOpenGeneralVerb(clause, from) || TIME_END.test(clause)) return null;
  // An adverb of the lexicon before the pair (`深入践|行…`, `不断缩小…`) marks a verb: no noun takes one.
  const pair = afterAdverbsAt(clause, from, bounds);
  const adverbed = pair > from;
  // A cut verb only where a task is expected, before an object that holds no figure (`带宽可用性5000M以上` is a level):
  // after a task, or after adverbs at the clause's head when a word of two characters or a mark follows the pair (not
  // `按规定累|进|加|价…`, where the segmenter, cutting every character, knows none of the words).
  const cut = from === 0 && ((adverbed && (!isHan(clause, pair + 2) || !bounds(pair + 3))) || (chained && !/[0-9０-９]/u.test(clause)));
  // `…，严|控…`: after a task, a one-character adverb of the lexicon (`严`, `再`) that opens a verb of the general dictionary
  // is that verb's first character.
  const opening = clause.slice(from, from + 2);
  const found = generalVerb(clause, from, bounds, cut) ?? (cut && chained && pair === from + 1 && bounds(from + 2) && actingGeneralVerb(opening) ? opening : null);
  const end = from + (found?.length ?? 0);
  if (!found || clause.length - end < 2) return null;
  const rest = clause.slice(end);
  if (NOT_OBJECT.test(rest) || FORBIDDING.test(rest)) return null;
  for (let at = end; at < clause.length; at++) {
    if (head(clause, at, bounds, false) !== null && bounds(at)) return null;
    if (MODAL_START.test(clause[at]!) && modalAt(clause, at, bounds)) return null;
  }
  // After its adverb the verb is no item of a list of nouns (`不断缩小城乡、区域…差距`), though still a word of a name.
  return (adverbed ? !NAME_AFTER.test(rest) : actsInPhrase(clause, end - 2, found.slice(-2), bounds)) ? found : null;
}

/** A word after `并` that ends the clause, a verb whether the lexicon has it or not (`…并收费`). */
function closingVerb(clause: string, at: number, bounds: Bounds): string | null {
  const found = openVerb(clause, at, bounds);
  return found && at + found.length === clause.length ? found : null;
}

/**
 * Words the segmenter gives where a task's verb is expected that are no verb: pronouns and determiners
 * (`任何单位`, `其他`, `有关`), a count (`一个`: `每季度最后一个月…`), `是否`, people and bodies who are the object of a prohibition (`严禁领导干部…`,
 * `不得要求单位…`), the level or the name of a body that opens a subject (`请国家能源局派出机构…`, `中央企业`, `地方政府`), and adverbs of time the adverb list lacks (`时刻`, `始终`, `永远`), which say when, not what.
 */
const NOT_A_VERB = /^(?:任何|其他|其它|所有|有关|相关|本级|各级|各类|这些|上述|是否|一切|全体|领导|干部|个人|单位|人员|部门|企业|机关|学生|群众|国家|中央|地方|政府|时刻|始终|一定|总是|永远|[一二三四五六七八九十两几]个)$/u;
/** A negation that opens a word (`毫不`, `不移`) or the marker of a complement that ends it (`管得`): the word says how. */
const HOW_WORD = /^[不毫未无非]|得$/u;
/** Comparison words of a level (`不得低于`, `不得少于`): a rule's bound, not a task (`不得超过` is in the lexicon). */
const COMPARISON = /[于过]$/u;
/**
 * What after a word makes it a modifier or an item, not the verb: `地` (`更加紧密地`), a figure (`要下降3%` tells a
 * level), a joint of a list (`预料和…`), a preposition that opens the task's phrase (`应当立即向…报告`); so does a
 * verb of the lexicon, checked apart.
 */
const MODIFIER_AFTER = /^(?:地|[0-9０-９]|[和与及或]|[向对在从将把按])/u;

/**
 * The verb at `at` where the sentence's structure calls for one (right after a modal or a prohibition) when
 * the lexicon has none: adverbs of the lexicon, then one word of two Chinese characters as the segmenter
 * gives it (`应当提示其…`, `应具有…`), unless it is a known word of another kind (a preposition, a frame, a
 * time, a pronoun, a comparison word, a modal, a body) or what follows makes it a modifier or a noun.
 * @param timed whether a span of time stands before it, which marks an act
 */
function openVerb(clause: string, at: number, bounds: Bounds, timed = false, modal = false, cut = false): string | null {
  const i = afterAdverbsAt(clause, at, bounds);
  // One word of two Chinese characters, not a doubled one (`牢牢`, `紧紧` say how). Right after a modal, the segmenter's
  // cut inside a verb of the general dictionary (`应当避|让`) is no cut, nor at the head of a clause that follows a task
  // (`cut`: `…，划|转部分…`): elsewhere such a pair is often a noun (`带宽`). `应享尽享` is an idiom of 尽, no modal.
  const cutVerb = (modal || cut) && actingGeneralVerb(clause.slice(i, i + 2)) && !(i > 0 && startsAt(ALL_WHO_SHOULD, clause, i - 1));
  if (!bounds(i) || (bounds(i + 1) && !cutVerb) || !bounds(i + 2) || !isHan(clause, i) || !isHan(clause, i + 1) || clause[i] === clause[i + 1]) return null;
  const length = 2;
  const word = clause.slice(i, i + length);
  const known =
    MODIFIER_AFTER.test(clause.slice(i + length)) ||
    // A sum due after the word is its object (`偿还应付工程款`), no verb that follows it.
    (reachesVerb(clause, i + length, true) && !DUE_SUM.test(clause.slice(i + length))) ||
    HOW_WORD.test(word) ||
    COMPARISON.test(word) ||
    startsAt(WITH_BODY, clause, i) ||
    // `要通俗易懂`, `要标本兼治`: a word of four split in two that ends the clause says how a thing is; after a span
    // of time (`在30分钟内到达现场`) a verb and its object, as it is when the general dictionary tags the first half a verb
    // (`应当避让湿地`, `要维修道路`).
    (!timed && i + 4 === clause.length && !bounds(i + 3) && !(modal && actingGeneralVerb(word))) ||
    otherKindWord(word);
  if (known || nounAfter(clause, i + length, bounds)) return null;
  return clause.slice(at, i + length);
}

/** A known word of another kind than a verb: a pronoun or a body (`任何`, `单位`), a preposition, a frame, a modal, a time, a manner. */
function otherKindWord(word: string): boolean {
  return (
    NOT_A_VERB.test(word) ||
    PREPOSITION_WORDS.some((p) => word.startsWith(p)) ||
    framing.includes(word) ||
    HANDING.some((handing) => word.startsWith(handing)) ||
    TIME_WORD.test(word) ||
    MANNER.test(word) ||
    looksLikeUnit(word)
  );
}
