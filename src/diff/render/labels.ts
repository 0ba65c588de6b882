import type { ChangeKind, SideKind, TaskField } from '../../model/index.js';
import type { Language } from '../../i18n/language.js';

/** A language of the reports' labels: English, or Chinese for a Chinese interface (`--lang zh`). */
export type ReportLanguage = Language;

/** The words of a report around the plan's own text. */
export interface Labels {
  kinds: Record<ChangeKind, string>;
  /** What one side of a change is: a kind of node, the preamble, the closing …. */
  parts: Record<SideKind, string>;
  fields: Record<TaskField, string>;
  summary: string;
  bySection: string;
  commitments: string;
  index: string;
  changes: string;
  noDifferences: string;
  citedDocuments: string;
  units: string;
  termsAppear: string;
  termsVanish: string;
  emphasis: string;
  change: string;
  nodes: string;
  obligations: string;
  section: string;
  item: string;
  field: string;
  old: string;
  new: string;
  editions: string;
  nodesChanged: string;
  similarity: string;
  lowConfidence: string;
  from: string;
  movedOut: string;
  to: string;
  top: string;
  /** `3 of 40 nodes changed · obligations 50 → 52`, under a Markdown report's heading. */
  headline: (changed: number, total: number, oldObligations: number, newObligations: number) => string;
  /** `3 nodes changed · obligations 50 → 52`, in the HTML report's summary. */
  changedLine: (changed: number, oldObligations: number, newObligations: number) => string;
  /** A section renamed: `was …`. */
  was: string;
  /** The commitment tables left out of a Markdown report. */
  moreCommitments: (count: number) => string;
  /** The changes listed without text (and not at all) in a Markdown report. */
  shortened: (compact: number, left: number) => string;
  /** A Markdown report cut to fit a comment. */
  cut: string;
  /** A node listed without its text: how many of its sentences changed. */
  sentenceChanges: (count: number) => string;
  /** The terminal summary: an unchanged pair. */
  noDifferencesShort: string;
  /** Two folders compared: the heading, and the words of the table of pairs. */
  foldersHeading: (paired: number, oldUnpaired: number, newUnpaired: number) => string;
  oldPlan: string;
  newPlan: string;
  titleSimilarity: string;
  paired: string;
  unpaired: string;
  /** The terminal summary: how many nodes changed. */
  nodesChangedCount: (count: number) => string;
  /** The terminal summary: matches below the low-confidence similarity, and what to do. */
  lowMatches: (count: number) => string;
  lowHint: (below: number) => string;
  /** The terminal summary's row names. */
  rows: { nodes: string; obligations: string; text: string; cited: string; units: string; terms: string };
  /** The terminal summary: a count of one kind of change. */
  kindCount: (count: number, kind: string) => string;
  /** The terminal summary: nothing changed in a row. */
  none: string;
  /** Between the items of a list in a sentence. */
  separator: string;
}

/** The labels of each language. */
export const LABELS = {
  en: {
    parts: { section: 'section', subsection: 'subsection', item: 'item', subitem: 'subitem', point: 'point', attachment: 'attachment', obligation: 'obligation', front: 'front', preamble: 'preamble', closing: 'closing' },
    kinds: { unchanged: 'unchanged', renumbered: 'renumbered', reworded: 'reworded', moved: 'moved', split: 'split', merged: 'merged', added: 'added', removed: 'removed' },
    fields: { target: 'target', deadline: 'deadline', leads: 'leads', partners: 'partners', references: 'references', modality: 'modality', rollover: 'rollover' },
    summary: 'Summary',
    bySection: 'By section',
    commitments: 'Commitments',
    index: 'Index of changes',
    changes: 'Changes',
    noDifferences: 'No differences.',
    citedDocuments: 'Cited documents',
    units: 'Units',
    termsAppear: 'Terms that appear',
    termsVanish: 'Terms that vanish',
    emphasis: 'Emphasis',
    change: 'change',
    nodes: 'nodes',
    obligations: 'obligations',
    section: 'section',
    item: 'item',
    field: 'field',
    old: 'old',
    new: 'new',
    editions: 'editions',
    nodesChanged: 'nodes changed',
    similarity: 'similarity',
    lowConfidence: 'low confidence',
    from: 'from',
    movedOut: 'moved out',
    to: 'to',
    top: 'summary ↑',
    headline: (changed, total, o, n) => `${changed} of ${total} nodes changed · obligations ${o} → ${n}`,
    changedLine: (changed, o, n) => `${changed} nodes changed · obligations ${o} → ${n}`,
    was: 'was',
    moreCommitments: (count) => `${count} more commitment changes are in the HTML, JSON and CSV reports.`,
    shortened: (compact, left) =>
      `${compact} changes are listed without their text${left ? `, and the last ${left} not at all,` : ''} to keep this comment short; the HTML and JSON reports have them all.`,
    cut: 'The report is cut here to fit a comment; the HTML and JSON reports have it all.',
    sentenceChanges: (count) => `(${count} sentence changes)`,
    noDifferencesShort: 'no differences',
    foldersHeading: (paired, o, n) => `${paired} plans paired, ${o} old and ${n} new unpaired`,
    oldPlan: 'old',
    newPlan: 'new',
    titleSimilarity: 'title similarity',
    paired: 'paired',
    unpaired: 'unpaired',
    nodesChangedCount: (count) => `${count} nodes changed`,
    lowMatches: (count) => `${count} low-confidence matches`,
    lowHint: (below) => `(similarity below ${below}): check them in the report`,
    rows: { nodes: 'nodes', obligations: 'obligations', text: 'text', cited: 'cited', units: 'units', terms: 'terms' },
    kindCount: (count, kind) => `${count} ${kind}`,
    none: 'none',
    separator: ', ',
  },
  zh: {
    parts: { section: '部分', subsection: '小节', item: '条目', subitem: '子条目', point: '细目', attachment: '附件', obligation: '任务句', front: '前置部分', preamble: '导语', closing: '结尾' },
    kinds: { unchanged: '未变', renumbered: '重新编号', reworded: '修改', moved: '移动', split: '拆分', merged: '合并', added: '新增', removed: '删除' },
    fields: { target: '目标', deadline: '时限', leads: '牵头单位', partners: '配合单位', references: '引用文件', modality: '约束性', rollover: '年度顺延' },
    summary: '概要',
    bySection: '分部分统计',
    commitments: '任务要素变化',
    index: '变化索引',
    changes: '变化明细',
    noDifferences: '两版无差异。',
    citedDocuments: '引用文件',
    units: '责任单位',
    termsAppear: '新出现的词语',
    termsVanish: '不再出现的词语',
    emphasis: '侧重变化',
    change: '变化',
    nodes: '条目',
    obligations: '任务句',
    section: '部分',
    item: '条目',
    field: '要素',
    old: '旧版',
    new: '新版',
    editions: '版本',
    nodesChanged: '条目有变化',
    similarity: '相似度',
    lowConfidence: '匹配存疑',
    from: '来自',
    movedOut: '移出',
    to: '至',
    top: '返回概要 ↑',
    headline: (changed, total, o, n) => `${total}个条目中${changed}个有变化 · 任务句 ${o} → ${n}`,
    changedLine: (changed, o, n) => `${changed}个条目有变化 · 任务句 ${o} → ${n}`,
    was: '原为',
    moreCommitments: (count) => `另有${count}项任务要素变化，见 HTML、JSON 和 CSV 报告。`,
    shortened: (compact, left) => `为控制评论篇幅，${compact}处变化未列出文字${left ? `，最后${left}处未列出` : ''}；HTML 和 JSON 报告中有全部内容。`,
    cut: '为符合评论长度限制，报告在此截断；HTML 和 JSON 报告中有全部内容。',
    sentenceChanges: (count) => `（${count}处任务句变化）`,
    noDifferencesShort: '无差异',
    foldersHeading: (paired, o, n) => `配对${paired}份计划，旧版${o}份、新版${n}份未配对`,
    oldPlan: '旧版',
    newPlan: '新版',
    titleSimilarity: '标题相似度',
    paired: '已配对',
    unpaired: '未配对',
    nodesChangedCount: (count) => `${count}个条目有变化`,
    lowMatches: (count) => `${count}处匹配存疑`,
    lowHint: (below) => `（相似度低于 ${below}）：请在报告中核对`,
    rows: { nodes: '条目', obligations: '任务句', text: '文本', cited: '引用文件', units: '责任单位', terms: '词语' },
    kindCount: (count, kind) => `${kind}${count}`,
    none: '无',
    separator: '，',
  },
} satisfies Record<ReportLanguage, Labels>;
