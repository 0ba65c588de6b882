import { bracketDepths } from '../text/brackets.js';

/** Longest label cut from a sentence; longer clauses end in `…`. */
export const MAX_LABEL = 40;

/**
 * The first clause of a text, for a label: `加强纪法协同衔接，贯彻落实…` → `加强纪法协同衔接`.
 * Punctuation inside brackets and quotes does not end the clause.
 * @param text prose
 */
export function firstClause(text: string): string {
  const prose = text.trim();
  const inside = bracketDepths(prose);
  let end = 0;
  while (end < prose.length && (inside[end] || !'，,。；;：:！!？?'.includes(prose[end]!))) end++;
  const clause = prose.slice(0, end).trim();
  return clause.length > MAX_LABEL ? `${clause.slice(0, MAX_LABEL)}…` : clause;
}
