import { scanBrackets } from '../../text/brackets.js';
import type { Rule } from '../rule.js';
import { excerpt, paragraphs, spanIn } from '../paragraphs.js';
import { translate } from '../../i18n/translate.js';

const isHalfWidth = (mark: string) => mark.charCodeAt(0) < 0x80;

/** `市县(区）`, `“蒙速办"`: a pair opened in one width and closed in the other. */
export const mixedWidthBracket: Rule = {
  id: 'mixed-width-bracket',
  description: 'A bracket or quote opened in one width is closed in the other, such as 市县(区） or “蒙速办".',
  severity: 'warning',
  check: (document, options) =>
    paragraphs(document).flatMap((paragraph) => {
      const { text } = paragraph;
      return scanBrackets(text)
        .pairs.filter(({ open, close }) => isHalfWidth(text[open]!) !== isHalfWidth(text[close]!))
        .map(({ open, close }) => ({
          message: translate(options.lang, 'rule.mixed-width-bracket', { open: text[open]!, close: text[close]!, excerpt: excerpt(text, open, close + 1) }),
          position: spanIn(paragraph, open, close + 1),
          eId: paragraph.node?.eId ?? null,
          expected: CLOSE[text[open]!] ?? null,
          actual: text[close]!,
        }));
    }),
};

/** The closing mark of the same width for each opening mark that has a twin of the other width. */
const CLOSE: Record<string, string> = { '（': '）', '(': ')', '“': '”', '‘': '’', '"': '"', '［': '］', '[': ']' };
