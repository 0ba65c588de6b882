import { adoptParents } from './adopt-parents.js';
import { alignState, type Alignment, type AlignSpec, type Group } from './align-state.js';
import { findPieces } from './find-pieces.js';
import { pairMoves } from './pair-moves.js';
import { pairWithin } from './pair-within.js';

export type { Alignment, AlignSpec, Group } from './align-state.js';

/**
 * Aligns the units of one level by content, never by number:
 * 1. inside each pair of corresponding parents, `pairWithin`;
 * 2. among all units still alone, across parents, `pairMoves`;
 * 3. for nodes, `adoptParents`: two unpaired parents most of whose children pair with each other;
 * 4. `findPieces`: splits and merges.
 * Each step that finds something sends its new groups through step 1 (for their children) and
 * the steps run again until nothing more is found. Every step compares a unit with a bounded
 * number of candidates from an index (see `candidate-index.ts`), so the work grows about linearly
 * with the editions.
 * @param spec the units and their parents
 * @param alignment groups already known (for nodes, the root pair); extended in place
 */
export function align(spec: AlignSpec, alignment: Alignment = new Map()): Alignment {
  const state = alignState(spec, alignment);
  const queue: Group[] = [...spec.parents];
  for (;;) {
    // A queue read by position: shifting a long array would cost its length each time.
    for (let k = 0; k < queue.length; k++) {
      const found = pairWithin(state, queue[k]!);
      if (spec.recursive) queue.push(...found);
    }
    queue.length = 0;
    const found = pairMoves(state);
    if (found.length === 0 && spec.recursive) found.push(...adoptParents(state));
    if (found.length === 0) found.push(...findPieces(state, 'old'), ...findPieces(state, 'new'));
    if (found.length === 0) break;
    if (spec.recursive) queue.push(...found);
  }
  return alignment;
}
