import type { Modality } from '../model/index.js';
import { scanBrackets } from '../text/brackets.js';
import { splitClauses } from '../text/clauses.js';
import { wordSegmenter } from '../text/word-segmenter.js';
import { ADVERBS, VERBS } from './action-lexicon.js';

/**
 * `研究` before a verb that makes or settles something (`研究制定`, `研究编制`, `研究建立`, `研究出台`, `研究解决`, `研究决定`)
 * or carries it out (`研究实施…行动`) is part of that task, done as work is done, not a study of whether to act
 * (`研究设立…指标`; `研究起草…` too, as the earlier gold reads it).
 */
const DECIDING_STUDY = /研究(?:制定|制订|编制|建立|出台|解决|决定|处理|部署|实施)/u;

/**
 * Whether an action with `研究` makes or carries out its task (DECIDING_STUDY), read in the text with the two characters after
 * it: the action read may be `研究` alone where the verb after it is one the lexicon keeps apart (`研究实施…`).
 */
function decidingStudy(written: string, action: string): boolean {
  const at = written.indexOf(action);
  return DECIDING_STUDY.test(at < 0 ? action : written.slice(at, at + action.length + 2));
}

/** A modality other than plain, as one word of a clause says it. */
type Told = Exclude<Modality, 'plain'>;

/**
 * Every word that may say how binding a task is, longest first so that `都要` is read before `要`;
 * each is then checked against the words around it (`governs`). Not `严格`, `坚决`, `全面`: they say
 * how a task is done (`严格执行…制度`), not that it must be; every blind gold set reads them so.
 */
// `需` binds as `须` does (`各级政府需加强统筹`), `不允许` as `不准`; `允许` grants the task as `可以` does
// (`允许企业先行开展…`), read after `不允许` so that a ban stays a ban.
// `务于` a date shortens `务必于` (`务于每月25日前…报送`); not `务在必行`.
const CUE = /必须|务必|务(?=于(?:[0-9０-９每本次下当]|[一二三四五六七八九十]+月))|应当|严禁|不得|不准|不允许|不应|有义务|确保|都要|还要|也要|更要|均要|就要|可以|允许|探索|先行先试|试行|[要须需应可]/gu;
/** What each cue says. */
const TOLD: Record<string, Told> = { 可: 'encouraged', 可以: 'encouraged', 允许: 'encouraged', 探索: 'exploratory', 先行先试: 'exploratory', 试行: 'exploratory' };
/** Modals of one character, which count only as words of their own (`要` but not `重要`, `要求`; `应` but not `相应`). */
const ONE_CHARACTER = new Set(['要', '须', '需', '应', '可', '务']);
/** A frame earlier in the clause that makes `需要` its noun, what the task is done as needed for (`根据实际需要调整…`, `视工作需要开展…`). */
const NEED_FRAME = /根据|按照|依据|按|视|依|结合|适应|满足/u;
/** Words before `需` that make a case of the need (`确需`, `如需`, `若需`): if there is one, no duty. */
const NEED_IF_BEFORE = new Set(['确', '如', '若', '倘']);
/** Words before `需` that say there is no need (`无需`, `不需`, `毋需`). */
const NO_NEED_BEFORE = new Set(['无', '不', '毋', '勿']);
/**
 * `应`, `可`, `需` bind only before a word of two characters or more (`应按照`, `可免除`, not `出庭应诉`,
 * `异地可办`, where they are part of a word the segmenter splits) or before a preposition
 * (`应由…负责`, `可在…调剂`).
 */
const NEEDS_WORD_AFTER = new Set(['应', '可', '需']);
const PREPOSITIONS = new Set([...'在由对将向从与把按以于给为同经']);
/**
 * The segmenter glues `可`, `应` to some prepositions (`可在`, `可与相邻村联合设置`); not to `对`, `以`,
 * `为`, which make words of their own (`应对`, `可以`, `应为`).
 */
const GLUED_PREPOSITIONS = new Set([...'在由将向从把按于与']);
/**
 * Words that make an adjective of what they stand in, not a modal, when a verb stands right
 * before them: `建立可追溯体系`, `推进严格规范公正文明执法`, `总结探索经验`; `需` too, naming what
 * needs a task done (`完成建成的需改造老旧小区改造任务`, `推动需搬迁企业…`), where a duty's `需`
 * follows its subject or an adverb (`各乡镇需…`, `仍需…`).
 */
const ADJECTIVAL = new Set(['可', '可以', '探索', '试行', '需']);
/**
 * Words before an adjectival cue that keep it out of the predicate: a degree (`最严格的`), or a
 * conjunction or `的` that joins it to nouns (`健康和可持续发展`, `高可靠、可定制的设施`).
 */
const QUALIFYING = new Set(['最', '更为', '较为', '从', '和', '与', '及', '或', '、', '的']);
/**
 * Words before `确保` that make it a purpose, a frame or a description, not a task: `为确保…`,
 * `以确保…`, `在确保安全的前提下`, `是确保…的关键`.
 */
const NOT_TASK_BEFORE = new Set(['为', '为了', '以', '从而', '进而', '以便', '用以', '旨在', '借以', '在', '是']);
/**
 * `鼓励…`, `支持…` opening a clause (after its adverbs), not joined to a verb beside it
 * (`支持和规范发展`) unless that verb encourages too (`鼓励、支持…`, `支持和引导…`).
 */
const ENCOURAGING = /^(?:积极|大力|进一步|继续|重点|优先)?(?:鼓励|支持)(?![和与及并、](?!鼓励|支持|引导|帮助))(?!项目|对象|方向|范围|领域|类别|资金|政策|措施|力度|标准)/u;
/**
 * `可` inside a word of quality (`可持续发展`, `可靠`, `可行性`, `可能`, `可控`, `可信`, `可视化`, `可及性`, `可比`): no permission,
 * whatever stands before it (`经济可持续发展`, `2030年可持续发展议程`); blanked before the cues are read. Not `可行使`, `可视情况`,
 * `可及时`, `可比照`, which allow an act.
 */
const CAN_IN_WORD = /可(?=持续|靠|行(?![使驶])|能|控|信|视化|及性|比(?!照))/gu;
/**
 * `可` naming the items an indicator counts (`可网上办理的涉税事项扩大到300项以上`, `可免证办理事项占比达到60%`): the subject of a
 * target, things that can be done, not a task allowed; its `可` is blanked before the cues are read. The words between, one to eight characters (a verb
 * and its manner or object: `网上办理`, `跨省通办的政务`), hold no preposition that would make `可` govern a verb of its own (`可将…事项下放`).
 */
// So is `可` naming things by what can be done with them, before the amount or the rate an indicator counts of them
// (`可循环快递包装应用量达到300万个`, `可循环中转袋使用率保持在100%`): a thing's quality, not a task allowed.
// A `使` between (`可争取使覆盖率达到100%`) makes the rate the result of a task allowed, not a quality of things (`可使用…` names them).
const ITEMS_NAMED = /(?<!许)可(?:(?!使(?!用))[^，；。将把在对向从]){1,8}(?:事项(?:数量?|占比|比例|比重)?|(?:(?!使(?!用))[^，；。将把在对向从]){0,6}?(?:量|率|占比|比例|比重))(?:达到|达|扩大到|扩大至|增至|增加到|提高到|提升到|超过|突破|保持在|稳定在|不低于)/gu;
/** A clause that ends with a sum of money (`市财政安排…专项资金8000万元`, `…不低于500万元`). */
const SUM_END = /[0-9０-９][万亿千]*元(?:以上|左右)?$/u;
/**
 * `重点支持`, `优先支持`, `主要支持` opening the clause after a sum (`…专项资金8000万元，重点支持易涝点整治…`): the uses the money goes to first,
 * not a task the plan encourages; a plain `支持` there may encourage others' tasks (`…2亿元，支持各地举办…`).
 */
const PURPOSE_OF_FUNDS = /^(?:重点|优先|主要)支持/u;
/** `鼓励`, `支持` after the clause's subject (`省财政厅支持各市…`, `各地积极鼓励…`). */
const ENCOURAGING_WORD = /鼓励|支持/u;
/**
 * `禁止` forbids a task when it heads its clause or follows the clause's subject (`禁止在宿舍存放…`,
 * `各地禁止新建…`, `除…外，禁止…`); further in it names a kind of rule or thing (`落实长江禁止捕捞制度`,
 * `执行禁止性规定`, `对禁止类事项…`).
 */
const FORBIDDING = /禁止(?![类性])/u;
/**
 * Longest subject read before `鼓励`/`支持`: the name of a body with its scope (`省卫生健康委`,
 * `各市、县人民政府`) fits; a longer stretch is a clause of its own.
 */
const SUBJECT_MAX = 12;
/**
 * What `鼓励`/`支持` after a subject governs: a task of at least a word, not `的` (`中央预算内投资支持的
 * 项目` is a relative clause) nor a noun it heads (`政策支持方面`, `在…支持下`).
 */
const OBJECT_AFTER = /^(?!的|方面|下|力度|作用)[\p{Script=Han}“]{2}/u;
/**
 * What may follow `试点` when it is the task, besides a verb (`试点开展`): as the plans this
 * project started from write it, `试点工作经验`, `把…试点作为切入点`; not a name's or a noun's
 * first word (`试点地区`, `试点银行`, `试点项目`, `试点任务`).
 */
const TRIAL_AFTER = /^(?:工作|经验|先行|作为)/u;
/**
 * What ends a noun `试点` and its verb make (`开展…应用试点建设。`, `完成…试点建设任务`,
 * `试点建设工作`): the verb takes no object, so `试点` is no verb either (`试点推行X制度` is).
 */
const NOMINAL_TAIL = /^(?:$|的|任务|工作|项目|方案|情况|经验|成果)/u;
/**
 * Adverbs that make `试点` the verb whatever follows it: `优先试点`, `率先试点跨境…`. Without
 * them a `试点` that ends a clause is the noun a verb takes (`开展…改革试点`, `扩大…试点`).
 */
const TRIAL_BEFORE = /(?:优先|率先|先行|积极)$/u;
/** `除禁止进境的外`: what an exception names is not what the task forbids. */
const EXCEPTION = /除[^，。；]*?(?:以外|之外|外)/gu;
/** A clause ending in `的` is a condition or a topic (`对…不得享受补贴的，由…追回`): its modal governs no task. */
const CONDITION = /的$/u;
const verbs = new Set(VERBS);
const adverbs = new Set(ADVERBS);

/**
 * How binding a task's wording is, judged from the first word that governs one of its tasks:
 * mandatory for `要`, `应`, `须`, `必须`, `应当`, `务必`, `严禁`, `不得`, `有义务`, `确保`;
 * encouraged for `鼓励`/`支持` opening a clause and `可`, `可以`; exploratory for `探索`, `试行`,
 * `先行先试`, `试点` as the verb (`试点开展`, `优先试点`) and an action `研究…` that is no `研究制定`; plain
 * when none governs. A word governs when it stands before the task's verb: not inside quotes or
 * 《》, an exception (`除…外`), a relative clause (`应当公开的信息`, `可复制可推广的经验`), a
 * condition (`…不得…的，`), a purpose (`为确保…`), a name (`试点地区`) or a verb's object
 * (`建立可追溯体系`, `推进严格规范…执法`, `最严格的制度`).
 * @param written an obligation's text, without its unit notes
 * @param actions its actions, from `findActions`
 */
export function findModality(written: string, actions: string[]): Modality {
  // What is quoted or a title (`“三管三必须”`, `《…不得…办法》`) binds nobody.
  let text = unquoted(written).replace(EXCEPTION, (match) => '　'.repeat(match.length));
  if (text.includes('可')) text = text.replace(ITEMS_NAMED, (match) => `　${match.slice(1)}`).replace(CAN_IN_WORD, '　');
  const studies = actions.filter((action) => action.includes('研究') && !decidingStudy(written, action));
  let funded = false;
  for (const span of splitClauses(text)) {
    const clause = text.slice(span.start, span.end);
    const after = funded;
    funded = SUM_END.test(clause);
    if (CONDITION.test(clause)) continue;
    const told = firstTold(clause, studies, after && PURPOSE_OF_FUNDS.test(clause));
    if (told) return told;
  }
  return 'plain';
}

/**
 * What the first word that governs a task of one clause says, or null when none does.
 * @param purpose the clause names what the money of the clause before goes to (`重点支持…`): its 支持 encourages nobody
 */
function firstTold(clause: string, studies: string[], purpose = false): Told | null {
  // The earliest find wins; of two at one offset, the one found first.
  let at = Infinity;
  let told: Told | null = null;
  const find = (where: number, what: Told) => {
    if (where < at) {
      at = where;
      told = what;
    }
  };
  // The uses of a sum (`purpose`) are no task encouraged.
  if (!purpose) {
    if (ENCOURAGING.test(clause)) find(0, 'encouraged');
    else {
      const word = clause.search(ENCOURAGING_WORD);
      if (word > 0 && ENCOURAGING.test(clause.slice(word)) && OBJECT_AFTER.test(clause.slice(word + 2)) && subject(clause.slice(0, word))) find(word, 'encouraged');
    }
  }
  const forbids = clause.search(FORBIDDING);
  if (forbids >= 0 && (heads(clause.slice(0, forbids)) || subject(clause.slice(0, forbids)))) find(forbids, 'mandatory');
  for (let trial = clause.indexOf('试点'); trial >= 0; trial = clause.indexOf('试点', trial + 2)) {
    const rest = clause.slice(trial + 2);
    const verbed = verbs.has(rest.slice(0, 2)) && !NOMINAL_TAIL.test(rest.slice(2).trimEnd());
    if (TRIAL_AFTER.test(rest) || verbed || TRIAL_BEFORE.test(clause.slice(0, trial))) find(trial, 'exploratory');
  }
  for (const action of studies) {
    const where = clause.indexOf(action);
    if (where >= 0 && heads(clause.slice(0, where))) find(where, 'exploratory');
  }
  // Cues come in reading order: the first that governs is the only one that can win, and one after
  // an earlier find cannot; the clause is segmented only when a cue is left to judge.
  let words: ClauseWords | null = null;
  CUE.lastIndex = 0;
  for (let cue = CUE.exec(clause); cue && cue.index < at; cue = CUE.exec(clause)) {
    words ??= new ClauseWords(clause);
    if (governs(cue[0], cue.index, words)) {
      find(cue.index, TOLD[cue[0]] ?? 'mandatory');
      break;
    }
  }
  return told;
}

/**
 * Whether what stands before a verb in its clause leaves the verb at the clause's head: nothing,
 * or adverbs only (`抓紧研究制定…`). `研究` further in is a noun (`根据申请的具体研究内容选择…`).
 */
function heads(before: string): boolean {
  let rest = before.trim();
  while (rest) {
    const adverb = ADVERBS.find((word) => rest.startsWith(word));
    if (!adverb) return false;
    rest = rest.slice(adverb.length);
  }
  return true;
}

/**
 * Whether what stands before `鼓励`/`支持` is the clause's subject and adverbs (`国家`, `省财政厅`,
 * `各地积极`, `依法`): short, not ending in `的`, holding no verb or preposition (which would make
 * `支持` an object, `对…项目给予支持`), and, past the adverbs, the name of a body.
 */
function subject(before: string): boolean {
  if (before.length > SUBJECT_MAX || /[的，,]$/u.test(before)) return false;
  const words = [...wordSegmenter().segment(before)].map(({ segment }) => segment);
  while (words.length && adverbs.has(words.at(-1)!)) words.pop();
  if (words.some((word) => (verbs.has(word) && !adverbs.has(word)) || PREPOSITIONS.has(word))) return false;
  return words.length === 0 || BODY_END.test(words.join(''));
}

/**
 * How the name of who acts ends (`国家`, `各地`, `省财政厅`, `市县政府`, `有关部门`), or `各` and a kind of
 * place or body (`各区`, `各乡镇`); other nouns before
 * `支持` are what gives the support (`保险资金支持实体经济`), not a subject that encourages.
 */
const BODY_END = /(?:国家|各地|各级|地方|政府|部门|单位|机关|机构|[部委厅局办院])$|^各[\p{Script=Han}]{1,3}$/u;

/**
 * The words of a clause, each found by the segmenter when first asked (`Intl.Segments.containing`):
 * a cue is judged from the few words around it, so the rest of the clause is never cut into words.
 */
class ClauseWords {
  private segments: Intl.Segments | null = null;
  constructor(readonly clause: string) {}

  /** The word that holds the offset `at`, as `{ start, text }`, or null past the clause's end. */
  at(at: number): { start: number; text: string } | null {
    if (at < 0 || at >= this.clause.length) return null;
    this.segments ??= wordSegmenter().segment(this.clause);
    const { index, segment } = this.segments.containing(at)!;
    return { start: index, text: segment };
  }
}

/**
 * The segmenter also glues `可` to the first character of a verb it does not know, leaving the second alone
 * (`可加/装/电梯` for `可 加装 电梯`): a `可X` word followed by one character that ends no adjective or noun
 * (`的`, `性`, `度`, `化`: `可靠性`, `可视化`) is `可` before a verb.
 */
function gluedVerb(cue: string, words: ClauseWords, end: number): boolean {
  if (cue !== '可') return false;
  const next = words.at(end)?.text ?? '';
  return next.length === 1 && /\p{Script=Han}/u.test(next) && !NOT_VERB_ENDS.has(next);
}

/**
 * The segmenter also cuts a verb it does not know into its two characters (`应/测/算/规划…` for `应 测算 规划`): after `应` or `需`
 * (`可` has gluedVerb and its adjectives, `可复制`, `可追溯`), two words of one
 * character each after the modal, the second followed by more words of the clause, are a verb of two (`出庭应诉。` ends there).
 */
function splitVerb(words: ClauseWords, end: number): boolean {
  const first = words.at(end);
  const second = first && first.text.length === 1 ? words.at(end + 1) : null;
  // Not the idiom `应X尽X` (`应保尽保`, `应享尽享`: all who qualify get it), a scope, no duty.
  if (!second || second.text.length !== 1 || !/\p{Script=Han}/u.test(first!.text + second.text) || NOT_VERB_ENDS.has(second.text) || second.text === '尽') return false;
  const third = words.at(end + 2)?.text ?? '';
  return /^\p{Script=Han}/u.test(third);
}

/** Characters that make a `可X` word an adjective or a noun (`可靠的`, `可行性`, `可信度`, `可视化`), not `可` before a verb. */
const NOT_VERB_ENDS = new Set([...'的性度化之地得了']);

/** What follows `应` in the nouns of tax law (`应纳税所得额`, `应纳税额`, `应税收入`, `应税消费品`). */
const TAXABLE = /^(?:纳税所得|纳税额|税收入|税消费品|税销售额)/u;

/** Nouns after `允许` that make it a bound's name (`在允许范围内`), not a permission granted. */
const PERMITTED_BOUND = new Set(['范围', '限度', '值', '误差', '偏差']);

/** Whether the cue at `at` governs the clause's task, judged from the words around it. */
function governs(cue: string, at: number, words: ClauseWords): boolean {
  const { start, text: word } = words.at(at)!;
  const end = start + word.length;
  // The segmenter glues `要` to the `所` ending a body's name it does not know (`司法/所要/于…`, `供电/所要/按照…`): `所要` counts
  // as `要`, and the check of a relative clause keeps out the `所要…的` it also writes (`政府所要承担的责任`).
  const glued =
    (word.length === 2 && start === at && NEEDS_WORD_AFTER.has(cue) && (GLUED_PREPOSITIONS.has(word[1]!) || gluedVerb(cue, words, end))) ||
    (word === '所要' && start === at - 1) ||
    // `需要与帮扶村签订…`, `需要报送…`: `需要` before a preposition or a verb binds as `需` does; not the noun of a frame
    // (`根据实际需要增设…`, `视工作需要开展…`) nor a relative clause (`梳理企业需要协调解决的问题`).
    (word === '需要' && start === at && cue === '需' && !NEED_FRAME.test(words.clause.slice(0, at)) && !words.clause.includes('的', end) && [PREPOSITIONS, verbs].some((set) => set.has(words.at(end)?.text ?? ''))) ||
    (word === '务于' && start === at);
  // A modal of one character inside a word (`重要`, `许可`, `相应`) is part of it.
  if (ONE_CHARACTER.has(cue) && word !== cue && !glued) return false;
  const next = words.at(end)?.text ?? '';
  if (NEEDS_WORD_AFTER.has(cue) && !glued && next.length < 2 && !PREPOSITIONS.has(next) && !(cue !== '可' && splitVerb(words, end))) return false;
  const previous = words.at(start - 1);
  const before = previous?.text ?? '';
  if (ADJECTIVAL.has(cue) && ((verbs.has(before) && !adverbs.has(before) && (cue !== '需' || predicateBefore(words, previous!.start))) || QUALIFYING.has(before))) return false;
  if (cue === '确保' && NOT_TASK_BEFORE.has(before)) return false;
  // `无需提交`, `不需办理`: no need, no duty; `确需出行`, `如需延期`: a case the task is for, if there is a need.
  if (cue === '需' && (NO_NEED_BEFORE.has(before) || NEED_IF_BEFORE.has(before))) return false;
  // `允许范围内`, `允许值`: what is allowed, named as a bound, not a permission; `未经允许` names a permission not given.
  if (cue === '允许' && (PERMITTED_BOUND.has(next) || before === '经' || before === '未经')) return false;
  // `应纳税所得额`, `应纳税额`, `应税收入` name taxable amounts, nouns of tax law; `企业应缴纳…` binds.
  if (cue === '应' && TAXABLE.test(words.clause.slice(end))) return false;
  // `大案要案` (`督查大案要案`) is a noun, major cases, which the segmenter leaves in pieces; `要案结事了` is a duty.
  if (cue === '要' && next === '案' && before.endsWith('案')) return false;
  // `（试行）` after a title names its edition.
  if (cue === '试行' && /^[）)]/u.test(next)) return false;
  return !relative(words, word, end) && !inScope(words, start, end);
}

/**
 * Whether the verb that starts at `start` is the clause's predicate, opening the clause or after adverbs (`推动需搬迁企业`,
 * `抓紧核查需加固农房`), so that a `需` after it opens its object; after a noun the verb is a subject's (`项目建设需符合…`), and the
 * `需` binds.
 */
function predicateBefore(words: ClauseWords, start: number): boolean {
  // By characters, not words: the segmenter cuts some adverbs of the lexicon in two (`逐|户`).
  let before = words.clause.slice(0, start);
  for (let adverb = ADVERBS.find((word) => before.endsWith(word)); adverb; adverb = ADVERBS.find((word) => before.endsWith(word))) before = before.slice(0, -adverb.length);
  return before === '';
}

/** Prepositions whose object may hold a modal in the clause it makes of a noun (`对应当…解决的投诉`). */
const SCOPE_OPENERS = new Set(['对', '对于']);

/**
 * Whether the modal between `start` and `end` stands in the object of `对`/`对于` (after adverbs only), closed by a `的`
 * later in its clause: `对应当通过诉讼解决的投诉请求，引导…`, `对依法应当由其他机关处理的纠纷，…不得受理`. A modal
 * cannot follow a preposition as the predicate's, so it is the scope's, and governs no task.
 */
function inScope(words: ClauseWords, start: number, end: number): boolean {
  let before = words.at(start - 1);
  while (before && adverbs.has(before.text)) before = words.at(before.start - 1);
  return before !== null && SCOPE_OPENERS.has(before.text) && words.clause.includes('的', end);
}

/**
 * Whether the modal `modal`, which ends at `end`, opens a relative clause: the modal, its adverbs
 * and one verb, then `的` (`应当公开的信息`, `最严格的`), or a chain of them (`可复制可推广的经验`).
 */
function relative(words: ClauseWords, modal: string, end: number): boolean {
  // Walks the words after the modal; past the clause's end there are none (`at` is then null).
  let at = words.at(end);
  const step = () => {
    if (at) at = words.at(at.start + at.text.length);
  };
  if (at?.text === '的') return true;
  for (let links = 0; links < MAX_CHAINED_MODALS; links++) {
    while (at && adverbs.has(at.text)) step();
    step();
    // `可` joins two verbs before `的` too (`可复制推广的经验`, `可监测追溯的`): a thing that can be done.
    if (PERMISSIVE.has(modal) && at && verbs.has(at.text) && !adverbs.has(at.text) && words.at(at.start + at.text.length)?.text === '的') return true;
    if (at?.text === '的') return true;
    if (at?.text === '、') step();
    if (at?.text !== modal) return false;
    step();
  }
  return false;
}

/** Modals that make an adjective of a pair of verbs before `的` (`可复制推广的`), where a duty would take an object (`要加强监管的`). */
const PERMISSIVE = new Set(['可', '可以']);

/** `可复制可推广可考核的`: three modal-verb pairs are the longest such chain plans write. */
const MAX_CHAINED_MODALS = 3;

/** The text with what stands inside quotes and book-title marks blanked out. */
function unquoted(text: string): string {
  const quoted = scanBrackets(text).pairs.filter(({ open }) => '“‘"《〈'.includes(text[open]!));
  if (quoted.length === 0) return text;
  // One mark per offset, not a search of the pairs per character: a long text has many quotes.
  const inside = new Uint8Array(text.length);
  for (const { open, close } of quoted) inside.fill(1, open + 1, close);
  let result = '';
  let offset = 0;
  for (const c of text) {
    result += inside[offset] ? '　' : c;
    offset += c.length;
  }
  return result;
}
