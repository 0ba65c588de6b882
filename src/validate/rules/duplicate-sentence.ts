import { allNodes, partsOf } from '../../model/walk.js';
import type { Obligation, Point } from '../../model/index.js';
import type { Finding, Rule } from '../rule.js';
import { findTableCells } from '../find-table-cells.js';
import { translate } from '../../i18n/translate.js';

/** Fewest characters (punctuation and spaces aside) a sentence needs before its repetition counts: `加强组织领导。` may recur. */
const MIN_LENGTH = 10;

/** Whether a text ends with 。！？； (before any bracketed notes), unlike a table cell or a heading. */
function endsAsSentence(text: string): boolean {
  return /[。！？；!?;]$/u.test(withoutTrailingNotes(text));
}

const OPENING = new Set(['（', '(']);
const CLOSING = new Set(['）', ')']);

/**
 * The text without the bracketed notes at its end (`…负责。（市考核办）（2023年）`), as
 * `replace(/(?:[（(][^（）()]*[）)])+$/u, '')` gives, read from the end: the pattern was retried
 * from every bracket of a long run of them that does not end the text (quadratic time).
 */
function withoutTrailingNotes(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING.has(text[end - 1]!)) {
    let at = end - 2;
    while (at >= 0 && !OPENING.has(text[at]!) && !CLOSING.has(text[at]!)) at--;
    if (at < 0 || !OPENING.has(text[at]!)) break;
    end = at;
  }
  return text.slice(0, end);
}

/** Where a paragraph or a sentence starts, as a key. */
const startKey = (start: Point) => `${start.line}:${start.column}`;

/**
 * The same task sentence twice in one plan (or one attachment), usually a paste left behind.
 * Reported at the second and later copies. Cells of a flattened table (`指标来源：国家卫生健康委。`
 * under every indicator) repeat by design and are not sentences of the plan.
 */
export const duplicateSentence: Rule = {
  id: 'duplicate-sentence',
  description: 'A task sentence appears twice in one plan.',
  severity: 'warning',
  check: (document, options) => {
    const cells = new Set(findTableCells(document).map((cell) => startKey(cell.start)));
    return partsOf(document).flatMap((part) => {
      const first = new Map<string, Obligation>();
      const findings: Finding[] = [];
      for (const obligation of allNodes(part.body).flatMap((node) => node.obligations)) {
        const key = obligation.text.replace(/\s+/gu, '');
        if (key.replace(/[\p{P}\p{S}]/gu, '').length < MIN_LENGTH || !endsAsSentence(key)) continue;
        if (obligation.position && cells.has(startKey(obligation.position.start))) continue;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, obligation);
          continue;
        }
        const line = earlier.position ? earlier.position.start.line : null;
        findings.push({
          message: translate(options.lang, 'rule.duplicate-sentence', { earlier: earlier.eId, line, excerpt: obligation.text.length > 30 ? `${obligation.text.slice(0, 30)}…` : obligation.text }),
          position: obligation.position,
          eId: obligation.eId,
        });
      }
      return findings;
    });
  },
};
