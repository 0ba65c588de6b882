import type { Marker } from './match-marker.js';

/**
 * Drops item markers that may be decimal numbers (`3.5倍于…`) unless the numbering around them
 * confirms them: the item before is one less (`2.…` then `3.5亿元以上项目…`) or the next item
 * one more (`2.5G基站建设工程` then `3.`), in place.
 * @param markers the marker of each paragraph, or null
 */
export function confirmDecimalMarkers(markers: Array<Marker | null>): void {
  // The next plain item number after each paragraph, filled from the end in one pass.
  const next: Array<number | null> = new Array(markers.length).fill(null);
  for (let i = markers.length - 2; i >= 0; i--) {
    const after = markers[i + 1];
    next[i] = after?.kind === 'item' && !after.decimalLike ? after.value : next[i + 1]!;
  }
  let previous: number | null = null;
  markers.forEach((marker, i) => {
    if (marker?.kind !== 'item') return;
    if (marker.decimalLike && previous !== marker.value - 1 && next[i] !== marker.value + 1) {
      markers[i] = null;
      return;
    }
    previous = marker.value;
  });
}
