import { partsOf } from '../../model/walk.js';
import type { Rule } from '../rule.js';
import { translate } from '../../i18n/translate.js';

/**
 * Text without a single numbered section or item: not a plan, or a plan numbered in a way the
 * parser does not know (`第一条`). The whole text is kept, as front, preamble and closing.
 */
export const noStructure: Rule = {
  id: 'no-structure',
  description: 'The text has no numbered sections or items; all of it is kept, outside the numbered body (front, preamble, closing).',
  severity: 'warning',
  check: (document, options) => {
    const parts = partsOf(document);
    if (parts.some((part) => part.body.length > 0)) return [];
    const first = [...document.front, ...document.preamble, ...document.closing][0];
    if (!first) return [];
    return [
      {
        message: translate(options.lang, 'rule.no-structure'),
        position: first.position,
      },
    ];
  },
};
