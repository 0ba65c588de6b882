import type { Marker } from './match-marker.js';

/**
 * Keeps only the bare numbers (`1`, `2`…, a paragraph that is only a number) that number the
 * rows of a table flattened to one cell per line, in place. A row number follows the one before
 * it; a larger jump is kept only as a gap (rows cut by the publisher): when the missing number
 * never comes later and the jump is at least a row's length away. Other bare numbers are cell
 * values (`12`, `300`) and lose their marker.
 * @param markers the marker of each paragraph, or null
 * @param starts where a flattened task table's first row may stand, right after its header: a page
 *   that shows part of a table starts its rows at any number (`80`), and a run starts there as at `1`
 */
export function confirmTableRows(markers: Array<Marker | null>, starts: ReadonlySet<number> = new Set()): void {
  const lastAt = new Map<number, number>();
  markers.forEach((marker, i) => marker && isBare(marker) && lastAt.set(marker.value, i));
  let current = 0;
  let at = -1;
  let stride = 0;
  markers.forEach((marker, i) => {
    if (!marker || !isBare(marker)) return;
    const value = marker.value;
    const follows = value === current + 1 || value === 1 || starts.has(i);
    const gap = current > 0 && value > current + 1 && (lastAt.get(current + 1) ?? -1) < i && i - at >= stride;
    if (!follows && !gap) {
      markers[i] = null;
      return;
    }
    if (value !== 1 && at !== -1) stride = i - at;
    current = value;
    at = i;
  });
}

function isBare(marker: Marker): boolean {
  return marker.style === '1';
}
