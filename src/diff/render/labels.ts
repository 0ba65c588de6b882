import type { ChangeKind, TaskField } from '../../model/index.js';

/** A language of the reports' labels: English, or Chinese for a Chinese interface (`--lang zh`). */
export type ReportLanguage = 'en' | 'zh';

/** The words of a report around the plan's own text. */
export interface Labels {
  kinds: Record<ChangeKind, string>;
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
}

/** The labels of each language. */
export const LABELS = {
  en: {
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
  },
  zh: {
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
  },
} satisfies Record<ReportLanguage, Labels>;
