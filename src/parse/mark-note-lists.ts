import type { Block, NodeKind } from '../model/index.js';
import { matchMarker, type Marker } from './match-marker.js';

/** A label that opens a note or a list of notes, alone on its line or before the first note: `注：`, `注释：`, `备注：`, `说明：`. */
const NOTE_LABEL = /^[\s\u3000]*(?:注|注释|备注|说明)\s*[:：]\s*/u;
/**
 * The levels of the ladder, highest first: a marker of one level starts the counts of the levels below it anew.
 * (Written out rather than taken from the zod enum, which would load zod into every run.)
 */
const LEVELS: readonly NodeKind[] = ['section', 'subsection', 'item', 'subitem', 'point'];

/**
 * Finds the notes under a table or a passage (`注：快递包裹进村率=…。`, `注：` then `1.…`, `2.…`, or
 * `注：1.…` then `2.…`) and gives them the role `note`, in place: a note explains, it sets no task,
 * and its numbers count the notes, not the plan's items. The numbered notes lose their markers,
 * so a list restarting at 1 is not read as items of the node above. The list runs while the numbers
 * follow on in the first note's style, and ends at a number that follows on the plan's own list
 * of that level (`2.` after item 1., its note `注：1.…`): the plan goes on there.
 * @param blocks all paragraphs of the file
 * @param markers the marker of each paragraph, or null
 */
export function markNoteLists(blocks: Block[], markers: Array<Marker | null>): void {
  // The last number of the plan's own list of each level and style, as read so far.
  const last = new Map<string, number>();
  const keyOf = (marker: Marker) => `${marker.kind} ${marker.style}`;
  for (let i = 0; i < blocks.length; i++) {
    const marker = markers[i];
    if (marker) {
      for (const key of [...last.keys()]) if (LEVELS.indexOf(key.split(' ')[0] as NodeKind) > LEVELS.indexOf(marker.kind)) last.delete(key);
      last.set(keyOf(marker), marker.value);
      continue;
    }
    const label = NOTE_LABEL.exec(blocks[i]!.text);
    if (!label) continue;
    blocks[i] = { ...blocks[i]!, role: 'note' };
    const inline = matchMarker(blocks[i]!.text.slice(label[0].length));
    let style = inline?.value === 1 ? inline.style : null;
    // A note written on the label's own line with no number is a note alone.
    if (!style && blocks[i]!.text.length > label[0].length) continue;
    for (let next = style ? 2 : 1; i + 1 < blocks.length; next++) {
      const note = markers[i + 1];
      if (!note || note.value !== next || (style !== null && note.style !== style) || last.get(keyOf(note)) === note.value - 1) break;
      style = note.style;
      markers[++i] = null;
      blocks[i] = { ...blocks[i]!, role: 'note' };
    }
  }
}
