import { bracketDepths } from '../text/brackets.js';
import { MAX_TITLE } from '../text/line-limits.js';
import { isTimeHead } from '../text/time-head.js';
import { wordSegmenter } from '../text/word-segmenter.js';

/** The head paragraph of a node after its marker, cut into its lead sentence and the rest. */
export interface Headline {
  title: string | null;
  titleEnd: string;
  text: string;
}

/** Longest heading line (a paragraph without a sentence end) read as a title. */
export const MAX_HEADING = 80;
/** Longest lead phrase before a colon read as a title (`工作目标：…`); a heading that ends in a colon is a title whatever its length. */
export const MAX_COLON_TITLE = 16;

/**
 * A heading that a line break or blanks end instead of its `。`, before its first sentence:
 * `加强队伍建设\n各地要…`, `加强组织领导　各地要…`. The heading holds no mark at all, and the
 * sentence starts with a word, not with the stop of a heading wrapped before it (`…开放共享\n。`).
 */
const BROKEN_HEADING = new RegExp(`^([^\\s，,。；;：:！？!?、（）()“”《》]{2,${MAX_TITLE}})([ \\t\\u3000]*\\r?\\n[ \\t\\u3000]*|[ \\t\\u3000]+)(?=[\\p{Script=Han}\\p{L}\\p{N}“《（(])`, 'u');
/**
 * Modals that bind a subject to a duty (`依托单位应当按照要求完成…工作。`): a lead sentence with one is
 * the item's first task, not its title, which names a task without binding anybody.
 */
const BINDING = /应当|必须|不得|严禁|务必/u;
/**
 * Modals of one character that bind the doer written before them (`各口岸查验单位要实行…`, `企业应建立…`) when
 * they are a word of their own: inside a word (`重要`, `主要`, `数据要素`, `应对`) they bind nobody.
 */
const ONE_CHARACTER_MODALS = new Set(['要', '应', '须']);
/**
 * What a binding modal is followed by: a word of two Chinese characters or more (`要|实行`, `应|建立`), or a
 * preposition that brings the object or the place of the act before it (`要|将…纳入`, `应|对…开展`). The segmenter
 * cuts set phrases and some words into single characters (`应|收|尽|收`, `应|享|尽|享`, `应|届`, `要|义`): a modal
 * before any other single character is part of such a phrase and binds nobody.
 */
const AFTER_MODAL = /^(?:\p{Script=Han}{2}|[将把对向为在与按从于]$)/u;

/**
 * Whether a lead sentence binds somebody to a duty: a binding word (`BINDING`), or a modal of one
 * character (`ONE_CHARACTER_MODALS`) after its doer and before its verb (`AFTER_MODAL`: `推进社保费应收尽收。`
 * binds nobody). A heading names a task
 * without telling anybody to do it; one that opens with `要` (`要坚持…`) has no doer and stays one.
 * Note: the segmenter runs only on a lead that holds such a character.
 * @param lead a node's first sentence, without its stop
 */
export function bindsSomebody(lead: string): boolean {
  if (BINDING.test(lead)) return true;
  if (!/[要应须]/u.test(lead)) return false;
  const words = [...wordSegmenter().segment(lead)];
  return words.some(({ segment, isWordLike }, i) => i > 0 && ONE_CHARACTER_MODALS.has(segment) && isWordLike === true && AFTER_MODAL.test(words[i + 1]?.segment ?? ''));
}
/**
 * What a task may put before its verb and a heading never does: its doer (`各级财政要…`, `本重大研究计划项目实行…`,
 * `公安、市场监管等部门…`), its time (`汛期前完成…`, `每年清明节前组织…`), its partner (`与市水利局建立…`) or its
 * object (`将方案落实情况纳入…`, `鼓励将…交由…承担`). A heading names a task by its verb and object alone
 * (`加强资金保障。`, `支持企业加大研发投入。`); a lead sentence so shaped is the item's first task.
 */
// Its bounds: at most 8 characters between 本 and the kind of text it names (`本重大研究计划`), at most 20 of a list of
// bodies between its first 、 and `等部门` (`公安、市场监管、交通运输等部门`). A literal, so that the regex audit runs it.
const TASK_SHAPED = /将(?!来|军|领|士)|^(?:各(?!项|类|种)|本(?=[^，。]{0,8}(?:计划|方案|项目|办法|意见|要点|规定|细则|措施))|与|每(?:年|个?季度|个?月|半年|周)|年内|年底前|今年|全年|[上下]半年|汛期?前|[0-9０-９]{1,4}[年月]|[一二三四]季度)|、[^，。]{0,20}等(?:部门|单位)/u;
/**
 * A bound set on a figure (`2万人次以上`, `30日以内`, `不低于65%`, `达到80%`): a sentence that fixes how much is
 * a target, the task itself, where a heading names a task without its measure. A figure alone may be part
 * of a name (`1%人口抽样调查`); its bound may not. The gaps are short so that the words between figure and
 * bound are its unit (`万人次`, `个工作日`).
 */
const BOUNDED_FIGURE = /[0-9０-９][^，,。；;]{0,6}(?:以上|以下|以内)|(?:不少于|不低于|不超过|不高于|达到|控制在|提高到|降低到|压减至)[^，,。；;]{0,4}[0-9０-９]/u;
/** What opens a task a plan lets or helps a doer do (`鼓励报关企业…`, `允许符合条件的企业…`, `支持企业…`). */
const LETTING = /^(?:鼓励|支持|允许)/u;
/**
 * Prepositions that set out, between a doer and its verb, for whom, when, where or with what the doer acts
 * (`为中小企业提供…`, `在货物放行后补充申报`, `利用公共用房开展…`): a heading lets a doer do a thing
 * (`支持企业上市。`, `鼓励社会参与。`) and leaves such circumstances to the sentences after it.
 */
const CIRCUMSTANCE = new Set(['为', '在', '向', '对', '给', '利用', '通过', '采用']);

/**
 * Whether a lead that lets or helps a doer act (`LETTING`) sets out the circumstance of the act before its verb.
 * The letting verb (every one is two characters, cut off before segmenting) and at least one word of the doer come
 * before the preposition.
 */
function letsWithCircumstance(lead: string): boolean {
  if (!LETTING.test(lead)) return false;
  const words = [...wordSegmenter().segment(lead.slice(2))].filter(({ isWordLike }) => isWordLike);
  return words.some(({ segment }, i) => i > 0 && CIRCUMSTANCE.has(segment));
}
/** Blanks between two Chinese characters: a PDF's justified line leaves them inside sentences. */
const INNER_BLANK = /\p{Script=Han}[ \t\u3000]+\p{Script=Han}/u;

/**
 * Cuts `深化XXX法治思想学习培训。研究制定…` into title `深化XXX法治思想学习培训`, titleEnd `。`
 * and text `研究制定…`. A lead sentence is a title when it is short, has no comma or
 * semicolon, binds nobody (no `应当`, `必须`, `不得`…: `依托单位应当…完成…工作。` is a task), sets no bound on a
 * figure (`BOUNDED_FIGURE`: `全年培训护理员3万人次以上。` is a target) and puts nothing
 * before its verb that a heading never does (`TASK_SHAPED`: `将方案落实情况纳入…。`, `汛期前完成…。`), nor lets a doer act
 * with the circumstance set out before the verb (`鼓励报关企业为中小企业提供…。`, `letsWithCircumstance`); a paragraph without any sentence end (`推动学习贯彻…，全面引领…`) is a heading
 * and all of it is the title; so is a short lead without any mark that a line break or blanks
 * end before a sentence (`加强队伍建设\n各地要…。`, `加强组织领导　各地要…。`), and a short lead before
 * a colon (`工作目标：…`) unless it is a time (`2026年：启动…`, `动员部署阶段（3月）：制定…`: it dates the
 * tasks after it and stays with them, `isTimeHead`). Otherwise the title is null and everything is text.
 * @param rest the head paragraph after its marker
 * @param marker the marker before it, which a first line's length counts
 */
export function splitHeadline(rest: string, marker = ''): Headline {
  if (!rest) return { title: null, titleEnd: '', text: '' };
  const broken = brokenHeading(rest, marker);
  if (broken) return broken;
  const inside = bracketDepths(rest);
  let stop = -1;
  for (let i = 0; i < rest.length; i++) {
    if (!inside[i] && '。！？；：:!?;'.includes(rest[i]!)) {
      stop = i;
      break;
    }
  }
  if (stop === -1) {
    return rest.length <= MAX_HEADING ? { title: rest, titleEnd: '', text: '' } : { title: null, titleEnd: '', text: rest };
  }
  // Spaces and a line break before the stop (a heading wrapped just before its 。) end the title too.
  const lead = rest.slice(0, stop).trimEnd();
  const mark = rest.slice(lead.length, stop + 1);
  const plain = lead.length > 0 && !/[，,；;]/.test(lead);
  if ('。！？!?'.includes(mark.at(-1)!) && plain && lead.length <= MAX_TITLE && !bindsSomebody(lead) && !BOUNDED_FIGURE.test(lead) && (isTimeHead(lead) || (!TASK_SHAPED.test(lead) && !letsWithCircumstance(lead)))) {
    return { title: lead, titleEnd: mark, text: rest.slice(stop + 1) };
  }
  if ('：:'.includes(mark.at(-1)!) && plain && (lead.length <= MAX_COLON_TITLE || stop === rest.length - 1) && !(stop < rest.length - 1 && isTimeHead(lead))) {
    return { title: lead, titleEnd: mark, text: rest.slice(stop + 1) };
  }
  return { title: null, titleEnd: '', text: rest };
}

/**
 * A heading ended by a line break or blanks, when what follows is a sentence: not a wrapped first
 * line (a line wrapped at the page's width runs as long as the line after it, and a heading is
 * shorter than its sentence's line), nor a word a PDF's justified line spaced apart (such a text
 * has blanks between Chinese characters elsewhere too).
 */
function brokenHeading(rest: string, marker: string): Headline | null {
  const found = BROKEN_HEADING.exec(rest);
  if (!found) return null;
  const [whole, title, brk] = found as unknown as [string, string, string];
  const text = rest.slice(whole.length);
  if (!/[。！？!?]/u.test(text)) return null;
  if (brk.includes('\n')) {
    const next = text.split('\n', 1)[0]!.trimEnd();
    if ((marker + title).length >= next.length) return null;
  } else if (INNER_BLANK.test(text) || !/\p{Script=Han}/u.test(text[0]!)) {
    return null;
  }
  return { title, titleEnd: brk, text };
}
