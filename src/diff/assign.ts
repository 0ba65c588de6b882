/**
 * The one-to-one assignment of rows to columns with the largest total score (Hungarian
 * algorithm, O(n²·(n+m)) per group of rows and columns that can pair with each other). A pair
 * whose score is null is never made; any row may stay unassigned, so a weak pair is only made
 * when nothing better is lost by it.
 * @param rows how many rows
 * @param columns how many columns
 * @param score the score of pairing row `i` with column `j` (positive), or null when they may not pair
 * @param candidates the columns row `i` may pair with at all (default: every column); the score
 *   is asked only for those, so that a long list need not be scored pair by pair
 * @returns the pairs `[row, column]`, by row
 * Note: among assignments of equal total, the one found depends on the order of rows and columns.
 */
export function assign(rows: number, columns: number, score: (row: number, column: number) => number | null, candidates?: (row: number) => Iterable<number>): Array<[number, number]> {
  // Score every pair once, then solve each connected group of possible pairs on its own: most
  // rows of a long document can pair with a few columns only.
  const scores: Array<Map<number, number>> = Array.from({ length: rows }, () => new Map());
  const byColumn: number[][] = Array.from({ length: columns }, () => []);
  const every = Array.from({ length: columns }, (_, j) => j);
  for (let i = 0; i < rows; i++) {
    for (const j of candidates ? [...new Set(candidates(i))].sort((a, b) => a - b) : every) {
      const s = score(i, j);
      if (s === null) continue;
      scores[i]!.set(j, s);
      byColumn[j]!.push(i);
    }
  }
  const pairs: Array<[number, number]> = [];
  const seenRow = new Uint8Array(rows);
  const seenColumn = new Uint8Array(columns);
  for (let start = 0; start < rows; start++) {
    if (seenRow[start] || scores[start]!.size === 0) continue;
    const groupRows: number[] = [];
    const groupColumns: number[] = [];
    const queue = [start];
    seenRow[start] = 1;
    while (queue.length) {
      const i = queue.pop()!;
      groupRows.push(i);
      for (const j of scores[i]!.keys()) {
        if (seenColumn[j]) continue;
        seenColumn[j] = 1;
        groupColumns.push(j);
        for (const k of byColumn[j]!) if (!seenRow[k]) queue.push(k), (seenRow[k] = 1);
      }
    }
    groupRows.sort((a, b) => a - b);
    groupColumns.sort((a, b) => a - b);
    for (const [i, j] of solve(groupRows.length, groupColumns.length, (r, c) => scores[groupRows[r]!]!.get(groupColumns[c]!) ?? null)) {
      pairs.push([groupRows[i]!, groupColumns[j]!]);
    }
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** The Hungarian algorithm on one dense group. */
function solve(rows: number, columns: number, score: (row: number, column: number) => number | null): Array<[number, number]> {
  if (rows === 0 || columns === 0) return [];
  // Minimise cost over `rows` × (`columns` + `rows`) where each row also has a column of its own
  // that means "unassigned" (cost 0); a forbidden pair costs more than staying unassigned.
  const n = rows;
  const m = columns + rows;
  const cost = (i: number, j: number): number => {
    if (j >= columns) return j - columns === i ? 0 : 1;
    const s = score(i, j);
    return s === null ? 1 : -s;
  };
  // e-maxx formulation with potentials u, v; 1-based, column 0 is a sentinel.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const table: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => cost(i, j)));
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = table[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (reduced < minv[j]!) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const pairs: Array<[number, number]> = [];
  for (let j = 1; j <= columns; j++) {
    const i = p[j]! - 1;
    if (i >= 0 && score(i, j - 1) !== null) pairs.push([i, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
