import type { Block, BlockRole } from '../model/index.js';
import { joinLines } from '../text/join-lines.js';
import {
  continuesTitle,
  endsWithGenre,
  isAddressee,
  isAttachmentLabel,
  isAttachmentList,
  isDate,
  isDocNumber,
  isGazetteHeader,
  isIssuerLine,
  isLinkLine,
  isMasthead,
  isRegisterNumber,
  isWebMetadata,
  isNote,
  isSubtitle,
  isTitleLike,
  MAX_SIGNATURE_LINES,
} from './line-patterns.js';
import type { Marker } from './match-marker.js';

/** What stands before a part's preamble. */
export interface Front {
  blocks: Block[];
  title: string | null;
  /** Index of the first block after the front. */
  end: number;
}

/** Most lines one title is split over. */
const MAX_TITLE_LINES = 4;
/**
 * Reads the front of a part: its attachment label, a web page's metadata fields and the red
 * masthead, its title (which may be split over several lines), 文号 and 主送, and a notice that
 * wraps the plan. A notice is recognised by its date line standing before the first numbered
 * paragraph; the title after the date is the plan's.
 * @param blocks all paragraphs of the file
 * @param markers the marker of each paragraph, or null
 * @param listed the entries of `附件：` lists
 * @param start first block of the part
 * @param end block after the part
 */
export function readFront(blocks: Block[], markers: Array<Marker | null>, listed: Set<number>, start: number, end: number): Front {
  const front: Block[] = [];
  const take = (k: number, role: BlockRole) => front.push({ ...blocks[k]!, role });
  let firstMarked = start;
  while (firstMarked < end && !markers[firstMarked]) firstMarked++;

  let i = start;
  let title: string | null = null;
  const label = i < end ? blocks[i]!.text : '';
  if (isAttachmentLabel(label) || (i > 0 && isAttachmentList(label))) {
    take(i++, 'attachment-label');
    // `附件1：XX区招商引资工作方案` names its attachment on the same line.
    title = label.replace(/^[^：:]*[：:]\s*/u, '') || null;
  }
  for (; i < firstMarked; i++) {
    const text = blocks[i]!.text;
    if (isWebMetadata(text) || isLinkLine(text) || isGazetteHeader(text)) take(i, 'metadata');
    else if (isMasthead(text)) take(i, 'masthead');
    else if (isDocNumber(text) || isRegisterNumber(text)) take(i, 'doc-number');
    // The issuing body alone above the title (a web page's or a gazette's heading).
    else if (i + 1 < firstMarked && isIssuerLine(text, blocks[i + 1]!.text)) take(i, 'masthead');
    // A part that starts after a notice's date may open with its note (`（此件公开发布）`).
    else if (isNote(text)) take(i, 'note');
    else break;
  }
  let titleEnd = titleLines(blocks, markers, i, firstMarked);
  if (titleEnd > i) title = joinTitle(blocks.slice(i, titleEnd));
  while (i < titleEnd) take(i++, 'title');
  if (title !== null) i = subtitles(blocks, markers, i, firstMarked, take);
  i = metadata(blocks, i, firstMarked, take);

  const date = findDate(blocks, i, firstMarked);
  if (date !== -1 && (isNoticeTitle(title) || blocks.slice(i, date).some((b) => /[。！]$/.test(b.text)))) {
    for (const block of front) if (block.role === 'title') block.role = 'notice';
    // The signature: up to three short lines right above the date (several issuing bodies).
    let signature = date;
    const signs = (k: number) => isTitleLike(blocks[k]!.text) && !isAttachmentList(blocks[k]!.text) && !listed.has(k);
    while (signature > i && date - signature < MAX_SIGNATURE_LINES && signs(signature - 1)) signature--;
    let text = false;
    for (; i < date; i++) {
      const role: BlockRole = listed.has(i) ? 'attachment-list' : i >= signature ? 'signature' : wrapperRole(blocks[i]!.text, text);
      text ||= role === 'notice' && /[。！？；]/u.test(blocks[i]!.text);
      take(i, role);
    }
    take(i++, 'date');
    while (i < firstMarked && isNote(blocks[i]!.text)) take(i++, 'note');
    titleEnd = titleLines(blocks, markers, i, firstMarked);
    if (titleEnd > i) title = joinTitle(blocks.slice(i, titleEnd));
    while (i < titleEnd) take(i++, 'title');
    i = metadata(blocks, i, firstMarked, take);
  }
  return { blocks: front, title, end: i };
}

/**
 * End of the title lines starting at `i`: the first line, then more lines until the title
 * ends in a genre word (`…关于全面推行` + `…的指导意见`), and lines that go on with it
 * (`（2023—2025年）`, `（征求意见稿）`).
 */
function titleLines(blocks: Block[], markers: Array<Marker | null>, i: number, limit: number): number {
  const usable = (k: number) => k < limit && !markers[k] && isTitleLike(blocks[k]!.text) && !isFrontMatter(blocks[k]!.text) && !isAddressee(blocks[k]!.text) && !isNote(blocks[k]!.text);
  if (!usable(i)) return i;
  let last = i;
  let joined = blocks[i]!.text;
  if (!endsWithGenre(joined)) {
    for (let k = i + 1; k < i + MAX_TITLE_LINES && usable(k); k++) {
      joined += blocks[k]!.text;
      if (endsWithGenre(joined)) {
        last = k;
        break;
      }
    }
  }
  while (last + 1 < i + MAX_TITLE_LINES && usable(last + 1) && continuesTitle(blocks[last + 1]!.text)) last++;
  return last + 1;
}

/** Longest line after a subtitle read as part of it (the speaker: `国务院总理 李克强`). */
const MAX_BYLINE = 20;

/** A subtitle (`——…在…会议上`) and the short unnumbered lines right after it, before any prose. */
function subtitles(blocks: Block[], markers: Array<Marker | null>, i: number, limit: number, take: (k: number, role: BlockRole) => void): number {
  if (i >= limit || !isSubtitle(blocks[i]!.text)) return i;
  take(i++, 'subtitle');
  while (i < limit && !markers[i] && isTitleLike(blocks[i]!.text) && blocks[i]!.text.length <= MAX_BYLINE && !isAddressee(blocks[i]!.text)) take(i++, 'subtitle');
  return i;
}

/** 文号 lines, metadata fields and one 主送 line; a second line ending in a colon is the text (`…并提出如下要求：`). */
function metadata(blocks: Block[], i: number, limit: number, take: (k: number, role: BlockRole) => void): number {
  let addressee = false;
  for (; i < limit; i++) {
    const text = blocks[i]!.text;
    if (isDocNumber(text) || isRegisterNumber(text)) take(i, 'doc-number');
    else if (isWebMetadata(text) || isLinkLine(text) || isGazetteHeader(text)) take(i, 'metadata');
    else if (!addressee && isAddressee(text)) {
      take(i, 'addressee');
      addressee = true;
    } else break;
  }
  return i;
}

/** The role of a line of the notice above its signature: 主送 only before the notice's text starts. */
function wrapperRole(text: string, afterText: boolean): BlockRole {
  if (isWebMetadata(text)) return 'metadata';
  if (isDocNumber(text)) return 'doc-number';
  if (isAttachmentList(text)) return 'attachment-list';
  if (!afterText && isAddressee(text)) return 'addressee';
  return 'notice';
}

function findDate(blocks: Block[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (isDate(blocks[k]!.text)) return k;
  return -1;
}

function isNoticeTitle(title: string | null): boolean {
  return title !== null && (/(?:通知|通报|函)$/.test(title) || /印发|转发/.test(title));
}

/** Lines that are never (part of) a title: numbers the document is filed under, where a copy came from, a page header. */
function isFrontMatter(text: string): boolean {
  return isDocNumber(text) || isRegisterNumber(text) || isLinkLine(text) || isGazetteHeader(text) || isWebMetadata(text);
}

function joinTitle(lines: Block[]): string | null {
  return lines.length ? joinLines(lines.map((b) => b.text).join('')) : null;
}
