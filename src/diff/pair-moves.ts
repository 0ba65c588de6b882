import { assign } from './assign.js';
import { crossCandidates, type AlignState, type Group } from './align-state.js';
import { MATCH_MOVED, TIE_BREAK } from './thresholds.js';
import type { Unit } from './units.js';

/**
 * Pairs units still alone across parents that do not correspond (moves): pairs that pass
 * `MATCH_MOVED` and the distinctness rule, the best total first.
 * @param state the alignment being built (extended with the pairs found)
 * @returns the new pairs
 */
export function pairMoves(state: AlignState): Group[] {
  const { spec, scorer, alone } = state;
  const olds = spec.old.filter(alone);
  const news = spec.new.filter(alone);
  if (olds.length === 0 || news.length === 0) return [];
  // Equal candidates (a sentence the new edition repeats) go to the one at the nearer place in
  // the document; the tie-break is symmetric, so B→A mirrors A→B.
  const place = (unit: Unit, all: Unit[]) => (all.length > 1 ? unit.order / (all.length - 1) : 0.5);
  const candidates = crossCandidates(scorer, olds, news);
  const pairs = assign(
    olds.length,
    news.length,
    (i, j) => {
      if (state.correspond(olds[i]!, news[j]!)) return null;
      const s = state.acceptable(olds[i]!, news[j]!, MATCH_MOVED);
      return s === null ? null : s + TIE_BREAK * (1 - Math.abs(place(olds[i]!, spec.old) - place(news[j]!, spec.new)));
    },
    (i) => candidates[i]!,
  );
  return pairs.map(([i, j]) => state.record({ how: 'pair', old: [olds[i]!], new: [news[j]!], similarity: scorer.similarity(olds[i]!, news[j]!) }));
}
