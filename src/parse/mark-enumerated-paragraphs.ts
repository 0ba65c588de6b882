import type { Block } from '../model/index.js';
import { chineseNumber } from '../text/chinese-number.js';
import { headingEnd } from '../text/heading-end.js';
import type { Marker } from './match-marker.js';

/** A paragraph opening with an enumeration: `一要加强组织领导。…`, `二是…`. */
const ENUMERATION_OPENING = /^([一二三四五六七八九十]{1,3})(?=[是要])/u;
/** Paragraphs in a sequence the enumeration must run through to be read as the document's numbering. */
const MIN_ENUMERATED = 2;

/**
 * Gives the paragraphs of a document numbered only by enumerations (`一要加强组织领导。各乡镇…` / `二要强化督促落实。…`, as a
 * notice sets its duties) the markers of sections, so that each is read as a node: at least two paragraphs, numbered from one,
 * one after the other, in a document with no marker of the ladder's sections, subsections or items.
 * @param blocks the paragraphs
 * @param markers the marker of each paragraph, filled in place
 */
export function markEnumeratedParagraphs(blocks: Block[], markers: Array<Marker | null>): void {
  if (markers.some((marker) => marker && marker.kind !== 'point')) return;
  const opened: Array<{ at: number; value: number; written: string }> = [];
  for (const [at, block] of blocks.entries()) {
    const match = block.role === 'paragraph' ? ENUMERATION_OPENING.exec(block.text) : null;
    const value = match ? chineseNumber(match[1]!) : null;
    if (value !== null && value === opened.length + 1) opened.push({ at, value, written: match![0] });
  }
  if (opened.length < MIN_ENUMERATED) return;
  // A paragraph led by a heading (`一要加强组织领导。各乡镇…`) gives its enumeration to the marker, so that the heading is read as
  // the node's title; a task (`一是全面清理规范收费，取消不合理收费。`) keeps it in its text, its marker writing nothing.
  for (const { at, value, written } of opened) {
    // The numeral and its 是 or 要.
    const enumeration = blocks[at]!.text.slice(0, written.length + 1);
    const headed = headingEnd(blocks[at]!.text, enumeration.length, blocks[at]!.text.length) !== null;
    markers[at] = { kind: 'section', raw: headed ? enumeration : '', value, style: '一是', decimalLike: false };
  }
}
