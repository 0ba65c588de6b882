/** Most edits (letters inserted, deleted, changed or swapped) between a mistyped command and the command it suggests. */
const MAX_EDITS = 2;

/**
 * The command a mistyped first argument most likely meant (`valdate` → `validate`), or null when
 * none is close. The caller asks only for an argument that names no file, since `compile` is the
 * default command and takes any path.
 * @param word the first argument
 * @param commands the program's command names
 */
export function suggestCommand(word: string, commands: string[]): string | null {
  if (!/^[a-z][a-z-]*$/i.test(word)) return null;
  let best: { name: string; edits: number } | null = null;
  for (const name of commands) {
    const edits = editDistance(word.toLowerCase(), name);
    if (edits <= MAX_EDITS && edits < word.length && (!best || edits < best.edits)) best = { name, edits };
  }
  return best?.name ?? null;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
