import { allNodes, partsOf } from '../../model/walk.js';
import type { Block, Node } from '../../model/index.js';
import type { Finding, Rule } from '../rule.js';
import { excerpt, paragraphs, spanIn } from '../paragraphs.js';
import { trimBlank } from '../../text/blank.js';
import { translate } from '../../i18n/translate.js';
import type { Language } from '../../i18n/language.js';

/** Longest line read as a heading or a table cell; as long as the longest lead sentence the parser takes for a title. */
const MAX_LABEL = 40;

/** Starts that look like numbering but are not on the ladder (`❶`, `Ⅱ、`, `一）`, `第三条`, `a.`). */
const OFF_LADDER_MARKER =
  /^(?:[❶-❿➀-➉➊-➓]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]+\s*[、.．]|[一二三四五六七八九十]+\s*[)）]|第[一二三四五六七八九十百零〇0-9]+[章节条款]|[（(][A-Za-z][)）]|[A-Za-z][.．、)）](?![A-Za-z0-9]))/u;

/** A paragraph that opens with a number and a stop (`1000.`, `12、`), as items do. */
const NUMBERED = /^[0-9０-９]+\s*[.．、﹒](?![0-9])/u;
/** The roles of the cells of a task table's row (`parse` gives them by the row's columns). */
const TABLE_CELL_ROLES = new Set<Block['role']>(['lead-cell', 'partner-cell', 'deadline-cell', 'table-cell']);

/** A short line without sentence end or comma, not a bracketed note: a heading, a label or a table cell rather than prose. */
function isLabel(text: string): boolean {
  return text.length <= MAX_LABEL && !/[。！？；!?;，,]/u.test(text) && !/[：:]$/u.test(text) && !/^[（(].*[）)]$/u.test(text);
}

/**
 * Text that ended up nowhere sensible: paragraphs that look numbered but whose marker is not on
 * the ladder (kept as prose of the node above); short heading or table-cell lines among a node's
 * paragraphs, which do not read as its continuation (boxed 专栏 titles, flattened tables); and
 * such lines in the preamble of a plan that has numbered nodes (a subtitle or speaker line
 * the front did not take, a table header).
 */
export const unplacedText: Rule = {
  id: 'unplaced-text',
  description: 'A paragraph the parser could not place: an unknown numbering marker, or a heading or table-cell line kept as prose.',
  severity: 'warning',
  check: (document, options) => {
    const findings: Finding[] = [];
    for (const paragraph of paragraphs(document)) {
      if (paragraph.place === 'head' || paragraph.place === 'front') continue;
      // A numbered paragraph of prose is a node the parser could not place (`10000.`), never its neighbour's prose or the closing.
      const marker = OFF_LADDER_MARKER.exec(paragraph.text) ?? (paragraph.block?.role === 'paragraph' ? NUMBERED.exec(paragraph.text) : null);
      if (!marker) continue;
      const where = paragraph.node
        ? translate(options.lang, 'rule.unplaced-text.in-node', { node: { kind: paragraph.node.kind, num: trimBlank(paragraph.node.num.raw) } })
        : translate(options.lang, 'rule.unplaced-text.in-place', { place: paragraph.place });
      findings.push({
        message: translate(options.lang, 'rule.unplaced-text.marker', { marker: marker[0].trim(), where, excerpt: excerpt(paragraph.text, 0, marker[0].length) }),
        position: spanIn(paragraph, 0, marker[0].length),
        eId: paragraph.node?.eId ?? null,
        actual: marker[0].trim(),
      });
    }
    for (const part of partsOf(document)) {
      // A task table's header is placed: its rows are the nodes below it.
      const labels = part.body.length ? part.preamble.filter((block) => block.role !== 'table-header' && isLabel(block.text) && !OFF_LADDER_MARKER.test(block.text)) : [];
      if (labels.length) findings.push(labelFinding(labels, translate(options.lang, 'rule.unplaced-text.in-preamble'), null, options.lang));
      for (const node of allNodes(part.body)) {
        // A label closing a node's paragraphs may be its last cell; one that others follow opens something the parser could not see.
        // A task table's row is placed cell by cell: its short work content is its task, not a stray cell.
        const row = node.blocks.some((block) => TABLE_CELL_ROLES.has(block.role));
        const inner = row ? [] : node.blocks.slice(0, -1).filter((block) => block.role === 'paragraph' && isLabel(block.text) && !OFF_LADDER_MARKER.test(block.text));
        if (inner.length) findings.push(labelFinding(inner, translate(options.lang, 'rule.unplaced-text.in-node', { node: { kind: node.kind, num: trimBlank(node.num.raw) } }), node, options.lang));
      }
    }
    return findings.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  },
};

function labelFinding(labels: Block[], where: string, node: Node | null, lang: Language): Finding {
  const first = labels[0]!;
  return {
    message: translate(lang, 'rule.unplaced-text.labels', { count: labels.length, where, first: first.text }),
    position: spanIn({ text: first.text, start: first.position.start }, 0, first.text.length),
    eId: node?.eId ?? null,
    actual: first.text,
  };
}
