import type { AlignState, Group } from './align-state.js';
import { EXHAUSTIVE_UP_TO } from './candidate-index.js';
import { MATCH_WITHIN, PIECE_COVERAGE, SPLIT_MIN_LETTERS } from './thresholds.js';
import type { Unit } from './units.js';

/**
 * Splits (from the old side) or merges (from the new side): a unit whose text is spread over
 * several units of the other edition, each of which would on its own be an acceptable
 * counterpart and covers at least `PIECE_COVERAGE` of it that the other pieces do not (only for
 * units of at least `SPLIT_MIN_LETTERS` letters). The pieces are looked for under the
 * counterpart of the unit's parent and beside its current partner.
 * @param state the alignment being built (extended with the groups found)
 * @param from the side of the whole
 * @returns the new groups
 */
export function findPieces(state: AlignState, from: 'old' | 'new'): Group[] {
  const { spec, scorer, alone, alignment } = state;
  const found: Group[] = [];
  const to = from === 'old' ? 'new' : 'old';
  // The units still alone on the other side, by parent: most wholes have none in scope and are
  // passed over without a look-up.
  const aloneUnder = new Map<Unit | null, Unit[]>();
  for (const unit of spec[to]) {
    if (!alone(unit)) continue;
    const list = aloneUnder.get(unit.parent);
    if (list) list.push(unit);
    else aloneUnder.set(unit.parent, [unit]);
  }
  if (aloneUnder.size === 0) return found;
  for (const whole of spec[from]) {
    const current = alignment.get(whole);
    if ((current && current.how !== 'pair') || scorer.letters(whole) < SPLIT_MIN_LETTERS) continue;
    const partner = current?.[to][0];
    const parentGroup = whole.parent ? spec.parentGroup(whole.parent, alignment) : undefined;
    // In scope: members of the counterpart of the whole's parent, and siblings of its partner.
    const parents = new Set([...(parentGroup?.[to] ?? []), ...(partner ? [partner.parent] : [])]);
    let scope = [...parents].flatMap((parent) => aloneUnder.get(parent) ?? []).filter(alone);
    if (scope.length === 0) continue;
    if (scope.length > EXHAUSTIVE_UP_TO) {
      const near = new Set(state.nearAcross(whole));
      scope = scope.filter((unit) => near.has(unit));
    }
    // A piece on its own would have been an acceptable counterpart, had the whole been free.
    const candidates = scope.filter((unit) => state.acceptable(whole, unit, MATCH_WITHIN) !== null).sort((a, b) => a.order - b.order);
    if (candidates.length === 0) continue;
    const cover = (parts: Unit[]) => scorer.coverage(whole, [...parts].sort((a, b) => a.order - b.order));
    let parts = partner ? [partner] : [];
    for (;;) {
      const base = parts.length ? cover(parts) : 0;
      const next = candidates
        .filter((unit) => !parts.includes(unit))
        .map((unit) => ({ unit, gain: cover([...parts, unit]) - base }))
        .sort((a, b) => b.gain - a.gain || a.unit.order - b.unit.order)[0];
      if (!next || next.gain < PIECE_COVERAGE) break;
      parts = [...parts, next.unit];
    }
    // Every piece must bring a share of the whole that the others lack.
    if (parts.length < 2 || parts.some((unit) => cover(parts) - cover(parts.filter((other) => other !== unit)) < PIECE_COVERAGE)) continue;
    parts.sort((a, b) => a.order - b.order);
    const similarity = scorer.similarityToAll(whole, parts);
    found.push(state.record(from === 'old' ? { how: 'split', old: [whole], new: parts, similarity } : { how: 'merge', old: parts, new: [whole], similarity }));
  }
  return found;
}
