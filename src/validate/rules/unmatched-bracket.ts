import { scanBrackets } from '../../text/brackets.js';
import type { Rule } from '../rule.js';
import { excerpt, paragraphs, spanIn } from '../paragraphs.js';

const OPENERS = '（(“‘《〈「『【〖［[';

/** `（2021—2023年` with no `）`, or a `）` that closes nothing, within one paragraph. */
export const unmatchedBracket: Rule = {
  id: 'unmatched-bracket',
  description: 'A bracket, quote or book-title mark has no partner in its paragraph.',
  severity: 'warning',
  check: (document) =>
    paragraphs(document).flatMap((paragraph) => {
      const { text } = paragraph;
      return scanBrackets(text).unmatched.map((at) => {
        const mark = text[at]!;
        // An unmatched ASCII " is always one that opened: a second one would have closed it.
        const opens = OPENERS.includes(mark) || mark === '"';
        return {
          message: `${mark} ${opens ? 'is never closed' : 'closes nothing'}: ${excerpt(text, at, at + 1)}`,
          position: spanIn(paragraph, at, at + 1),
          eId: paragraph.node?.eId ?? null,
          actual: mark,
        };
      });
    }),
};
