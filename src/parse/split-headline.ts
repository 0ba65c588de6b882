import { bracketDepths } from '../text/brackets.js';

/** The head paragraph of a node after its marker, cut into its lead sentence and the rest. */
export interface Headline {
  title: string | null;
  titleEnd: string;
  text: string;
}

/** Longest lead sentence still read as a title; the seed's longest is 24 characters. */
export const MAX_TITLE = 40;
/** Longest heading line (a paragraph without a sentence end) read as a title. */
export const MAX_HEADING = 80;
/** Longest lead phrase before a colon read as a title (`工作目标：…`); a heading that ends in a colon is a title whatever its length. */
export const MAX_COLON_TITLE = 16;

/**
 * Cuts `深化XXX法治思想学习培训。研究制定…` into title `深化XXX法治思想学习培训`, titleEnd `。`
 * and text `研究制定…`. A lead sentence is a title when it is short and has no comma or
 * semicolon; a paragraph without any sentence end (`推动学习贯彻…，全面引领…`) is a heading
 * and all of it is the title. Otherwise the title is null and everything is text.
 * @param rest the head paragraph after its marker
 */
export function splitHeadline(rest: string): Headline {
  if (!rest) return { title: null, titleEnd: '', text: '' };
  const inside = bracketDepths(rest);
  let stop = -1;
  for (let i = 0; i < rest.length; i++) {
    if (!inside[i] && '。！？；：:!?;'.includes(rest[i]!)) {
      stop = i;
      break;
    }
  }
  if (stop === -1) {
    return rest.length <= MAX_HEADING ? { title: rest, titleEnd: '', text: '' } : { title: null, titleEnd: '', text: rest };
  }
  // Spaces and a line break before the stop (a heading wrapped just before its 。) end the title too.
  const lead = rest.slice(0, stop).trimEnd();
  const mark = rest.slice(lead.length, stop + 1);
  const plain = lead.length > 0 && !/[，,；;]/.test(lead);
  if ('。！？!?'.includes(mark.at(-1)!) && plain && lead.length <= MAX_TITLE) {
    return { title: lead, titleEnd: mark, text: rest.slice(stop + 1) };
  }
  if ('：:'.includes(mark.at(-1)!) && plain && (lead.length <= MAX_COLON_TITLE || stop === rest.length - 1)) {
    return { title: lead, titleEnd: mark, text: rest.slice(stop + 1) };
  }
  return { title: null, titleEnd: '', text: rest };
}
