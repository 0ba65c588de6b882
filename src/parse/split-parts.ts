import type { Block } from '../model/index.js';
import { isAttachmentLabel, isAttachmentList, isDate, isDocNumber, isTitleLike } from './line-patterns.js';
import type { Marker } from './match-marker.js';

/** A run of blocks `[start, end)` that forms one part: the main plan, an attachment or a second plan. */
export interface PartRange {
  start: number;
  end: number;
}

/**
 * Cuts a file into parts. A part starts at an attachment label (`附件`, `附件2`, or `附件1：XX方案`
 * when the plan follows rather than more names of a list), or at the
 * title line of a second plan when the section numbering starts again at `一、` after it.
 * @param blocks all paragraphs of the file
 * @param markers the marker of each paragraph, or null
 */
export function splitParts(blocks: Block[], markers: Array<Marker | null>): PartRange[] {
  const starts = [0];
  let sections = 0;
  let lastMarked = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0 && (isAttachmentLabel(blocks[i]!.text) || opensAttachment(blocks, markers, i))) {
      starts.push(i);
      sections = 0;
      lastMarked = i;
      continue;
    }
    const marker = markers[i];
    if (!marker) continue;
    if (marker.kind === 'section') {
      if (marker.value === 1 && sections > 0) {
        const title = titleBefore(blocks, markers, lastMarked + 1, i);
        if (title !== -1) {
          starts.push(title);
          sections = 0;
        }
      }
      sections++;
    }
    lastMarked = i;
  }
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? blocks.length }));
}

/**
 * Whether `附件：` (or `附件1：XX方案`) opens an attachment rather than listing attachments:
 * after it and the name of the attachment comes the plan itself, numbered or in prose.
 */
function opensAttachment(blocks: Block[], markers: Array<Marker | null>, i: number): boolean {
  const text = blocks[i]!.text;
  if (!isAttachmentList(text)) return false;
  let k = i + 1;
  const named = /[：:]\s*\S/u.test(text);
  if (!named && k < blocks.length && !markers[k] && isTitleLike(blocks[k]!.text)) k++;
  const next = blocks[k];
  return next !== undefined && (markers[k] !== null || /[。！？；]/u.test(next.text));
}

/** Index of the first line of the last title among the unnumbered blocks `[from, to)`, or -1. */
function titleBefore(blocks: Block[], markers: Array<Marker | null>, from: number, to: number): number {
  const isTitle = (k: number) => {
    const text = blocks[k]!.text;
    return !markers[k] && isTitleLike(text) && !isDate(text) && !isDocNumber(text);
  };
  let last = to - 1;
  while (last >= from && !isTitle(last)) last--;
  if (last < from) return -1;
  let first = last;
  while (first - 1 >= from && isTitle(first - 1)) first--;
  return first;
}
