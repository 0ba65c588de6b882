/**
 * Recognisers for the lines around a plan: the notice that wraps it, its title, its signature
 * and date, notes and attachment labels. Each takes the text of one paragraph.
 */

const HAN_DIGIT = '[〇零一二三四五六七八九]';
const HAN_SMALL = '[一二三四五六七八九十]{1,3}';

/** `2018年12月5日`, `二〇二二年四月十四日`. */
export function isDate(text: string): boolean {
  return new RegExp(`^(?:\\d{4}|${HAN_DIGIT}{4})\\s*年\\s*(?:\\d{1,2}|${HAN_SMALL})\\s*月\\s*(?:\\d{1,2}|${HAN_SMALL})\\s*日$`, 'u').test(text);
}

/** 文号: `国办发〔2018〕118号`, `（皖开放办〔2022〕6号）`. */
export function isDocNumber(text: string): boolean {
  return /^[（(]?[\p{Script=Han}A-Za-z]{1,16}\s*[〔［\[【(（]\d{4}[〕］\]】)）]\s*第?\d{1,4}号[）)]?$/u.test(text);
}

/** 主送: `各省、自治区、直辖市人民政府，国务院各部委、各直属机构：`. */
export function isAddressee(text: string): boolean {
  return /[：:]$/.test(text) && text.length <= 120 && !/[。；]/.test(text) && !/^附件/.test(text);
}

/** Notes on the publication: `（此件公开发布）`, `（本文有删减）`. */
export function isNote(text: string): boolean {
  return /^[（(](?:此件|本件|本文|此文)[^（）()]{1,12}[）)]$/u.test(text);
}

/** 版记 lines: `抄送：…`, `山东省人民政府办公厅2019年3月15日印发`. */
export function isColophon(text: string): boolean {
  return /^抄送[：:]/.test(text) || /^\S{2,40}?\d{4}年\d{1,2}月\d{1,2}日印发$/u.test(text);
}

/** The line that opens an attachment: `附件`, `附件2`. */
export function isAttachmentLabel(text: string): boolean {
  return /^附\s*件\s*[0-9０-９一二三四五六七八九十]*$/u.test(text);
}

/** The line that lists attachments at the end of a notice: `附件：第二批…清单`. */
export function isAttachmentList(text: string): boolean {
  return /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]/u.test(text);
}

/**
 * A line that can be (part of) a title or a signature: short, with no sentence end and not
 * ending in punctuation.
 */
export function isTitleLike(text: string): boolean {
  return text.length > 0 && text.length <= 120 && !/[。；！？]/.test(text) && !/[，,、：:；;]$/.test(text) && !isDate(text);
}

/** Words that end the title of a policy document: `…的通知`, `…工作要点`, `…行动计划（2021-2023年）`. */
export function endsWithGenre(title: string): boolean {
  const bare = title.replace(/[（(][^（()）]*[）)]$/u, '');
  return /(?:通知|通报|意见|方案|要点|办法|计划|规定|细则|决定|规划|纲要|指南|清单|措施|政策|条例|报告|批复|函|公告|通告|决议|标准|指标|名单|目录|安排)$/u.test(bare);
}
