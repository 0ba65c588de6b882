import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from '../src/diff/assign.js';

/** The best total by trying every assignment (small matrices only). */
function bruteForce(scores: Array<Array<number | null>>, columns: number): number {
  const rows = scores.length;
  const used = new Array<boolean>(columns).fill(false);
  const best = (i: number): number => {
    if (i === rows) return 0;
    let top = best(i + 1); // row i unassigned
    for (let j = 0; j < columns; j++) {
      const s = scores[i]![j];
      if (used[j] || s === null || s === undefined) continue;
      used[j] = true;
      top = Math.max(top, s + best(i + 1));
      used[j] = false;
    }
    return top;
  };
  return best(0);
}

const total = (scores: Array<Array<number | null>>, pairs: Array<[number, number]>) => pairs.reduce((sum, [i, j]) => sum + scores[i]![j]!, 0);

describe('assign (Hungarian algorithm)', () => {
  it('pairs each row with the column that gives the best total, not the best per row', () => {
    // Greedy would take row 0 → column 0 (0.9) and leave row 1 with 0.1; the optimum crosses.
    const scores = [
      [0.9, 0.8],
      [0.85, 0.1],
    ];
    expect(assign(2, 2, (i, j) => scores[i]![j]!)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('never makes a forbidden pair and leaves rows unassigned when they must be', () => {
    expect(assign(2, 1, (i) => (i === 0 ? null : 0.5))).toEqual([[1, 0]]);
    expect(assign(1, 2, () => null)).toEqual([]);
    expect(assign(0, 3, () => 1)).toEqual([]);
    expect(assign(3, 0, () => 1)).toEqual([]);
  });

  it('is one-to-one and reaches the brute-force optimum on random matrices', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 20 }).map((k) => k / 20), { freq: 3 }), { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    fc.assert(
      fc.property(matrix, (scores) => {
        const columns = scores[0]!.length;
        const pairs = assign(scores.length, columns, (i, j) => scores[i]![j] ?? null);
        expect(new Set(pairs.map(([i]) => i)).size).toBe(pairs.length);
        expect(new Set(pairs.map(([, j]) => j)).size).toBe(pairs.length);
        for (const [i, j] of pairs) expect(scores[i]![j]).not.toBeNull();
        expect(total(scores, pairs)).toBeCloseTo(bruteForce(scores, columns), 9);
      }),
      { numRuns: 300 },
    );
  });
});
