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
