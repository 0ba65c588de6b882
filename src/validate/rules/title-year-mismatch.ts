import { partsOf } from '../../model/walk.js';
import type { Block } from '../../model/index.js';
import type { Finding, Rule } from '../rule.js';
import { spanIn } from '../paragraphs.js';
import { translate } from '../../i18n/translate.js';

/** A year named in a text, where it stands. */
interface YearMention {
  year: number;
  index: number;
  length: number;
}

const YEAR = /(?<![0-9０-９])(?:19|20)[0-9]{2}(?![0-9０-９])/gu;
const DASH = '[-—–－～~至到]';
/** After the year: a range (`2021-2023年`), a date or deadline (`2022年3月`, `2022年底前`) or the past (`2021年以来`). */
const NOT_THE_PLAN_YEAR_AFTER = new RegExp(`^(?:年?\\s*${DASH}|年\\s*(?:[0-9０-９]{1,2}月|以来|以前|前|底|末|初|上半年|下半年))`, 'u');
const RANGE_BEFORE = new RegExp(`(?:19|20)[0-9]{2}年?\\s*${DASH}\\s*$`, 'u');

/**
 * The years a text names as a year of its own: not in a range, a date, a deadline or a
 * `…以来`, and (with `outsideBookTitles`) not inside the title of a cited document (`《…（2021-2025年）》`).
 */
function yearsIn(text: string, outsideBookTitles: boolean): YearMention[] {
  const inBook = outsideBookTitles ? bookTitleDepths(text) : null;
  const found: YearMention[] = [];
  for (const match of text.matchAll(YEAR)) {
    const index = match.index;
    const after = text.slice(index + 4);
    if (NOT_THE_PLAN_YEAR_AFTER.test(after) || RANGE_BEFORE.test(text.slice(0, index)) || inBook?.[index]) continue;
    found.push({ year: Number(match[0]), index, length: after.startsWith('年') ? 5 : 4 });
  }
  return found;
}

/** For each character, whether it stands inside 《…》. */
function bookTitleDepths(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') depth++;
    if (depth > 0) inside[i] = 1;
    if (text[i] === '》' && depth > 0) depth--;
  }
  return inside;
}

/**
 * `XX市2023年…工作要点` whose preamble speaks only of 2022: the mark of an edition copied from
 * last year's and not brought up to date. Fires when the title names one year, the preamble
 * names years of its own, and none of them is the title's.
 */
export const titleYearMismatch: Rule = {
  id: 'title-year-mismatch',
  description: "The year in the title differs from the year the preamble speaks of.",
  severity: 'warning',
  check: (document, options) =>
    partsOf(document).flatMap((part): Finding[] => {
      const titleYears = new Set(part.title ? yearsIn(part.title, false).map((mention) => mention.year) : []);
      if (titleYears.size !== 1) return [];
      const [year] = titleYears;
      const mentions = part.preamble.flatMap((block: Block) => yearsIn(block.text, true).map((mention) => ({ block, ...mention })));
      if (mentions.length === 0 || mentions.some((mention) => mention.year === year)) return [];
      const first = mentions[0]!;
      return [
        {
          message: translate(options.lang, 'rule.title-year-mismatch', { year: year!, years: [...new Set(mentions.map((mention) => mention.year))] }),
          position: spanIn({ text: first.block.text, start: first.block.position.start }, first.index, first.index + first.length),
          expected: String(year),
          actual: String(first.year),
        },
      ];
    }),
};
