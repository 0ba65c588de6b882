import { chineseNumber, digitNumber } from '../text/chinese-number.js';
import { headingEnd } from '../text/heading-end.js';

/** The prose of one run-in item of a paragraph: where its sentences start and end, after its marker and heading. */
export interface RunInItem {
  start: number;
  end: number;
}

/**
 * A run-in marker: `（1）`, `（二）` at the paragraph's start or after a sentence's stop or a closing bracket (a unit note,
 * `…模式。（市工商质监局牵头负责）（2）完善…`), as a web page merges an item's numbered sub-items into one paragraph. Not
 * after `；` or `：`: the items of a list inside one sentence (`…包括：（1）…；（2）…`), which stays one obligation.
 */
const RUN_IN_MARKER = /(?:^|(?<=[。！？）)]))[ \t\u3000]*[（(]([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[）)]/gu;
/**
 * A run-in enumeration in the same places (`一是千方百计加快…建设。将…。二是…`, `一要…`): part of its sentence's text, so an item
 * whose lead is no heading keeps it (`一是全面清理规范政府性基金，取消…。`).
 */
const ENUMERATION = /(?:^|(?<=[。！？）)]))[ \t\u3000]*([一二三四五六七八九十]{1,3})(?=[是要])/gu;
/** A numeral before 是 or 要: the cheap test a paragraph passes before ENUMERATION is scanned (most hold 是 or 要, few `一是`). */
const ENUMERATION_CLUE = /[一二三四五六七八九十][是要]/u;

/** The value of a marker's number: `2`, `２`, `十二`. */
function markerValue(written: string): number | null {
  return /^[0-9０-９]+$/u.test(written) ? digitNumber(written) : chineseNumber(written);
}

/**
 * Cuts a paragraph that runs numbered sub-items together (`（1）全面落实…改革。按照…。（市…负责）（2）完善…。推行…。`,
 * `一是千方百计加快…建设。将…。二是…`) into the prose of each item, without its bracketed marker and, where the item opens
 * with a short heading sentence that more sentences follow, without that heading (the README: a run-in sub-heading is a
 * title, heldout22). Returns null unless the paragraph holds at least two markers numbered one
 * after the other (a lone `（1）` in a sentence is a reference or a list's item, read as prose).
 * @param text one paragraph of a node's prose
 */
export function splitRunInItems(text: string): RunInItem[] | null {
  const bracketed = text.includes('（') || text.includes('(') ? inSequence([...text.matchAll(RUN_IN_MARKER)]) : null;
  const enumerated = bracketed ? null : ENUMERATION_CLUE.test(text) ? inSequence([...text.matchAll(ENUMERATION)]) : null;
  const markers = bracketed ?? enumerated;
  if (!markers) return null;
  const items: RunInItem[] = [];
  // The prose before the first marker is an item of its own (the node's text before its sub-items).
  if (markers[0]!.index! > 0) items.push({ start: 0, end: markers[0]!.index! });
  markers.forEach((marker, i) => {
    // The enumeration's number and 是 stay with the sentence; a heading is measured after them.
    const start = marker.index! + marker[0].length + (enumerated ? 1 : 0);
    const end = markers[i + 1]?.index ?? text.length;
    const prose = headingEnd(text, start, end);
    items.push({ start: prose ?? (enumerated ? marker.index! : start), end });
  });
  return items;
}

/** The markers when there are two at least, numbered one after the other; else null. */
function inSequence(markers: RegExpMatchArray[]): RegExpMatchArray[] | null {
  if (markers.length < 2) return null;
  for (let i = 1; i < markers.length; i++) {
    const [value, before] = [markerValue(markers[i]![1]!), markerValue(markers[i - 1]![1]!)];
    if (value === null || before === null || value !== before + 1) return null;
  }
  return markers;
}
