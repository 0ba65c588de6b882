import { scanBrackets } from '../../text/brackets.js';
import type { Rule } from '../rule.js';
import { excerpt, paragraphs, spanIn, type Paragraph } from '../paragraphs.js';
import { translate } from '../../i18n/translate.js';

const OPENERS = '（(“‘《〈「『【〖［[';
/** Most unmatched marks reported in one paragraph. */
const MAX_PER_PARAGRAPH = 10;

/**
 * Whether `next` goes on with the sentence `line` stops in, as the lines of a hard wrap do: it is
 * on the next line of the same part, is no numbered head, and `line` ends mid-sentence (no 。！？；：).
 */
function continuesWrapped(line: Paragraph, next: Paragraph): boolean {
  const lastLine = line.start.line + (line.text.match(/\n/gu)?.length ?? 0);
  return next.part === line.part && next.place !== 'head' && next.start.line === lastLine + 1 && !/[。！？；：!?;:]$/u.test(line.text.trim());
}

/**
 * Consecutive paragraphs a hard wrap broke out of one: a title `《…》`, a note `（…）` may open on
 * one line and close on the next.
 */
function wrappedRuns(list: Paragraph[]): Paragraph[][] {
  const runs: Paragraph[][] = [];
  for (const paragraph of list) {
    const run = runs.at(-1);
    if (run && continuesWrapped(run.at(-1)!, paragraph)) run.push(paragraph);
    else runs.push([paragraph]);
  }
  return runs;
}

/** `（2021—2023年` with no `）`, or a `）` that closes nothing, within one paragraph (its wrapped lines read as one). */
export const unmatchedBracket: Rule = {
  id: 'unmatched-bracket',
  description: 'A bracket, quote or book-title mark has no partner in its paragraph.',
  severity: 'warning',
  check: (document, options) =>
    wrappedRuns(paragraphs(document)).flatMap((run) => {
      const text = run.map((paragraph) => paragraph.text).join('');
      const unmatched = scanBrackets(text).unmatched;
      // Past a few, more findings in one paragraph say nothing new (and would cost a position each).
      return unmatched.slice(0, MAX_PER_PARAGRAPH).map((at, k) => {
        let offset = 0;
        let paragraph = run[0]!;
        for (const line of run) {
          paragraph = line;
          if (at < offset + line.text.length) break;
          offset += line.text.length;
        }
        const mark = text[at]!;
        // An unmatched ASCII " is always one that opened: a second one would have closed it.
        const opens = OPENERS.includes(mark) || mark === '"';
        const more = k === MAX_PER_PARAGRAPH - 1 && unmatched.length > MAX_PER_PARAGRAPH ? unmatched.length - MAX_PER_PARAGRAPH : 0;
        return {
          message: translate(options.lang, opens ? 'rule.unmatched-bracket.open' : 'rule.unmatched-bracket.close', { mark, excerpt: excerpt(paragraph.text, at - offset, at - offset + 1), more }),
          position: spanIn(paragraph, at - offset, at - offset + 1),
          eId: paragraph.node?.eId ?? null,
          actual: mark,
        };
      });
    }),
};
