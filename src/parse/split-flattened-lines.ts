import { advance } from '../model/advance.js';
import type { Block } from '../model/index.js';
import { BLANK, NOT_BLANK } from '../text/blank.js';
import { MAX_TITLE } from '../text/line-limits.js';

const HAN = '[一二三四五六七八九十]+';
/** A heading's marker of the ladder: `一、`, `（一）`, `1.`, `（1）`. */
const MARKER = `(?:${HAN}、|[（(]${HAN}[）)]|[0-9]{1,2}[.．、](?![0-9])|[（(][0-9]{1,2}[）)])`;
/** Blanks after a sentence's end (or a colon) and before a marker: where a web page flattened two paragraphs into one. */
const RUN_ON = new RegExp(`(?<=[。：:；;！？!?”])${BLANK}+(?=${MARKER})`, 'gu');
/**
 * Boundaries a paragraph must hold to be read as flattened: one blank before a marker may be a writer's, two or more
 * (`…如下： 一、工作目标 …。 二、工作内容 （一）…`) are a page's text run into one line.
 */
const MIN_RUN_ONS = 2;
/** A section's heading before blanks and its text (`一、总体目标 到2022年，…`): no stop inside the heading. */
const HEADING_THEN_TEXT = new RegExp(`^((?:${HAN}、|[（(]${HAN}[）)])[^，,。；;：:、！？!?\\s]{1,${MAX_TITLE}})(${BLANK}+)(?=${NOT_BLANK})`, 'u');

/**
 * Splits a paragraph that holds a whole document's paragraphs, as some web pages serve their text on one line
 * (`…现提出如下实施意见： 一、总体目标 到2022年，…。 二、行动任务 （一）全面实行…。 1.实施…`), at the blanks
 * before each marker, and a section's heading from the text after it, so that each is read as its own paragraph.
 * The blanks become the trail of the piece before them, so the tree stays lossless.
 * @param blocks the paragraphs as read
 */
export function splitFlattenedLines(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    const cuts = [...block.text.matchAll(RUN_ON)];
    if (cuts.length < MIN_RUN_ONS) return [block];
    const pieces: Block[] = [];
    let from = 0;
    for (const [i, cut] of [...cuts, null].entries()) {
      const end = cut ? cut.index : block.text.length;
      const gap = cut ? cut[0] : block.trail;
      pieces.push(...splitHeading(piece(block, from, block.text.slice(from, end), gap, i === 0)));
      if (cut) from = cut.index + cut[0].length;
    }
    return pieces;
  });
}

/** The piece of a block's text starting at `from`, with the blanks after it as its trail. */
function piece(block: Block, from: number, text: string, trail: string, first: boolean): Block {
  const start = advance(block.position.start, block.text.slice(0, from));
  return { ...block, text, lead: first ? block.lead : '', trail, position: { ...block.position, start, end: advance(start, text) } };
}

/** A section's heading and the text after it on one line, as two paragraphs. */
function splitHeading(block: Block): Block[] {
  const match = HEADING_THEN_TEXT.exec(block.text);
  if (!match || match[0].length === block.text.length) return [block];
  const [, heading, gap] = match as unknown as [string, string, string];
  const start = block.position.start;
  const bodyStart = advance(start, heading + gap);
  return [
    { ...block, text: heading, trail: gap, position: { ...block.position, start, end: advance(start, heading) } },
    { ...block, text: block.text.slice(heading.length + gap.length), lead: '', position: { ...block.position, start: bodyStart } },
  ];
}
