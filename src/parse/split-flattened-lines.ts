import { advance } from '../model/advance.js';
import type { Block } from '../model/index.js';
import { BLANK } from '../text/blank.js';
import { MAX_TITLE } from '../text/line-limits.js';
import { matchMarker } from './match-marker.js';

/**
 * Blanks inside a paragraph, or none right after a sentence's stop (`…奠定坚实基础。（一）压紧压实…`): where a web page may have
 * run two paragraphs into one line.
 */
const GAP = new RegExp(`(?<=\\S)${BLANK}+(?=\\S)|(?<=[。！？])(?=[（(一二三四五六七八九十])`, 'gu');
/** What a paragraph run into the next ends with: a sentence's stop, a colon, or the bracket closing a unit note after its stop (`…。（市人社局牵头）`). */
const ENDED = /[。：:！？!?”）)]$/u;
/** A heading and nothing after it (`二、行动任务`): its marker, then no mark of a sentence. */
const HEADING = new RegExp(`^[^，,。；;：:！？!?\\s]{1,${MAX_TITLE}}$`, 'u');
/**
 * Boundaries a paragraph must hold to be read as flattened: one blank before a marker may be a writer's, two or more
 * (`…如下： 一、工作目标 …。 二、工作内容 （一）…`) are a page's text run into one line.
 */
const MIN_RUN_ONS = 2;

/**
 * Splits a paragraph that holds a whole document's paragraphs, as some web pages serve their text on one line
 * (`…现提出如下实施意见： 一、总体目标 到2022年，…。 二、行动任务 （一）全面实行…。 1.实施…`), at the blanks
 * before each marker of the ladder that follows a stop, a colon or a heading of its own (`二、行动任务 （一）…`), so that each
 * is read as its own paragraph (a heading and its first sentence that blanks separate, `一、总体目标 到2022年，…`, are told
 * apart as on a line of their own, by split-headline). At least one of the markers is
 * a section's or a subsection's (`一、`, `（一）`): a list inside a sentence (`包括： 1.申请表； 2.…`) stays whole. The
 * blanks become the trail of the piece before them, so the tree stays lossless.
 * @param blocks the paragraphs as read
 */
export function splitFlattenedLines(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    // Blanks before a marker, after a stop or after a heading of its own (`二、行动任务 （一）…`).
    const cuts: RegExpMatchArray[] = [];
    let headed = false;
    for (const gap of block.text.matchAll(GAP)) {
      const kind = matchMarker(block.text.slice(gap.index + gap[0].length))?.kind;
      if (!kind || kind === 'point') continue;
      // Without blanks, only a section's or a subsection's marker (`。（一）`, `。二、`): a run-in item's (`。（1）`) stays in its paragraph.
      if (gap[0] === '' && kind !== 'section' && kind !== 'subsection') continue;
      const before = block.text.slice(cuts.length ? cuts.at(-1)!.index! + cuts.at(-1)![0].length : 0, gap.index);
      const marker = matchMarker(before);
      if (!ENDED.test(before) && !(marker && HEADING.test(before.slice(marker.raw.length)))) continue;
      cuts.push(gap);
      headed ||= kind === 'section' || kind === 'subsection';
    }
    if (cuts.length < MIN_RUN_ONS || !headed) return [block];
    let from = 0;
    return [...cuts, null].map((cut, i) => {
      const end = cut ? cut.index! : block.text.length;
      const text = block.text.slice(from, end);
      const start = advance(block.position.start, block.text.slice(0, from));
      const piece = { ...block, text, lead: i === 0 ? block.lead : '', trail: cut ? cut[0] : block.trail, position: { ...block.position, start, end: advance(start, text) } };
      if (cut) from = cut.index! + cut[0].length;
      return piece;
    });
  });
}
