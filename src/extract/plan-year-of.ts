/** One year written in a title (`2026年工作要点`), not one end of a range (`（2026—2028年）`). */
const TITLE_YEAR = /(?<![0-9０-９—–\-~～至到])((?:19|20)[0-9]{2})年(?![度以起—–\-~～至到])/gu;
/** A range of years anywhere in the title: a plan of several years has no one year of its own. */
const YEAR_SPAN = /(?:19|20)[0-9]{2}(?:年)?[—–\-~～至到](?:19|20)[0-9]{2}/u;

/**
 * The year a plan is for, as its title names it (`××省人民检察院2026年工作要点` → 2026): the year
 * the plan's own year words fall in (`年内`, `全年`, `今年`). Null when the title names no
 * year, several, or a range (`实施方案（2026—2028年）`); a date in the print line or the file name
 * does not count, as a plan may be printed the year before it runs.
 * @param title the document's title, or null
 */
export function planYearOf(title: string | null): number | null {
  if (!title || YEAR_SPAN.test(title)) return null;
  const years = new Set([...title.matchAll(TITLE_YEAR)].map((match) => Number(match[1])));
  return years.size === 1 ? [...years][0]! : null;
}

/** Any year in a title: a title naming only a range or a `年度` leaves its plan without one year, whatever the preamble says. */
const ANY_YEAR = /(?:19|20)[0-9]{2}/u;
/** Names of documents and file numbers: the years in them are the cited text's, not the work's. */
const CITED = /《[^》]*》|〔[^〕]*〕|\[[^\]]*\]/gu;
/** A year the preamble sets its work in (`现就开展2023年…`, `为做好2021年…`); a year after other verbs may be a cited text's (`贯彻落实2017年政府工作报告`). */
const WORK_YEAR = /(?:开展|做好|组织|启动|部署|实施|推进|完成|抓好)(?:19|20)[0-9]{2}年(?![度以起—–\-~～至到])/u;

/**
 * The year a plan's month-only dates fall in (`4月30日前`): the title's (`planYearOf`); where the title names no year
 * at all (a notice as a web page serves it, its title line lost), the one year its preamble names, where it sets its work in it
 * (`现就开展2023年…工作通知如下`, `为做好2021年…`; none in cited names or file numbers), where the notice's date line, if it
 * has one, is of the same year: work of one year is often filed in another (`为做好2023年统计年报工作，…请于2月底前报送`,
 * dated 2024), and then a month alone says not which. A date line alone gives none: a plan may be printed the year
 * before it runs.
 * @param title the document's title, or null
 * @param preamble the preamble's paragraphs (and an addressee's line that runs on into it)
 * @param dateYear the year of the document's date line, or null
 */
export function workYearOf(title: string | null, preamble: string[], dateYear: number | null): number | null {
  if (title && ANY_YEAR.test(title)) return planYearOf(title);
  const uncited = preamble.map((text) => text.replace(CITED, ''));
  const years = new Set(uncited.flatMap((text) => [...text.matchAll(TITLE_YEAR)].map((match) => Number(match[1]))));
  const work = uncited.some((text) => WORK_YEAR.test(text));
  const year = years.size === 1 && work ? [...years][0]! : null;
  return dateYear === null || year === dateYear ? year : null;
}
