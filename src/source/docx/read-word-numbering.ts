import type { Element, Root } from 'xast';
import { childElement, childElements, wordFlag, wordLevel, wordValue } from './word-elements.js';

/** One level of a Word list (`w:lvl`): how its counter starts, restarts and is written. */
export interface ListLevel {
  start: number;
  /** `w:numFmt`: decimal, chineseCounting, decimalEnclosedCircle … */
  format: string;
  /** `w:lvlText`: the marker, with `%1` … `%9` standing for the counters of levels 1 … 9. */
  text: string;
  /** `w:lvlRestart`: the 1-based level whose use restarts this one (0: never); absent: any earlier level. */
  restart: number | undefined;
  /** `w:suff`: what follows the marker. */
  suffix: 'tab' | 'space' | 'nothing';
  /** `w:isLgl`: every counter of the marker written in decimal digits. */
  legal: boolean;
  /** `w:pStyle`: the paragraph style tied to this level. */
  style: string | undefined;
}

/** A list instance (`w:num`): its abstract list's levels, with this instance's overrides. */
export interface ListInstance {
  /** The abstract list (`w:abstractNum`) whose counters this instance shares with the list's other instances. */
  abstract: string;
  levels: (ListLevel | undefined)[];
  /** `w:startOverride` by level: where the instance is first used at a level, the list's counter restarts from it. */
  starts: Map<number, number>;
}

/** The list and level a paragraph style gives its paragraphs, and the style it is based on. */
export interface StyleNumbering {
  numId: string | undefined;
  level: number | undefined;
  basedOn: string | undefined;
}

/** What a Word file says about its automatic numbering. */
export interface WordNumbering {
  instances: Map<string, ListInstance>;
  styles: Map<string, StyleNumbering>;
  /** The style of paragraphs that name none. */
  defaultStyle: string | undefined;
}

/**
 * The lists of a Word file, from its numbering part (`numbering.xml`: `w:abstractNum` levels and
 * the `w:num` instances that use them, with `w:lvlOverride`) and the numbering its paragraph styles
 * carry (`styles.xml`).
 * @param numbering the parsed numbering part, if the file has one
 * @param styles the parsed styles part, if the file has one
 */
export function readWordNumbering(numbering: Root | undefined, styles: Root | undefined): WordNumbering {
  const styleMap = new Map<string, StyleNumbering>();
  let defaultStyle: string | undefined;
  for (const style of childElements(childElement(styles, 'w:styles'), 'w:style')) {
    const id = style.attributes['w:styleId'];
    if (!id) continue;
    if (style.attributes['w:type'] === 'paragraph' && ['1', 'true', 'on'].includes(style.attributes['w:default'] ?? '')) defaultStyle = id;
    const numPr = childElement(childElement(style, 'w:pPr'), 'w:numPr');
    styleMap.set(id, {
      numId: wordValue(numPr, 'w:numId'),
      level: wordLevel(wordValue(numPr, 'w:ilvl')),
      basedOn: wordValue(style, 'w:basedOn'),
    });
  }

  const root = childElement(numbering, 'w:numbering');
  const abstracts = new Map<string, Element>();
  for (const abstract of childElements(root, 'w:abstractNum')) {
    const id = abstract.attributes['w:abstractNumId'];
    if (id != null && !abstracts.has(id)) abstracts.set(id, abstract);
  }
  const abstractOf = new Map<string, string>();
  for (const num of childElements(root, 'w:num')) {
    const id = num.attributes['w:numId'];
    const abstract = wordValue(num, 'w:abstractNumId');
    if (id != null && abstract != null && !abstractOf.has(id)) abstractOf.set(id, abstract);
  }
  // An abstract list may only point at a numbering style (w:numStyleLink) whose list holds the levels.
  const resolveAbstract = (id: string): string => {
    const link = wordValue(abstracts.get(id), 'w:numStyleLink');
    const numId = link === undefined ? undefined : styleMap.get(link)?.numId;
    const target = numId === undefined ? undefined : abstractOf.get(numId);
    return target !== undefined && target !== id && abstracts.has(target) ? target : id;
  };

  const instances = new Map<string, ListInstance>();
  for (const num of childElements(root, 'w:num')) {
    const id = num.attributes['w:numId'];
    const declared = abstractOf.get(id ?? '');
    if (id == null || declared === undefined || instances.has(id)) continue;
    const abstract = resolveAbstract(declared);
    const levels: (ListLevel | undefined)[] = [];
    for (const lvl of childElements(abstracts.get(abstract), 'w:lvl')) {
      const index = wordLevel(lvl.attributes['w:ilvl']);
      if (index !== undefined) levels[index] = readLevel(lvl);
    }
    const starts = new Map<number, number>();
    for (const override of childElements(num, 'w:lvlOverride')) {
      const index = wordLevel(override.attributes['w:ilvl']);
      if (index === undefined) continue;
      const lvl = childElement(override, 'w:lvl');
      if (lvl) levels[index] = readLevel(lvl);
      const start = wordValue(override, 'w:startOverride');
      if (start !== undefined && Number.isInteger(Number(start))) starts.set(index, Number(start));
    }
    instances.set(id, { abstract, levels, starts });
  }
  return { instances, styles: styleMap, defaultStyle };
}

/** A `w:lvl` element's level. */
function readLevel(lvl: Element): ListLevel {
  const start = Number(wordValue(lvl, 'w:start') ?? 0);
  const restart = wordValue(lvl, 'w:lvlRestart');
  const suffix = wordValue(lvl, 'w:suff');
  return {
    start: Number.isInteger(start) ? start : 0,
    // Word 2010 and later put a custom format in mc:AlternateContent, with a standard one as its fallback.
    format: wordValue(lvl, 'w:numFmt') ?? wordValue(childElement(childElement(lvl, 'mc:AlternateContent'), 'mc:Fallback'), 'w:numFmt') ?? 'decimal',
    text: wordValue(lvl, 'w:lvlText') ?? '',
    restart: restart === undefined || !Number.isInteger(Number(restart)) ? undefined : Number(restart),
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    legal: wordFlag(lvl, 'w:isLgl'),
    style: wordValue(lvl, 'w:pStyle'),
  };
}
