import { allNodes, partsOf } from '../../model/walk.js';
import type { Obligation } from '../../model/index.js';
import type { Finding, Rule } from '../rule.js';
import { translate } from '../../i18n/translate.js';

/** Fewest characters (punctuation and spaces aside) a sentence needs before its repetition counts: `加强组织领导。` may recur. */
const MIN_LENGTH = 10;

/** Whether a text ends with 。！？； (before any bracketed notes), unlike a table cell or a heading. */
function endsAsSentence(text: string): boolean {
  return /[。！？；!?;]$/u.test(text.replace(/(?:[（(][^（）()]*[）)])+$/u, ''));
}

/** The same task sentence twice in one plan (or one attachment), usually a paste left behind. Reported at the second and later copies. */
export const duplicateSentence: Rule = {
  id: 'duplicate-sentence',
  description: 'A task sentence appears twice in one plan.',
  severity: 'warning',
  check: (document, options) =>
    partsOf(document).flatMap((part) => {
      const first = new Map<string, Obligation>();
      const findings: Finding[] = [];
      for (const obligation of allNodes(part.body).flatMap((node) => node.obligations)) {
        const key = obligation.text.replace(/\s+/gu, '');
        if (key.replace(/[\p{P}\p{S}]/gu, '').length < MIN_LENGTH || !endsAsSentence(key)) continue;
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
    }),
};
