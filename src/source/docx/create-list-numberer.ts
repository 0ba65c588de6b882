import type { Element } from 'xast';
import { listNumberText } from './list-number-text.js';
import type { ListInstance, ListLevel, WordNumbering } from './read-word-numbering.js';
import { childElement, wordLevel, wordValue } from './word-elements.js';

/** How deep a chain of styles based on styles is followed: far past any real one, and it stops loops. */
const MAX_STYLE_DEPTH = 32;

/** Ends of markers that separate them from the text already: punctuation (一、 （一） 1．) and enclosed numbers (① ⑴ ⒈ ㈠). */
const SEPARATING_END = /[\p{P}\p{S}\u2460-\u24ff\u3220-\u3243\u3280-\u32b0]$/u;

/**
 * A function that gives, paragraph after paragraph in document order, the marker Word shows for
 * each (`一、`, `（二）`, `3.`, or '' for an unnumbered one), as Word counts: the list and level
 * come from the paragraph's `w:numPr` or its style's; all instances (`w:num`) of one abstract list
 * share its counters, and an instance with a `w:startOverride` sets a level's counter to it where
 * that instance is first used at that level (so a restarted list and the instance it came from
 * then count on together); a level restarts when an earlier level of its list is used (or as
 * `w:lvlRestart` says); `%n` in the level's text is level n's counter.
 * Bullets are left out: they are not numbers of the plan. What follows the marker in Word is a tab
 * or a space, written here as nothing after a marker that ends in punctuation (as a typed plan
 * has it) and as a space otherwise; in the extracted text a tab separates table cells.
 * @param numbering the file's lists
 */
export function createListNumberer(numbering: WordNumbering): (paragraphProperties: Element | undefined) => string {
  const counters = new Map<string, (number | undefined)[]>();
  const entered = new Set<string>();
  return (paragraphProperties) => {
    const place = listPlace(paragraphProperties, numbering);
    if (!place) return '';
    const { instance, level: index } = place;
    const level = instance.levels[index];
    if (!level || level.format === 'bullet') return '';
    let values = counters.get(instance.abstract);
    if (!values) counters.set(instance.abstract, (values = []));
    const startOf = (at: number) => instance.starts.get(at) ?? instance.levels[at]?.start ?? 0;
    // An instance with a start override restarts the shared counter where it is first used at that level.
    const restarts = instance.starts.has(index) && !entered.has(`${place.numId} ${index}`);
    entered.add(`${place.numId} ${index}`);
    values[index] = values[index] === undefined || restarts ? startOf(index) : values[index] + 1;
    for (let deeper = index + 1; deeper < values.length; deeper++) {
      const restart = instance.levels[deeper]?.restart ?? deeper;
      if (index < restart) values[deeper] = undefined;
    }
    const marker = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const shown: ListLevel | undefined = instance.levels[at];
      const value = values[at] ?? startOf(at);
      return listNumberText(value, level.legal ? 'decimal' : (shown?.format ?? 'decimal'));
    });
    if (marker === '' || level.suffix === 'nothing' || SEPARATING_END.test(marker)) return marker;
    return `${marker} `;
  };
}

/** The list instance and level of a paragraph, from its own `w:numPr` or its style's, or null. */
function listPlace(
  paragraphProperties: Element | undefined,
  numbering: WordNumbering,
): { numId: string; instance: ListInstance; level: number } | null {
  const numPr = childElement(paragraphProperties, 'w:numPr');
  let numId = wordValue(numPr, 'w:numId');
  let level = wordLevel(wordValue(numPr, 'w:ilvl'));
  const style = wordValue(paragraphProperties, 'w:pStyle') ?? numbering.defaultStyle;
  let styleId = style;
  for (let depth = 0; styleId !== undefined && depth < MAX_STYLE_DEPTH && (numId === undefined || level === undefined); depth++) {
    const found = numbering.styles.get(styleId);
    if (!found) break;
    // A level given by the paragraph stands; the style fills in what the paragraph leaves out.
    if (numId === undefined && found.numId !== undefined) numId = found.numId;
    if (level === undefined && found.level !== undefined && (numId === found.numId || found.numId === undefined)) level = found.level;
    styleId = found.basedOn;
  }
  // numId 0 is Word's way of saying "no list here", overriding a style's list.
  if (numId === undefined || numId === '0') return null;
  const instance = numbering.instances.get(numId);
  if (!instance) return null;
  if (level === undefined) {
    // A style tied to a level of the list (w:pStyle in w:lvl) gives that level.
    const tied = style === undefined ? -1 : instance.levels.findIndex((candidate) => candidate?.style === style);
    level = tied >= 0 ? tied : 0;
  }
  return { numId, instance, level };
}
