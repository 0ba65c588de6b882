import type { Marker } from './match-marker.js';

/** Fewest articles (`第一条`) that make a document a regulation: one alone may be prose (`第一条主线…`). */
const MIN_ARTICLES = 2;

/** Whether a marker is an article's: `第一条`, `第1条`. */
export function isArticle(marker: Marker): boolean {
  return /^第.条$/u.test(marker.style);
}

/**
 * Reads the enumerations inside the articles of a regulation, in place: after `第六条`, `（一）`
 * is a subitem of the article (not a subsection) and `1.` or `（1）` a point, until the next
 * chapter (`第二章`) or section (`第一节`). Article markers are dropped from a document that
 * has fewer than two of them.
 * @param markers the marker of each paragraph, or null
 */
export function readArticleLadder(markers: Array<Marker | null>): void {
  const articles = markers.filter((marker) => marker && isArticle(marker)).length;
  let inArticle = false;
  markers.forEach((marker, i) => {
    if (!marker) return;
    if (isArticle(marker)) {
      if (articles < MIN_ARTICLES) markers[i] = null;
      else inArticle = true;
      return;
    }
    if (/^第.[章节]$/u.test(marker.style)) inArticle = false;
    else if (inArticle && marker.kind === 'subsection') markers[i] = { ...marker, kind: 'subitem' };
    else if (inArticle && (marker.kind === 'item' || marker.kind === 'subitem')) markers[i] = { ...marker, kind: 'point' };
  });
}
