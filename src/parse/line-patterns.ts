/**
 * Recognisers for the lines around a plan: the notice that wraps it, its title, its signature
 * and date, notes, attachment labels, page numbers. Each takes the text of one paragraph.
 */
import { chineseNumber } from '../text/chinese-number.js';
import { isPageNumber } from '../text/page-number.js';

export { isPageNumber };

/** Zeros as typed in Word documents: 〇, the circle ○, the letters O and Ｏ, 零. */
const HAN_YEAR = '[〇○OＯ零一二三四五六七八九]{4}';
const HAN_SMALL = '[一二三四五六七八九十]{1,3}';
// Built once here rather than on every call: these run on every paragraph.
const HAN_DATE = new RegExp(`^(\\d{4}|${HAN_YEAR})\\s*年\\s*(\\d{1,2}|${HAN_SMALL})\\s*月\\s*(\\d{1,2}|${HAN_SMALL})\\s*日$`, 'u');
const PRINTED_ON = new RegExp(`^(?:\\S.{0,60}?)?(?:\\d{4}|${HAN_YEAR})\\s*年.{1,12}日\\s*印\\s*发$`, 'u');

/** A calendar date. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Reads a line that is only a date: `2018年12月5日`, `二〇二二年四月十四日`, `二○二三年三月一日`,
 * `2023.4.6`, `2023-03-01`.
 * @param text one paragraph
 */
export function parseDate(text: string): DateParts | null {
  const han = HAN_DATE.exec(text);
  const numeric = /^(\d{4})\s*[.．\-/]\s*(\d{1,2})\s*[.．\-/]\s*(\d{1,2})$/u.exec(text);
  const match = han ?? numeric;
  if (!match) return null;
  const [year, month, day] = match.slice(1, 4).map(readNumber);
  if (!year || !month || !day || month > 12 || day > 31) return null;
  return { year, month, day };
}

function readNumber(text: string | undefined): number | null {
  if (!text) return null;
  return /^\d+$/.test(text) ? Number(text) : chineseNumber(text.replace(/[○OＯ]/g, '〇'));
}

/** Whether the paragraph is only a date. */
export function isDate(text: string): boolean {
  return parseDate(text) !== null;
}

/**
 * 文号: `国办发〔2018〕118号`, `（皖开放办〔2022〕6号）`; in a draft not yet numbered, or a copy that
 * hides it, the number is blank or marked (`×政办发〔2026〕  号`, `〔2026〕××号`).
 */
export function isDocNumber(text: string): boolean {
  return /^[（(]?[\p{Script=Han}A-Za-z×Ｘ]{1,16}\s*[〔［\[【(（]\d{4}[〕］\]】)）]\s*第?(?:\d{1,4}|[×XＸ]{1,4}|[\s\u3000]{0,6})\s*号[）)]?$/u.test(text);
}

/** 主送: `各省、自治区、直辖市人民政府，国务院各部委、各直属机构：`. */
export function isAddressee(text: string): boolean {
  return /[：:]$/.test(text) && text.length <= 120 && !/[。；]/.test(text) && !/^附件/.test(text);
}

/** The formula that closes a notice's text: `特此通知。`, `特此函告。`, `此复。`; it asks nothing of anyone. */
export function isClosingFormula(text: string): boolean {
  return /^(?:特此(?:通知|通报|函告|公告|通告|批复|报告|函复|说明)|此复|专此报告)[。！!]?$/u.test(text.trim());
}

/** Notes on the publication: `（此件公开发布）`, `（本文有删减）`. */
export function isNote(text: string): boolean {
  return /^[（(](?:此件|本件|本文|此文)[^（）()]{1,12}[）)]$/u.test(text);
}

/** 版记 lines: `抄送：…`, `山东省人民政府办公厅　　2019年3月15日印发`. */
export function isColophon(text: string): boolean {
  return /^抄\s*送[：:]/u.test(text) || PRINTED_ON.test(text);
}

/** The red header above a government document: `XX市人民政府文件`. */
export function isMasthead(text: string): boolean {
  return /^\S{2,30}文\s*件$/u.test(text);
}

/**
 * What a web page or a database export puts around a document: its metadata fields
 * (`索 引 号：…`, `发布时间：…`, `【发布部门】…`), the breadcrumb trail
 * (`首页 > 政务公开 > 政策文件`) and its buttons (`【打印本页】【关闭窗口】`).
 */
export function isWebMetadata(text: string): boolean {
  return (
    /^(?:索\s*引\s*号|主\s*题\s*分\s*类|发\s*文\s*机\s*关|成\s*文\s*日\s*期|标\s*题|发\s*文\s*字\s*号|发\s*布\s*(?:日\s*期|时\s*间)|有\s*效\s*性|来\s*源|信\s*息\s*来\s*源|作\s*者|主\s*题\s*词|生\s*效\s*日\s*期|字\s*号)\s*[：:]/u.test(text) ||
    /^[^>＞»。，]{1,16}(?:\s*[>＞»]\s*[^>＞»。，]{1,16}){2,}$/u.test(text) ||
    // 北大法宝's fields: `【发布部门】…`, `【发文字号】…`, `【时效性】现行有效`.
    /^【(?:发布部门|发文字号|发布日期|实施日期|时效性|效力级别|法规类别|法宝引证码|原文链接|标题)】/u.test(text) ||
    /^(?:【[^【】]{1,8}】\s*)+$/u.test(text)
  );
}

/** A register number of a normative document (行政规范性文件登记号): `SDCR—2023—0010002`, `XXFG-2023-001`. */
export function isRegisterNumber(text: string): boolean {
  return /^[A-Z]{2,10}\s*[—–\-－]+\s*\d{4}\s*[—–\-－]+\s*\d{1,10}$/u.test(text);
}

/** The address a copy was taken from: `原文链接：https://…`, or a bare URL on a line of its own. */
export function isLinkLine(text: string): boolean {
  return /^(?:原文链接|原文地址|链接地址|网址|链接|URL)\s*[：:]/iu.test(text) || /^(?:https?:\/\/|www\.)\S+$/iu.test(text);
}

/** A gazette's page header above a document it reprints: `XX市人民政府公报　2023年第5期`. */
export function isGazetteHeader(text: string): boolean {
  return /^\S{2,30}(?:公报|政报)\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*第\s*[0-9一二三四五六七八九十]{1,4}\s*期$/u.test(text);
}

/** Ends of the name of a body that issues documents: an issuing-body line above a title names no document. */
const ISSUER_END = /(?:人民政府|政府|办公室|办公厅|委员会|人民法院|人民检察院|局|厅|部|委|署|院|党委)$/u;

/**
 * A line that is only the name of the issuing body (`XX市人民政府办公室`) above a title that
 * does not go on from it, as web pages and gazettes print it; `XX市人民政府办公室` followed by
 * `关于印发…的通知` is the first line of that title instead.
 * @param text the line
 * @param next the line after it
 */
export function isIssuerLine(text: string, next: string): boolean {
  return text.length <= 30 && /^[\p{Script=Han}X（）()、]+$/u.test(text) && ISSUER_END.test(text) && !endsWithGenre(text) && !/^(?:关于|的|印发|转发|对)/u.test(next);
}

/** Most lines one signature runs over (several issuing bodies), at the foot of a notice or a plan. */
export const MAX_SIGNATURE_LINES = 3;

/** The line that opens an attachment: `附件`, `附件2`. */
export function isAttachmentLabel(text: string): boolean {
  return /^附\s*件\s*[0-9０-９一二三四五六七八九十]*$/u.test(text);
}

/** The line that lists attachments at the end of a notice: `附件：第二批…清单`, or names one (`附件1：XX方案`). */
export function isAttachmentList(text: string): boolean {
  return /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]/u.test(text);
}

/**
 * A line that can be (part of) a title or a signature: short, with no sentence end and not
 * ending in punctuation.
 */
export function isTitleLike(text: string): boolean {
  return text.length > 0 && text.length <= 120 && !/[。；！？]/.test(text) && !/[，,、：:；;]$/.test(text) && !isDate(text) && !isPageNumber(text);
}

/** Words that end the title of a policy document: `…的通知`, `…工作要点`, `…行动计划（2021-2023年）`. */
export function endsWithGenre(title: string): boolean {
  const bare = title.replace(/[（(][^（()）]*[）)]$/u, '');
  return /(?:通知|通报|意见|方案|要点|办法|计划|规定|细则|决定|规划|纲要|指南|清单|措施|政策|条例|报告|批复|函|公告|通告|决议|标准|指标|名单|目录|安排|分工)$/u.test(bare);
}

/** Longest line taken as the second half of a title that was whole already (`…政府工作报告` + `重点工作任务分工`). */
const MAX_TITLE_TAIL = 20;

/**
 * A line that goes on with the title above it: `（2023—2025年）`, `（征求意见稿）`, `…的通知`,
 * or a short line that ends in a genre word itself (`重点工作任务分工`).
 */
export function continuesTitle(text: string): boolean {
  return /^[（(][^（()）]{1,20}[）)]/u.test(text) || /^(?:的|和|及|暨|与)/u.test(text) || (text.length <= MAX_TITLE_TAIL && endsWithGenre(text));
}

/** A line under a title that qualifies it: `——2016年3月5日在第十二届全国人民代表大会第四次会议上`. */
export function isSubtitle(text: string): boolean {
  return /^[—–－-]{1,2}\S/u.test(text) && isTitleLike(text);
}
