import { describe, expect, it } from 'vitest';
import type { Block, Document, Node } from '../src/model/index.js';
import { compileFile, CORPUS, hasCorpus } from './helpers.js';

/**
 * The shape of a tree without its words: `sec2(sub1(item1-4) sub2(item5-6))`. Childless
 * siblings of one kind with consecutive numbers collapse into a range.
 */
function skeleton(nodes: Node[]): string {
  const short = { section: 'sec', subsection: 'sub', item: 'item', subitem: 'subitem', point: 'point' } as const;
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.children.length) {
      out.push(`${short[node.kind]}${node.num.value}(${skeleton(node.children)})`);
      continue;
    }
    let j = i;
    while (nodes[j + 1] && !nodes[j + 1]!.children.length && nodes[j + 1]!.kind === node.kind && nodes[j + 1]!.num.value === nodes[j]!.num.value + 1) j++;
    out.push(`${short[node.kind]}${node.num.value}${j > i ? `-${nodes[j]!.num.value}` : ''}`);
    i = j;
  }
  return out.join(' ');
}

const roles = (blocks: Block[]) => blocks.map((b) => b.role).join(' ');
const lines = (blocks: Block[]) => blocks.map((b) => b.position.start.line);
const bodyLines = (document: Pick<Document, 'body'>) => [document.body[0]?.position?.start.line, document.body.at(-1)?.position?.end.line];

// Written from reading each document: where its parts are, and how its numbering nests.
describe.runIf(hasCorpus)('real documents compile to the right tree', () => {
  const open = (name: string) => compileFile(`${CORPUS}documents/${name}.txt`);

  it('03 包头 考评办法: notice, plan, then an attachment with a second 一、 series and items 1．–90．', () => {
    const { document, diagnostics } = open('03-baotou-2022-digital-gov-assessment');
    expect(roles(document.front)).toBe('notice doc-number addressee notice date title');
    expect(lines(document.front).at(-1)).toBe(6);
    expect(skeleton(document.body)).toBe('sec1-2 sec3(sub1-4) sec4');
    expect(bodyLines(document)).toEqual([7, 23]);
    expect(roles(document.closing)).toBe('attachment-list attachment-list');
    const [table] = document.attachments;
    expect(document.attachments).toHaveLength(1);
    expect(roles(table!.front)).toBe('attachment-label title');
    expect(skeleton(table!.body)).toBe(
      'sec1(sub1(item1-2) sub2(item3-4) sub3(item5) sub4(item6-8) sub5(item9-10) sub6(item11-13) sub7(item14-17) sub8(item18) sub9(item19-38)) ' +
        'sec2(sub1(item39-41) sub2(item42-43) sub3(item44-45) sub4(item46-50) sub5(item51-53)) sec3(sub1(item54-58)) ' +
        'sec4(sub1(item59-62) sub2(item63-64) sub3(item65-67)) sec5(sub1(item68-71) sub2(item72-73) sub3(item74-75) sub4(item76-77)) ' +
        'sec6(sub1(item78-80) sub2(item81-85)) sec7(sub1(item86) sub2(item87-89) sub3(item90))',
    );
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('04 安徽 RCEP 实施意见: items run on across sub-sections and into 三、 without a （） level', () => {
    const { document, diagnostics } = open('04-anhui-2022-rcep-implementation-opinions');
    expect(roles(document.front)).toBe('notice doc-number addressee notice signature date title');
    expect(lines(document.preamble)).toEqual([13]);
    expect(skeleton(document.body)).toBe(
      'sec1 sec2(sub1(item1-4) sub2(item5-6) sub3(item7-8) sub4(item9-12) sub5(item13-14) sub6(item15-16) sub7(item17-21)) sec3(item22-24)',
    );
    expect(bodyLines(document)).toEqual([14, 80]);
    expect(document.closing).toEqual([]);
    const items = document.body.flatMap((s) => s.children.flatMap((c) => (c.kind === 'item' ? [c] : c.children)));
    expect(items.every((item) => item.title !== null)).toBe(true);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('05 安徽 工业互联网: two plans in one notice, items numbered with ﹒, and a name list attachment', () => {
    const { document, diagnostics } = open('05-anhui-2021-industrial-internet-policy-and-action-plan');
    expect(roles(document.front)).toBe('notice doc-number addressee notice signature date title');
    expect(skeleton(document.body)).toBe('sec1-8');
    expect(document.body.every((section) => section.blocks.length > 0)).toBe(true);
    expect(bodyLines(document)).toEqual([14, 53]);
    expect(lines(document.closing)).toEqual([55, 57]);
    const [plan, names] = document.attachments;
    expect(document.attachments).toHaveLength(2);
    expect(roles(plan!.front)).toBe('title');
    expect(lines(plan!.front)).toEqual([58]);
    expect(skeleton(plan!.body)).toBe(
      'sec1(sub1-2) sec2(sub1(item1-2) sub2(item3-4) sub3(item5-9) sub4(item10-11) sub5(item12-14) sub6(item15-16) sub7(item17-19) sub8(item20-21) sub9(item22-24)) sec3(sub1-5) sec4(sub1-4)',
    );
    expect(plan!.body[1]!.children[0]!.children[0]!.num.style).toBe('1﹒');
    expect(roles(names!.front)).toBe('attachment-label title');
    expect(names!.body).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('06 国办 三项制度: title over three lines, （N） numbered on across sections, closing paragraph and signature', () => {
    const { document, diagnostics } = open('06-state-council-2018-three-enforcement-systems-guiding-opinions');
    expect(roles(document.front)).toBe('title title title doc-number addressee');
    expect(skeleton(document.body)).toBe('sec1(sub1-3) sec2(sub4-6) sec3(sub7-10) sec4(sub11-14) sec5(sub15-17) sec6(sub18-23)');
    expect(document.body.slice(1, 5).every((section) => section.blocks.length === 1)).toBe(true);
    expect(bodyLines(document)).toEqual([7, 46]);
    expect(roles(document.closing)).toBe('paragraph signature date note');
    expect(document.body.flatMap((s) => s.children).every((sub) => sub.title !== null)).toBe(true);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('07 国办 消费扶贫: two-line title, seventeen （N） tasks, signature, date, publication note', () => {
    const { document, diagnostics } = open('07-state-council-2018-consumption-poverty-alleviation-guiding-opinions');
    expect(roles(document.front)).toBe('title title doc-number addressee');
    expect(skeleton(document.body)).toBe('sec1 sec2(sub1-3) sec3(sub4-6) sec4(sub7-9) sec5(sub10-13) sec6(sub14-17)');
    expect(bodyLines(document)).toEqual([6, 29]);
    expect(roles(document.closing)).toBe('signature date note');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('08 国办 改革举措: notice body, then a flattened table whose rows 15–20 were cut by the publisher', () => {
    const { document, diagnostics } = open('08-state-council-2018-innovation-reforms-rollout-notice-with-table');
    expect(roles(document.front)).toBe('title title doc-number addressee');
    expect(skeleton(document.body)).toBe('sec1(sub1-5) sec2-3');
    expect(roles(document.closing)).toBe('attachment-list signature date note');
    const [table] = document.attachments;
    expect(roles(table!.front)).toBe('attachment-label title');
    expect(table!.preamble).toHaveLength(5);
    expect(skeleton(table!.body)).toBe('sec1(item1-5) sec2(item6-9) sec3(item10-14) sec4 sec5(item21-23)');
    // Each row is an item: its 改革举措 the title, its 主要内容 the task, its 指导部门 the leads, its 推广范围 a cell.
    expect(table!.preamble.map((block) => block.role)).toEqual(Array(5).fill('table-header'));
    expect(table!.body[0]!.children.every((row) => row.blocks.map((block) => block.role).join() === 'paragraph,lead-cell,table-cell')).toBe(true);
    const row6 = table!.body[1]!.children[0]!;
    expect(row6.title).toBe('以事前产权激励为核心的职务科技成果权属改革');
    expect(row6.obligations.map((o) => o.leads)).toEqual([['科技部', '国家发展改革委', '财政部', '国家知识产权局', '教育部', '国务院国资委', '中科院', '司法部']]);
    expect(diagnostics.map((d) => [d.ruleId, d.position?.start.line])).toContainEqual(['numbering-gap', 102]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('09 北京 数据专区: heading-only （一） lines with prose paragraphs, no items', () => {
    const { document, diagnostics } = open('09-beijing-2022-data-zone-guiding-opinions');
    expect(roles(document.front)).toBe('notice doc-number addressee notice signature date title');
    expect(skeleton(document.body)).toBe('sec1(sub1-3) sec2(sub1-3) sec3(sub1-2) sec4(sub1-3) sec5(sub1-3) sec6(sub1-3) sec7(sub1-3) sec8(sub1-3)');
    expect(bodyLines(document)).toEqual([9, 66]);
    expect(document.closing).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe.runIf(hasCorpus)('yearly editions compile to the right tree', () => {
  const open = (series: string, year: number) => compileFile(`${CORPUS}editions/${series}/${year}.txt`).document;

  it('standardisation work points: items restart in every section', () => {
    expect(skeleton(open('miit-icv-standardization-workpoints', 2018).body)).toBe('sec1(item1-5) sec2(item1-3) sec3(item1-2)');
    expect(skeleton(open('miit-icv-standardization-workpoints', 2019).body)).toBe('sec1(item1-3) sec2(item1-4) sec3(item1-3)');
  });

  it('Shandong plans: 1. numbered on across sections in 2019, （一） in 2021, and the 2019 版记', () => {
    const y2019 = open('shandong-digital-shandong-action-plan', 2019);
    expect(skeleton(y2019.body)).toBe('sec1(item1-5) sec2(item6-11) sec3(item12-15) sec4(item16-21)');
    expect(roles(y2019.closing)).toBe('colophon colophon');
    const y2021 = open('shandong-digital-shandong-action-plan', 2021);
    expect(roles(y2021.front)).toBe('title');
    expect(skeleton(y2021.body)).toBe('sec1(sub1-6) sec2(sub7-11) sec3(sub12-15) sec4(sub16-20) sec5');
  });

  it('NSFC guide 2024: （一） → 1. → （1） nested under 六、', () => {
    expect(skeleton(open('nsfc-explainable-ai-major-research-plan-guide', 2024).body)).toBe(
      'sec1 sec2(sub1-3) sec3(sub1(item1-11) sub2(item1-8)) sec4(sub1-3) sec5 sec6(sub1(item1-2) sub2 sub3(item1(subitem1-4) item2 item3(subitem1-2)) sub4)',
    );
  });
});
