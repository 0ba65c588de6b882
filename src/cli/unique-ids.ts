import { idFromPath } from '../compile-with.js';

/** The id whose `.json` would be the run's `index.json`. */
const RESERVED = 'index';

/**
 * Document ids for a run: the file name without extension; where two inputs share one, the
 * folders are added (`2022/plan.txt` → `2022-plan`) until they differ. Ids that differ only in
 * case count as the same, since they name the same file on Windows and macOS; `index` is taken
 * by the run's `index.json`.
 * @param paths the input paths, null for stdin
 */
export function uniqueIds(paths: Array<string | null>): string[] {
  const depth = paths.map(() => 0);
  const idAt = (i: number) => {
    const path = paths[i];
    if (!path) return 'stdin';
    const parts = path.split(/[\\/]/).filter((p) => p && p !== '.' && p !== '..');
    return idFromPath(parts.slice(-1 - depth[i]!).join('-'));
  };
  let ids = paths.map((_, i) => idAt(i));
  for (let round = 0; round < 32; round++) {
    // Counted in a map, not by searching the list for each id: a corpus has thousands of inputs.
    const counts = countOf(ids.map((id) => id.toLowerCase()));
    const clash = ids.map((id) => counts.get(id.toLowerCase())! > 1 || id.toLowerCase() === RESERVED);
    if (!clash.includes(true)) break;
    clash.forEach((c, i) => c && depth[i]!++);
    ids = paths.map((_, i) => idAt(i));
  }
  // Ids that still clash (the same file given twice, or names that differ only in case) are
  // numbered with the first number no other id of the run has taken.
  const first = new Map<string, number>();
  ids.forEach((id, i) => first.has(id.toLowerCase()) || first.set(id.toLowerCase(), i));
  const keep = ids.map((id, i) => id.toLowerCase() !== RESERVED && first.get(id.toLowerCase()) === i);
  const taken = new Set(ids.filter((_, i) => keep[i]).map((id) => id.toLowerCase()));
  return ids.map((id, i) => {
    if (keep[i]) return id;
    let n = 2;
    while (taken.has(`${id}-${n}`.toLowerCase())) n++;
    taken.add(`${id}-${n}`.toLowerCase());
    return `${id}-${n}`;
  });
}

function countOf(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
