import { allNodes, partsOf } from '../../model/walk.js';
import type { Node } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { markerPosition } from '../numbering-steps.js';
import { trimBlank } from '../../text/blank.js';
import { translate } from '../../i18n/translate.js';

/**
 * `1.` beside `1．`, or `（一）` beside `(一)`: nodes of one level should share one marker
 * style. The style most nodes of that level use in the part (the first in a tie) is taken
 * as intended; every node that differs is reported.
 */
export const mixedMarkerStyle: Rule = {
  id: 'mixed-marker-style',
  description: 'Nodes of one level use different marker styles (1. beside 1．, or （一） beside (一)).',
  severity: 'warning',
  check: (document, options) => {
    return partsOf(document).flatMap((part) => {
      // A list of notes (`注：` then `1.` …) is no nodes (the parser gives it the role `note`): free to number its own way.
      const byKind = new Map<string, Node[]>();
      for (const node of allNodes(part.body)) {
        const same = byKind.get(node.kind) ?? [];
        same.push(node);
        byKind.set(node.kind, same);
      }
      return [...byKind.values()].flatMap((nodes) => {
        const usual = mostUsedStyle(nodes);
        return nodes
          .filter((node) => node.num.style !== usual)
          .map((node) => {
            const written = trimBlank(node.num.raw);
            const usualHere = numberedAs(usual, node);
            return {
              message: translate(options.lang, 'rule.mixed-marker-style', { node: { kind: node.kind, num: written }, usual: usualHere }),
              position: markerPosition(node),
              eId: node.eId,
              expected: usualHere,
              actual: written,
            };
          });
      });
    });
  },
};

/** The stand-in numerals a style is written with (see the parser's marker ladder): `1.`, `１．`, `（一）`, `①`, `㈠`, `⒈`, `⑴`. */
const STAND = /[1１一①㈠⒈⑴]/u;
const HAN_DIGITS = '〇一二三四五六七八九';
/** The last number circled glyphs have (㊿), and the last of each run of numbering glyphs (㈩, ⒛, ⒇): past them a number is written in digits. */
const CIRCLED_MAX = 50;
const GLYPH_MAX: Record<string, number> = { '㈠': 10, '⒈': 20, '⑴': 20 };

/** A number in Chinese numerals as plans write them: 十, 十二, 二十, 二十三. */
function hanNumber(value: number): string {
  if (value < 10) return HAN_DIGITS[value]!;
  if (value >= 100) return String(value);
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : HAN_DIGITS[tens]}十${value % 10 === 0 ? '' : HAN_DIGITS[value % 10]}`;
}

/**
 * A node's own number written in a style, so a message names the node's number and not the
 * style's stand-in `1`: item 2 in style `1.` is `2.`, subsection 3 in style `（一）` is `（三）`.
 * @param style a marker style, its numeral replaced by a stand-in
 * @param node the node whose number to write
 */
function numberedAs(style: string, node: Node): string {
  const stand = STAND.exec(style)?.[0];
  const value = node.num.value;
  if (stand === undefined) return style;
  const figure =
    stand === '1'
      ? String(value)
      : stand === '１'
        ? String(value).replace(/[0-9]/gu, (d) => String.fromCodePoint(d.codePointAt(0)! + 0xfee0))
        : stand === '一'
          ? hanNumber(value)
          : stand === '①' && value <= CIRCLED_MAX
            ? String.fromCodePoint(value <= 20 ? 0x2460 + value - 1 : value <= 35 ? 0x3251 + value - 21 : 0x32b1 + value - 36)
            : value <= (GLYPH_MAX[stand] ?? 0)
              ? String.fromCodePoint(stand.codePointAt(0)! + value - 1)
              : String(value);
  return style.replace(stand, figure);
}

function mostUsedStyle(nodes: Node[]): string {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.num.style, (counts.get(node.num.style) ?? 0) + 1);
  let best = nodes[0]!.num.style;
  for (const [style, count] of counts) if (count > counts.get(best)!) best = style;
  return best;
}
