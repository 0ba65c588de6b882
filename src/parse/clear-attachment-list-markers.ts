import type { Block } from '../model/index.js';
import { isAttachmentList, isTitleLike } from './line-patterns.js';
import type { Marker } from './match-marker.js';

/** Most entries an `附件：` list runs over. */
const MAX_ENTRIES = 9;

/**
 * Finds the entries listed under an `附件：` line (`附件：1．XX方案` / `2．XX清单`) and drops
 * their markers, in place, so that a list of attachments is not read as numbered items.
 * @param blocks all paragraphs of the file
 * @param markers the marker of each paragraph, or null
 * @returns the indices of the entries after each `附件：` line
 */
export function clearAttachmentListMarkers(blocks: Block[], markers: Array<Marker | null>): Set<number> {
  const entries = new Set<number>();
  blocks.forEach((block, i) => {
    if (!isAttachmentList(block.text)) return;
    // Entries are numbered title-like lines; an empty `附件：` line is followed by its first entry unnumbered.
    for (let k = i + 1; k <= i + MAX_ENTRIES && k < blocks.length; k++) {
      const entry = blocks[k]!;
      const numbered = markers[k]?.kind === 'item' || markers[k]?.kind === 'subitem';
      const first = k === i + 1 && /^附\s*件\s*[0-9０-９]*\s*[：:]$/u.test(block.text);
      if (!isTitleLike(entry.text) || (!numbered && !first)) break;
      markers[k] = null;
      entries.add(k);
    }
  });
  return entries;
}
