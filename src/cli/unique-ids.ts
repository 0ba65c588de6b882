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
    const keys = ids.map((id) => id.toLowerCase());
    const clash = keys.map((key, i) => keys.indexOf(key) !== i || keys.lastIndexOf(key) !== i || key === RESERVED);
    if (!clash.includes(true)) break;
    clash.forEach((c, i) => c && depth[i]!++);
    ids = paths.map((_, i) => idAt(i));
  }
  // Identical paths (the same file given twice) still clash: number them.
  const keys = ids.map((id) => id.toLowerCase());
  return ids.map((id, i) => (keys.indexOf(keys[i]!) === i && keys[i] !== RESERVED ? id : `${id}-${i + 1}`));
}
