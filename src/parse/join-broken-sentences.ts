import type { Block } from '../model/index.js';
import { ONE_LINE_BREAK } from './join-wrapped-lines.js';
import { matchMarker } from './match-marker.js';

/** Marks that end a sentence: after the last `。` of a line cut off in mid-clause there is none. */
const SENTENCE_END = /[！？；;!?]/u;
/** Marks a paragraph may end with (a closing bracket or quote, a colon, a comma of a list broken before its item). */
const MAY_END = /[\s。！？；;!?：:，,、）)”’」』】》]$/u;

/** An opening mark of a pair, at a line's end: no paragraph ends with one (a quote's is left out, often typed for a closing one). */
const OPENING_END = /[《「『【〖（(]$/u;

/** A frame word or a conjunction that needs what comes after it (`…。根据` / `《…》要求，…`): no clause ends with it. */
const OPENS_CLAUSE = /(?:根据|按照|依据|依照|遵照|参照|对照|对于|针对|围绕|结合|通过|为了|关于|以及)$/u;

/**
 * Whether a block's last line is cut off in the middle of a clause: it holds a finished sentence, and after the
 * last one a clause and a comma (`…。数据填报出现错误的，应当在…15个工作日内`), with no mark at its end. A
 * heading holds no finished sentence, and a line ending in a closing mark, a colon or a bracket
 * (`…。（牵头单位：市财政局）`) may end its paragraph; a sentence ending in an opening mark (`《`) never does.
 */
function isCutOff(block: string): boolean {
  // Its last line: a block that joinWrappedLines made of several ends with a line of its own (`专栏6  …工程`).
  const text = block.slice(Math.max(block.lastIndexOf('\n'), block.lastIndexOf('\r')) + 1);
  // A sentence ending in an opening mark (`…，金融经办机构要按照《` / `甘肃省人民政府关于…》`) is cut off inside what the mark opens;
  // not a heading (no comma or stop in it) whose closing quote is mistyped as an opening one (`（一）深入开展“我为群众办实事“`).
  if (OPENING_END.test(text) && /[，,。；;]/u.test(text)) return true;
  const stop = text.lastIndexOf('。');
  if (stop === -1 || MAY_END.test(text)) return false;
  // A comma in brackets is a note's (`（责任单位：A，B）`), not the clause's.
  const rest = text.slice(stop + 1).replace(/[（(][^（）()]*[）)]/gu, '');
  // So is a clause that stops at a frame word opening it (`…机制。根据` / `《…》要求，…`).
  return ((rest.includes('，') || rest.includes(',')) && !SENTENCE_END.test(rest)) || OPENS_CLAUSE.test(rest);
}

/**
 * Joins a line that a line break cut off in mid-clause to the line after it (`…应当在发现之日起15个工作日内` /
 * `更正，并在系统中注明更正原因。`), in a text that is not hard-wrapped at a page width (`joinWrappedLines`
 * joins those): a paragraph never ends in the middle of a clause. The next line goes on from it when it
 * follows on the very next line, without an indent and without a marker. The joined block keeps the line
 * break between its lines, so the tree stays lossless.
 * @param blocks one block per paragraph, after `joinWrappedLines`
 */
export function joinBrokenSentences(blocks: Block[]): Block[] {
  const joined: Block[] = [];
  // A break in mid-clause is a slip, not a way of writing: a line joined to the one before it takes no
  // third one, so no paragraph grows line by line through a text of such lines.
  let took = false;
  for (const block of blocks) {
    const last = joined.at(-1);
    if (last && !took && goesOn(last, block)) {
      joined[joined.length - 1] = { ...last, text: last.text + last.trail + block.lead + block.text, trail: block.trail, position: { start: last.position.start, end: block.position.end } };
      took = true;
    } else {
      joined.push(block);
      took = false;
    }
  }
  return joined;
}

/** Whether `next` goes on from `line`, cut off in mid-clause: on the very next line, with no indent, no marker, no tab. */
function goesOn(line: Block, next: Block): boolean {
  if (line.role !== 'paragraph' || next.role !== 'paragraph' || line.text.includes('\t')) return false;
  if (next.text.includes('\t')) return false;
  if (!(ONE_LINE_BREAK.test(line.trail) && next.lead === '') && !isPageGap(line, next)) return false;
  return isCutOff(line.text) && matchMarker(next.text) === null;
}

/** One blank line between two lines (a page break of a print file, as a page copied from one shows it). */
const ONE_BLANK_LINE = /^[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)([^\S\r\n]*)$/u;

/**
 * Whether one blank line is all that stands between `line` and `next`, and `next` is indented as `line` is (a text
 * whose every line is indented the same way: the indent marks no paragraph there): a print file's page break.
 */
function isPageGap(line: Block, next: Block): boolean {
  const gap = ONE_BLANK_LINE.exec(line.trail + next.lead);
  if (!gap) return false;
  // A lead is blanks and line breaks only: its indent is what follows its last line break.
  const indent = line.lead.slice(Math.max(line.lead.lastIndexOf('\n'), line.lead.lastIndexOf('\r')) + 1);
  return gap[1] === indent;
}
