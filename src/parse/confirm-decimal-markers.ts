import type { Marker } from './match-marker.js';

/**
 * Drops item markers that may be decimal numbers (`3.5倍于…`) unless the next item marker
 * continues their numbering (`2.5G基站建设工程` followed by `3.`), in place.
 * @param markers the marker of each paragraph, or null
 */
export function confirmDecimalMarkers(markers: Array<Marker | null>): void {
  markers.forEach((marker, i) => {
    if (!marker?.decimalLike) return;
    const next = markers.slice(i + 1).find((m) => m?.kind === 'item' && !m.decimalLike);
    if (next?.value !== marker.value + 1) markers[i] = null;
  });
}
