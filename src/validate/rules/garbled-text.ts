import type { Rule } from '../rule.js';
import { excerpt, paragraphs, spanIn } from '../paragraphs.js';
import { translate } from '../../i18n/translate.js';

/** UTF-8 continuation bytes as Latin-1 or Windows-1252 shows them. */
const CONTINUATION = '\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122';

/** What garbled text looks like, and what each kind means. */
/** The signs, without the g flag: `exec` then keeps no state between paragraphs. */
const SIGNS: Array<{ pattern: RegExp; what: 'replacement' | 'gbk' | 'latin1' | 'control' | 'private-use' }> = [
  { pattern: /\uFFFD+/u, what: 'replacement' },
  // UTF-8 read as GBK: 锟斤拷 is U+FFFD's bytes; 銆 and 锛 are the first bytes of 、。 and ，；：（）.
  { pattern: /锟斤拷|[銆锛]/u, what: 'gbk' },
  // UTF-8 read as Latin-1: a lead byte of a 3-byte character followed by two continuation bytes, as in ä¸­ or â€œ.
  { pattern: new RegExp(`(?:[\\u00e2-\\u00ef][${CONTINUATION}]{2})+`, 'u'), what: 'latin1' },
  { pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]+/u, what: 'control' },
  { pattern: /[\ue000-\uf8ff]+/u, what: 'private-use' },
];

/**
 * Characters that are not text: failed decoding, mojibake, control and private-use characters.
 * One finding per paragraph, at the first such character, naming every kind the paragraph shows.
 */
export const garbledText: Rule = {
  id: 'garbled-text',
  description: 'The text holds replacement characters, mojibake, control characters or private-use glyphs.',
  severity: 'warning',
  check: (document, options) =>
    paragraphs(document).flatMap((paragraph) => {
      const hits = SIGNS.flatMap(({ pattern, what }) => {
        const match = pattern.exec(paragraph.text);
        return match ? [{ what, index: match.index, end: match.index + match[0].length }] : [];
      }).sort((a, b) => a.index - b.index);
      const first = hits[0];
      if (!first) return [];
      const shown = paragraph.text.slice(first.index, first.end);
      return [
        {
          message: translate(options.lang, 'rule.garbled-text', { signs: hits.map((hit) => hit.what), excerpt: excerpt(paragraph.text, first.index, first.end) }),
          position: spanIn(paragraph, first.index, first.end),
          eId: paragraph.node?.eId ?? null,
          actual: [...shown].slice(0, 6).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' '),
        },
      ];
    }),
};
