/**
 * The most common value, rounded to a whole number (of points, of cells); ties go to the larger
 * one (a right edge wins over short lines, a table's full rows over the rows short of a cell).
 * @param values the values seen
 */
export function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
