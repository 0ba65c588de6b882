import { scanBrackets } from '../../text/brackets.js';
import type { Rule } from '../rule.js';
import { excerpt, paragraphs, spanIn } from '../paragraphs.js';
import { translate } from '../../i18n/translate.js';

const OPENERS = '（(“‘《〈「『【〖［[';
/** Most unmatched marks reported in one paragraph. */
const MAX_PER_PARAGRAPH = 10;

/** `（2021—2023年` with no `）`, or a `）` that closes nothing, within one paragraph. */
export const unmatchedBracket: Rule = {
  id: 'unmatched-bracket',
  description: 'A bracket, quote or book-title mark has no partner in its paragraph.',
  severity: 'warning',
  check: (document, options) =>
    paragraphs(document).flatMap((paragraph) => {
      const { text } = paragraph;
      const unmatched = scanBrackets(text).unmatched;
      // Past a few, more findings in one paragraph say nothing new (and would cost a position each).
      return unmatched.slice(0, MAX_PER_PARAGRAPH).map((at, k) => {
        const mark = text[at]!;
        // An unmatched ASCII " is always one that opened: a second one would have closed it.
        const opens = OPENERS.includes(mark) || mark === '"';
        const more = k === MAX_PER_PARAGRAPH - 1 && unmatched.length > MAX_PER_PARAGRAPH ? unmatched.length - MAX_PER_PARAGRAPH : 0;
        return {
          message: translate(options.lang, opens ? 'rule.unmatched-bracket.open' : 'rule.unmatched-bracket.close', { mark, excerpt: excerpt(text, at, at + 1), more }),
          position: spanIn(paragraph, at, at + 1),
          eId: paragraph.node?.eId ?? null,
          actual: mark,
        };
      });
    }),
};
