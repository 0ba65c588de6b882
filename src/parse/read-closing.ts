import type { Block, BlockRole } from '../model/index.js';
import { MAX_SIGNATURE_LINES, isAttachmentList, isClosingFormula, isColophon, isDate, isNote, isPageNumber, isTitleLike, isWebMetadata } from './line-patterns.js';
import type { Marker } from './match-marker.js';

/** The end of a part: signature, date, notes, 版记 and the list of attachments. */
export interface Closing {
  blocks: Block[];
  /** Index of the first closing block. */
  start: number;
}

/** Lines the closing recognises by themselves, in the order they are tried. */
const LINE_ROLES: Array<[(text: string) => boolean, BlockRole]> = [
  [isDate, 'date'],
  [isNote, 'note'],
  [isColophon, 'colophon'],
  [isWebMetadata, 'metadata'],
  [isPageNumber, 'page-number'],
  // `特此通知。` ends the text of the notice the plan is: no task of its last item.
  [isClosingFormula, 'notice'],
];

/** Most lines an attachment list runs over after its `附件：` line. */
const MAX_ATTACHMENT_LINES = 9;

/**
 * Reads the closing of a part backwards from its end: dates, the signature above a date,
 * notes such as `（此件公开发布）`, 版记 lines, the `附件：` list and the notice's closing formula (`特此通知。`).
 * @param blocks all paragraphs of the file
 * @param markers the marker of each paragraph, or null
 * @param from first block the closing may take
 * @param end block after the part
 */
export function readClosing(blocks: Block[], markers: Array<Marker | null>, from: number, end: number): Closing {
  const roles = new Map<number, BlockRole>();
  let start = end;
  for (let moved = true; moved; ) {
    moved = false;
    const k = start - 1;
    if (k < from) break;
    const text = blocks[k]!.text;
    const role = (blocks[k]!.role === 'page-number' ? 'page-number' : null) ?? LINE_ROLES.find(([recognise]) => recognise(text))?.[1] ?? (isSignature(blocks, markers, roles, k) ? 'signature' : null);
    if (role) {
      roles.set(k, role);
      start = k;
      moved = true;
      continue;
    }
    const list = attachmentList(blocks, from, start);
    if (list !== -1) {
      for (let j = list; j < start; j++) roles.set(j, 'attachment-list');
      start = list;
      moved = true;
    }
  }
  const closing = blocks.slice(start, end).map((block, j) => ({ ...block, role: roles.get(start + j) ?? 'paragraph' }));
  return { blocks: closing, start };
}

/** A short unnumbered line right above a date or above another signature line. */
function isSignature(blocks: Block[], markers: Array<Marker | null>, roles: Map<number, BlockRole>, k: number): boolean {
  const text = blocks[k]!.text;
  if (markers[k] || !isTitleLike(text) || isAttachmentList(text)) return false;
  if (roles.get(k + 1) === 'date') return true;
  let lines = 0;
  while (roles.get(k + 1 + lines) === 'signature') lines++;
  return lines > 0 && lines < MAX_SIGNATURE_LINES && roles.get(k + 1 + lines) === 'date';
}

/** Start of an `附件：` list that runs up to `end` over short lines only, or -1. */
function attachmentList(blocks: Block[], from: number, end: number): number {
  for (let k = end - 1; k >= Math.max(from, end - 1 - MAX_ATTACHMENT_LINES); k--) {
    const text = blocks[k]!.text;
    if (isAttachmentList(text)) return k;
    if (!isTitleLike(text)) return -1;
  }
  return -1;
}
