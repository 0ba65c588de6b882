import { idFromPath } from '../compile-with.js';

/**
 * Document ids for a run: the file name without extension; where two inputs share one, the
 * folders are added (`2022/plan.txt` → `2022-plan`) until they differ.
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
    const clash = ids.map((id, i) => ids.indexOf(id) !== i || ids.lastIndexOf(id) !== i);
    if (!clash.includes(true)) break;
    clash.forEach((c, i) => c && depth[i]!++);
    ids = paths.map((_, i) => idAt(i));
  }
  // Identical paths (the same file given twice) still clash: number them.
  return ids.map((id, i) => (ids.indexOf(id) === i ? id : `${id}-${i + 1}`));
}
