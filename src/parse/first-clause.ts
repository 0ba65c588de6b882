/** Longest label cut from a sentence; longer clauses end in `…`. */
export const MAX_LABEL = 40;

/**
 * The first clause of a text, for a label: `加强纪法协同衔接，贯彻落实…` → `加强纪法协同衔接`.
 * @param text prose
 */
export function firstClause(text: string): string {
  const clause = text.trim().split(/[，,。；;：:！!？?]/u, 1)[0]!.trim();
  return clause.length > MAX_LABEL ? `${clause.slice(0, MAX_LABEL)}…` : clause;
}
