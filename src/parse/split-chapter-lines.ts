import { advance } from '../model/advance.js';
import type { Block } from '../model/index.js';
import { BLANK, NOT_BLANK } from '../text/blank.js';

const HAN = '[一二三四五六七八九十百零〇两]+';
/** Longest heading of a chapter or section written before its first article on one line. */
const MAX_HEADING = 30;
/** `第一章　总则　第一条　为了…`: the chapter's heading, the blanks after it, and the article. */
const HEADING_THEN_ARTICLE = new RegExp(`^(第${HAN}[章节]${BLANK}*${NOT_BLANK}{1,${MAX_HEADING}}?)(${BLANK}+)(?=第(?:${HAN}|[0-9]{1,4})条)`, 'u');

/**
 * Splits a paragraph that holds a chapter's (or a section's) heading and its first article on one
 * line (`第三章　运营服务　第八条　运营企业应当…`) into the heading and the article, so that each
 * is read as its own node. The blanks between them become the heading's trail, so the tree stays
 * lossless.
 * @param blocks the paragraphs, after wrapped lines are joined
 */
export function splitChapterLines(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    const match = HEADING_THEN_ARTICLE.exec(block.text);
    if (!match) return [block];
    const [, heading, gap] = match as unknown as [string, string, string];
    const start = block.position.start;
    return [
      { ...block, text: heading, trail: gap, position: { ...block.position, start, end: advance(start, heading) } },
      { ...block, text: block.text.slice(heading.length + gap.length), lead: '', position: { ...block.position, start: advance(start, heading + gap) } },
    ];
  });
}
