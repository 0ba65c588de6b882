import type { Nodes, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { BLANK } from '../../text/blank.js';
import { pageLines, type PageLine } from './page-lines.js';

/**
 * The fields of a page's metadata the parser reads as front matter, as government sites label
 * them (信息公开 tables, the line under the title); the labels the parser knows
 * (`isWebMetadata` in src/parse/line-patterns.ts). `字号` is left out: on a page it is the
 * font-size switch (字号：大 中 小).
 */
const LABELS = ['索引号', '主题分类', '发文机关', '成文日期', '发文字号', '发布日期', '发布时间', '有效性', '信息来源', '来源', '作者', '主题词', '生效日期', '标题'];
const KNOWN = new Set(LABELS);

/** The `<meta>` fields of TRS and 开普云 sites and the label each is written under. */
const META_LABELS: Record<string, string> = { articletitle: '标题', pubdate: '发布时间', contentsource: '来源' };

/**
 * Where a field starts in a line: a known label (its characters may be spaced out, `索 引 号`),
 * or any short run of Chinese characters, which ends the field before it (`字号：`), followed
 * by a colon, at the line's start or after a blank.
 */
const FIELD = new RegExp(`(?<=^|${BLANK}|[|｜])(${LABELS.map((label) => [...label].join(`${BLANK}*`)).join('|')}|[\\u4e00-\\u9fff]{2,6})${BLANK}*[：:]`, 'gu');
const BLANKS = new RegExp(`${BLANK}+`, 'gu');
const EDGES = new RegExp(`^${BLANK}+|${BLANK}+$`, 'gu');
const TRAILING_COLON = /[：:]$/u;

/**
 * Longest value of a field: values are names, dates, numbers and titles, and the longest
 * titles of plans run to about 100 characters; a longer run after a label is prose.
 */
const MAX_VALUE_CHARS = 120;

/**
 * The page's metadata as front lines the parser reads (`发布时间：2020-06-08 14:27:34`): the
 * title, date and source a site's `<meta>` tags give (`ArticleTitle`, `PubDate`,
 * `ContentSource`), then the labelled fields shown outside the article (the `发布时间：` line,
 * the 索引号/发文机关 table), one line per label, the first of each label kept.
 * @param root the parsed page
 * @param article the nodes of its article, which are not searched
 */
export function pageMetadata(root: Root, article: Nodes[]): PageLine[] {
  const fields = new Map<string, PageLine>();
  const add = (label: string, value: string, origin: PageLine['origin']) => {
    const text = value.replace(/[ \t\n\r\f]+/g, ' ').replace(EDGES, '');
    if (text && text.length <= MAX_VALUE_CHARS && !fields.has(label)) fields.set(label, { text: `${label}：${text}`, origin });
  };
  for (const meta of selectAll('meta[name][content]', root)) {
    const label = META_LABELS[String(meta.properties.name).toLowerCase()];
    if (label && meta.position) add(label, String(meta.properties.content), { line: meta.position.start.line, column: meta.position.start.column });
  }
  for (const line of pageLines(root.children, { leaveShell: false, skip: new Set(article) })) {
    for (const [label, value] of fieldsOf(line.text)) add(label, value, line.origin);
  }
  return [...fields.values()];
}

/** The known fields of a line: `label：value` runs, and a table row's label cells each followed by its value's cell. */
function fieldsOf(line: string): Array<[label: string, value: string]> {
  const fields: Array<[string, string]> = [];
  const cells = line.split('\t');
  for (let i = 0; i < cells.length; i++) {
    const bare = cells[i]!.replace(BLANKS, '').replace(TRAILING_COLON, '');
    if (KNOWN.has(bare) && i + 1 < cells.length) {
      fields.push([bare, cells[++i]!]);
      continue;
    }
    const starts = [...cells[i]!.matchAll(FIELD)];
    starts.forEach((match, k) => {
      const label = match[1]!.replace(BLANKS, '');
      const end = starts[k + 1]?.index ?? cells[i]!.length;
      if (KNOWN.has(label)) fields.push([label, cells[i]!.slice(match.index + match[0].length, end)]);
    });
  }
  return fields;
}
