import type { Element } from 'xast';
import { childElement, wordFlag } from './word-elements.js';

/** Containers whose runs are text of the paragraph: insertions, moves in, links, fields, controls. */
const TRANSPARENT = new Set([
  'w:ins', 'w:moveTo', 'w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:sdt', 'w:sdtContent',
  'w:dir', 'w:bdo', 'w:ruby', 'w:rubyBase',
]);

/** Stands for a line break (`w:br`) until the characters on both sides of it are known. */
const BREAK = '\u0000';
/** Letters and digits of scripts written with spaces between words: a line break between two is a space. */
const SPACED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\d]/u;

/**
 * The text of a Word paragraph (`w:p`) as its reader sees it: the text of its runs (`w:t`),
 * `w:tab` as a tab, tracked insertions and moves in; tracked deletions and moves away, field codes
 * (`w:instrText`, the code part of a `w:fldChar` field), hidden text, comment and note references,
 * ruby annotations, drawings and text boxes out. A line break inside the paragraph (`w:br`,
 * `w:cr`) joins its two sides with nothing, or with a space between two words of a spaced script,
 * as one line of the plan's text has it; a page break is nothing.
 * @param paragraph the `w:p` element
 */
export function paragraphText(paragraph: Element): string {
  const state = { text: '', fields: [] as ('code' | 'result')[] };
  collect(paragraph, state);
  return state.text.replace(/\u0000+/g, (_, at: number, whole: string) => {
    const before = whole[at - 1] ?? '';
    const after = whole[at + 1] ?? '';
    return SPACED.test(before) && SPACED.test(after) ? ' ' : '';
  });
}

/** Adds the text of an element's runs to the state, in order. */
function collect(element: Element, state: { text: string; fields: ('code' | 'result')[] }): void {
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.name === 'w:r') run(child, state);
    else if (TRANSPARENT.has(child.name)) collect(child, state);
  }
}

/** Adds the text of a run (`w:r`). */
function run(element: Element, state: { text: string; fields: ('code' | 'result')[] }): void {
  const properties = childElement(element, 'w:rPr');
  const hidden = wordFlag(properties, 'w:vanish') || wordFlag(properties, 'w:webHidden');
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.name === 'w:fldChar') {
      const kind = child.attributes['w:fldCharType'];
      if (kind === 'begin') state.fields.push('code');
      else if (kind === 'separate' && state.fields.length > 0) state.fields[state.fields.length - 1] = 'result';
      else if (kind === 'end') state.fields.pop();
      continue;
    }
    if (hidden || state.fields.includes('code')) continue;
    switch (child.name) {
      case 'w:t':
        state.text += textOf(child).replace(/[\r\n]+/g, BREAK);
        break;
      case 'w:tab':
      case 'w:ptab':
        state.text += '\t';
        break;
      case 'w:br':
        if (child.attributes['w:type'] !== 'page' && child.attributes['w:type'] !== 'column') state.text += BREAK;
        break;
      case 'w:cr':
        state.text += BREAK;
        break;
      case 'w:noBreakHyphen':
        state.text += '-';
        break;
      case 'w:sym': {
        // A symbol font's character; those in the private use area have no meaning as text.
        const code = Number.parseInt(child.attributes['w:char'] ?? '', 16);
        if (Number.isInteger(code) && !(code >= 0xe000 && code <= 0xf8ff)) state.text += String.fromCodePoint(code);
        break;
      }
      default:
        break;
    }
  }
}

/** The character data of an element. */
function textOf(element: Element): string {
  let text = '';
  for (const child of element.children) if (child.type === 'text') text += child.value;
  return text;
}
