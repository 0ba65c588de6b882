import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toCsv } from '../src/emit/csv.js';
import { toSourceText } from '../src/emit/source-text.js';
import { allNodes } from '../src/model/walk.js';
import type { Document, Node } from '../src/model/index.js';
import { taskTableColumn } from '../src/parse/task-table-column.js';
import { docxToText } from '../src/source/docx/docx-to-text.js';
import { ROOT } from './helpers.js';
import { planShape } from './plan-shape.js';

/** Each item of a part as `parent > number title: leads | partners | deadline (year/month)`, one per obligation. */
function rows(body: Node[]): string[] {
  const parents = new Map<Node, Node>();
  for (const node of allNodes(body)) for (const child of node.children) parents.set(child, node);
  return allNodes(body)
    .filter((node) => node.kind === 'item')
    .flatMap((node) => {
      const parent = parents.get(node);
      const where = parent ? `${parent.num.raw.trim() || parent.kind}${parent.title}` : '—';
      return node.obligations.map((o) => {
        const due = o.deadline ? `${o.deadline.text} (${o.deadline.year ?? '-'}/${o.deadline.month ?? '-'})` : '—';
        return `${where} > ${node.num.value} ${node.title}: ${o.leads.join('、')} | ${o.partners.join('、')} | ${due}`;
      });
    });
}

function compileFixture(name: string): { input: string; document: Document } {
  const input = readFileSync(`${ROOT}fixtures/parse/${name}/input.txt`, 'utf8');
  return { input, document: compile(input, { path: `${name}.txt` }).document };
}

describe('task tables with TAB-separated cells, as the readers give tables', () => {
  const { input, document } = compileFixture('task-table-tab');

  it('makes one item per row, under the group rows, with the row cells as leads, partners and deadline', () => {
    expect(rows(document.body)).toEqual([
      '一、政务服务方面（共3项） > 1 推行“一件事一次办”: 市政务服务局 | 市司法局、市大数据局 | 2024年6月底前 (2024/6)',
      '一、政务服务方面（共3项） > 2 压缩企业开办时间: 市市场监管局 | 市公安局、市税务局 | 2024年3月底前 (2024/3)',
      '一、政务服务方面（共3项） > 3 推广电子证照应用: 市大数据局 |  | 2024年底前 (2024/12)',
      '一、政务服务方面（共3项） > 3 推广电子证照应用: 市大数据局 |  | 2024年底前 (2024/12)',
      '二、要素保障方面（共3项） > 4 降低企业用地成本: 市自然资源局 | 各县（市、区）人民政府 | 持续推进 (-/-)',
      '二、要素保障方面（共3项） > 5 优化用电报装服务: 国网XX供电公司 | 市发展改革委 | 2024年9月底前 (2024/9)',
      '二、要素保障方面（共3项） > 6 强化涉企政策宣传: 市发展改革委 | 各有关部门 | 2024年全年 (2024/-)',
    ]);
    expect(document.body.map((node) => node.kind)).toEqual(['section', 'section']);
    expect(document.body[1]!.children.at(-1)!.eId).toBe('sec_2__item_6');
  });

  it('keeps the work content as the task text, the header in the preamble and the signature in the closing', () => {
    const row = document.body[0]!.children[2]!;
    expect(row.obligations.map((o) => o.text)).toEqual(['扩大电子证照在政务服务中的应用范围。', '推动高频证照“免提交”。']);
    expect(document.preamble.map((block) => block.role)).toEqual(['paragraph', 'table-header']);
    expect(document.closing.map((block) => block.role)).toEqual(['signature', 'date']);
  });

  it('points every cell to its place in the source', () => {
    const lead = document.body[0]!.children[0]!.blocks.find((block) => block.role === 'lead-cell')!;
    expect(input.slice(lead.position.start.offset, lead.position.end.offset)).toBe('市政务服务局');
    expect(lead.position.start.line).toBe(5);
  });

  it('gives the CSV task table its units and deadline', () => {
    const csv = toCsv(document).split('\r\n');
    expect(csv[1]).toContain(',市政务服务局,市司法局；市大数据局,2024年6月底前');
  });

  it('rebuilds its input exactly', () => {
    expect(toSourceText(document)).toBe(input);
  });
});

describe('task tables flattened to one cell per line', () => {
  const { input, document } = compileFixture('task-table-flattened');
  const table = document;

  it('reads the header as columns and every numbered run of cells as a row', () => {
    expect(rows(table.body)).toEqual([
      '一、基础支撑方面（共2项） > 1 建设全市统一政务云平台: 市大数据局 | 市财政局、市委网信办 | 2024年10月底前 (2024/10)',
      '一、基础支撑方面（共2项） > 2 完善数据共享交换体系: 市大数据局 | 各有关部门 | 2024年底前 (2024/12)',
      '二、应用推广方面（共2项） > 3 推进“一网统管”: 市城市管理局 | 市应急管理局、市交通运输局 | 2024年12月31日 (2024/12)',
      '二、应用推广方面（共2项） > 4 推广移动政务服务: 市政务服务局 | 市大数据局 | 长期坚持 (-/-)',
    ]);
    expect(table.preamble.map((block) => block.text)).toEqual(['序号', '重点任务', '工 作 内 容', '牵头单位', '配合单位', '完成时限']);
    expect(table.closing).toEqual([]);
  });

  it('gives the same items as the same table written with TABs', () => {
    // The header and each row of six cells joined into one line, as a reader gives them.
    const lines = input.trimEnd().split('\n');
    const joined = [lines[0], lines[1], lines.slice(2, 8).join('\t')];
    for (let i = 8; i < lines.length; ) {
      const group = /^[一二三四五六七八九十]+、/u.test(lines[i]!);
      joined.push(group ? lines[i] : lines.slice(i, i + 6).join('\t'));
      i += group ? 1 : 6;
    }
    const tabbed = `${joined.join('\n')}\n`;
    expect(tabbed).toContain('1\t建设全市统一政务云平台\t');
    expect(rows(compile(tabbed, { path: 'tabbed.txt' }).document.body)).toEqual(rows(table.body));
  });

  it('rebuilds its input exactly', () => {
    expect(toSourceText(document)).toBe(input);
  });
});

describe('a flattened task table whose rows miss a cell', () => {
  const text = ['XX区2024年任务清单', '序号', '主要任务', '责任单位', '配合单位', '完成时间', '1', '推进XX改革', '区发改委', '2024年6月底前', '2', '开展XX行动', '区住建局', '区城管局', '2024年底前', '3', '完善XX机制', '区司法局', '持续推进', '区人民政府办公室', '2024年3月1日', ''].join('\n');
  const { document } = compile(text, { path: 'short-rows.txt' });

  it('gives a last cell that reads as a time to the deadline, and ends the last row there', () => {
    expect(rows(document.body)).toEqual([
      '— > 1 推进XX改革: 区发改委 |  | 2024年6月底前 (2024/6)',
      '— > 2 开展XX行动: 区住建局 | 区城管局 | 2024年底前 (2024/12)',
      '— > 3 完善XX机制: 区司法局 |  | 持续推进 (-/-)',
    ]);
    expect(document.closing.map((block) => block.role)).toEqual(['signature', 'date']);
    expect(toSourceText(document)).toBe(text);
  });
});

describe('a flattened task table whose cells run over several lines', () => {
  // Units one a line, and a second task with its own time under row 2's number (a sub-row without one).
  const text = ['XX县2024年民生实事分解表', '序号', '民生实事', '责任单位', '完成时限', '1', '新建城区公园1座。', '县住建局', '县自然资源局', '县城投公司', '10月底前', '2', '开工建设县图书馆。', '县文旅局', '6月底前动工', '建成乡镇文化站3个。', '12月底前', '3', '改造老旧小区20个。', '县住建局', '11月底前', ''].join('\n');
  const { document } = compile(text, { path: 'many-lines.txt' });

  it('reads each row to the next number: its units as leads, its time as the deadline, a sub-row with its own time', () => {
    const tasks = allNodes(document.body).flatMap((node) => node.obligations.map((o) => `${node.num.value} ${o.text}: ${o.leads.join('、')} | ${o.deadline?.text} (${o.deadline?.year}/${o.deadline?.month})`));
    expect(tasks).toEqual([
      '1 新建城区公园1座。: 县住建局、县自然资源局、县城投公司 | 10月底前 (2024/10)',
      '2 开工建设县图书馆。: 县文旅局 | 6月底前动工 (2024/6)',
      '2 建成乡镇文化站3个。: 县文旅局 | 12月底前 (2024/12)',
      '3 改造老旧小区20个。: 县住建局 | 11月底前 (2024/11)',
    ]);
    expect(toSourceText(document)).toBe(text);
  });
});

describe('part of a flattened task table, as a page shows it', () => {
  it('starts its rows at the number the page shows, after a group heading, and takes no cell bar into a cell', () => {
    const text = ['XX县重点工作任务分解表', '序号 |', '目标与任务 |', '分管领导 |', '牵头责任单位 |', '协同配合单位 |', '二、办好民生实事 |', '12 |', '新增托位200个。 |', '张 三 |', '县卫健委 |', '县教育局。 |', '三、加强生态保护 |', '13 |', '完成造林500亩。 |', '李 四 |', '县林业局 |', '各乡镇 |', ''].join('\n');
    const { document } = compile(text, { path: 'part.txt' });
    const tasks = allNodes(document.body).flatMap((node) => node.obligations.map((o) => `${node.num.value} ${o.text}: ${o.leads.join('、')} | ${o.partners.join('、')}`));
    expect(tasks).toEqual(['12 新增托位200个。: 县卫健委 | 县教育局', '13 完成造林500亩。: 县林业局 | 各乡镇']);
    expect(toSourceText(document)).toBe(text);
  });
});

describe('tables without a task header', () => {
  const { input, document } = compileFixture('task-table-none');

  it('stay blocks of their node, as cells of an indicator table, never items or obligations', () => {
    const rowsOfTable = document.body[0]!.blocks.filter((block) => block.text.includes('\t'));
    expect(rowsOfTable.map((block) => block.role)).toEqual(['table-cell', 'table-cell', 'table-cell']);
    expect(document.body[0]!.obligations.map((obligation) => obligation.text).filter((text) => text.includes('\t'))).toEqual([]);
    expect(allNodes(document.body).filter((node) => node.kind === 'item').map((node) => node.num.raw)).toEqual(['1.', '2.']);
    expect(toSourceText(document)).toBe(input);
  });
});

describe('a task table inside a section of a plan', () => {
  const text = [
    'XX县2024年工作要点',
    '一、总体要求',
    '坚持问题导向，抓好任务落实。',
    '二、任务分工',
    '序号\t工作任务\t责任单位\t完成时间',
    '一、重点项目',
    '1\t建成县城污水处理厂\t县住建局\t2024年底前',
    '2\t完成农村公路改造\t县交通运输局\t2024年10月底前',
    '三、保障措施',
    '加强组织领导，定期调度任务进展。',
    '',
  ].join('\n');
  const { document } = compile(text, { path: 'plan.txt' });

  it('nests its groups as subsections of the section, and the plan goes on after it', () => {
    expect(document.body.map((node) => `${node.kind} ${node.num.raw}`)).toEqual(['section 一、', 'section 二、', 'section 三、']);
    const group = document.body[1]!.children[0]!;
    expect(group.kind).toBe('subsection');
    expect(rows(document.body)).toEqual(['一、重点项目 > 1 建成县城污水处理厂: 县住建局 |  | 2024年底前 (2024/12)', '一、重点项目 > 2 完成农村公路改造: 县交通运输局 |  | 2024年10月底前 (2024/10)']);
    expect(toSourceText(document)).toBe(text);
  });
});

describe('the Word fixture with a 任务分解表 (fixtures/published/docx/task-table.*)', () => {
  const folder = `${ROOT}fixtures/published/docx/`;
  const text = readFileSync(`${folder}task-table.txt`, 'utf8');
  const { document } = compile(text, { path: 'task-table.txt' });
  const expected = [
    '一、依法全面履行政府职能（共3项） > 1 动态调整权责清单: 市委编办 | 市司法局、市政务服务局 | 2025年6月底前 (2025/6)',
    '一、依法全面履行政府职能（共3项） > 2 深化“放管服”改革: 市司法局 | 市政务服务局 | 2025年9月底前 (2025/9)',
    '一、依法全面履行政府职能（共3项） > 3 规范涉企行政检查: 市司法局 | 市市场监管局、各有关部门 | 持续推进 (-/-)',
    '二、健全依法行政制度体系（共2项） > 4 加强行政规范性文件管理: 市司法局 |  | 2025年底前 (2025/12)',
    '二、健全依法行政制度体系（共2项） > 5 开展规章和规范性文件清理: 市司法局 | 市政府各部门 | 2025年11月底前 (2025/11)',
  ];

  it('the text the Word reader gives: rows become items with units and deadlines', () => {
    expect(rows(document.body)).toEqual(expected);
    expect(document.closing.map((block) => block.role)).toEqual(['signature', 'date']);
    expect(toSourceText(document)).toBe(text);
  });

  it('the Word file: the same tree as its text', () => {
    const extracted = docxToText(readFileSync(`${folder}task-table.docx`));
    const fromWord = compile(extracted.text, { path: 'task-table.docx' }).document;
    expect(rows(fromWord.body)).toEqual(expected);
    expect(planShape(fromWord)).toEqual(planShape(document));
    expect(toSourceText(fromWord)).toBe(extracted.text);
  });
});

describe('a file that is only a task table', () => {
  it('keeps the header as the header, not the title, and reads a lead cell with roles as a note', () => {
    const text = '序号\t工作任务\t责任单位\t完成时限\n1\t建设XX平台\t市大数据局\t2024年底前\n2\t完善XX制度\t市发展改革委牵头，市财政局配合\t长期坚持\n';
    const { document } = compile(text, { path: 'table.txt' });
    expect(document.front).toEqual([]);
    expect(document.preamble.map((block) => block.role)).toEqual(['table-header']);
    expect(rows(document.body)).toEqual(['— > 1 建设XX平台: 市大数据局 |  | 2024年底前 (2024/12)', '— > 2 完善XX制度: 市发展改革委 | 市财政局 | 长期坚持 (-/-)']);
    expect(toSourceText(document)).toBe(text);
  });
});

describe('validating a task table', () => {
  it('takes a short work content for the task of its row, not for a cell left unplaced', () => {
    const text = '序号\t重点任务\t工作内容\t牵头单位\t完成时限\n1\t数字政府\t建设XX平台\t市大数据局\t2024年底前\n2\t法治政府\t完善XX制度\t市司法局\t长期坚持\n';
    const { document, diagnostics } = compile(text, { path: 'short.txt' });
    expect(diagnostics.map((d) => d.ruleId)).toEqual([]);
    expect(document.body.map((node) => node.obligations.map((o) => o.text).join())).toEqual(['建设XX平台', '完善XX制度']);
  });
});

describe('taskTableColumn', () => {
  it('recognises the header words of each column, spaces inside them too', () => {
    expect(['序号', '重点任务', '主 要 内 容', '改革举措', '牵头单位', '指导部门', '协办单位', '时间节点', '完成时限', '推广范围', '责任单位（部门）'].map(taskTableColumn)).toEqual([
      'number', 'task', 'content', 'content', 'lead', 'lead', 'partner', 'deadline', 'deadline', 'other', 'lead',
    ]);
    expect(['民生实事', '实事项目', '目标与任务', '重点工作任务', '牵头责任单位', '主要责任单位', '责任领导'].map(taskTableColumn)).toEqual(['task', 'task', 'task', 'task', 'lead', 'lead', 'other']);
  });

  it('reads a sentence, a number or a numbered heading as no column at all', () => {
    expect(['加快推进政务服务标准化建设。', '12', '一、总体要求'].map(taskTableColumn)).toEqual([null, null, null]);
  });
});

describe('the closing formula of a notice', () => {
  it('puts `特此通知。` after the last item in the closing, as no task of that item', () => {
    const text = ['关于开展XX评选工作的通知', '一、请各地于3月底前报送推荐材料。', '二、请各地做好宣传工作。', '特此通知。', ''].join('\n');
    const { document } = compile(text, { path: 'notice.txt' });
    expect(allNodes(document.body).flatMap((node) => node.obligations.map((o) => o.text))).toEqual(['请各地于3月底前报送推荐材料。', '请各地做好宣传工作。']);
    expect(document.closing.map((block) => `${block.role}:${block.text}`)).toEqual(['notice:特此通知。']);
    expect(toSourceText(document)).toBe(text);
  });
});

describe('a task table copied one cell per line without a 序号 column, its numbers in the task cells', () => {
  it('reads the lines closed by a bar as the item’s units and time, and lines of bars as empty cells', () => {
    const text = '2027年××市安全生产工作任务清单\n主要任务 |\n重点工作和要求 |\n责任单位 |\n完成时限 |\n一、加强安排部署 |\n||||\n（一）制定工作任务清单。 |\n1.制定全市工作任务清单，分解落实到县区、部门。 |\n市安委办 （工作专班办公室） |\n1月20日前 |\n|\n2.制定行业领域工作任务清单，并报市安委办。 |\n市级各专委会办公室、市生态环境局 |\n2月10日前 |\n|\n';
    const { document } = compile(text, { path: 'list.txt' });
    const obligations = allNodes(document.body).flatMap((node) => node.obligations);
    expect(obligations.map((o) => [o.text, o.leads.join('、'), o.deadline?.month])).toEqual([
      ['制定全市工作任务清单，分解落实到县区、部门。', '市安委办 （工作专班办公室）', 1],
      ['制定行业领域工作任务清单，并报市安委办。', '市级各专委会办公室、市生态环境局', 2],
    ]);
  });

  it('leaves lines of prose without a bar alone', () => {
    const text = '××市工作要点\n一、重点任务\n1.加强安全生产。\n市安委办\n各县区要开展检查。\n';
    const { document } = compile(text, { path: 'plan.txt' });
    expect(allNodes(document.body).flatMap((node) => node.obligations.map((o) => o.leads.join('、')))).not.toContain('市安委办');
  });
});

describe('a bar-closed task table with a sub-row and spaced empty cells', () => {
  it('gives a sub-row its own units and time, and reads `| | |` as empty cells', () => {
    const text = '2027年××市安全生产工作任务清单\n主要任务 |\n重点工作和要求 |\n责任单位 |\n完成时限 |\n一、加强安排部署 |\n| | |\n1.制定全市工作任务清单，分解落实到县区。 |\n市安委办 |\n1月20日前 |\n开展全员安全培训，提升应急能力。 |\n市人社局 |\n6月底前 |\n|\n';
    const { document } = compile(text, { path: 'list.txt' });
    const obligations = allNodes(document.body).flatMap((node) => node.obligations);
    expect(obligations.map((o) => [o.text, o.leads.join('、'), o.deadline?.month])).toEqual([
      ['制定全市工作任务清单，分解落实到县区。', '市安委办', 1],
      ['开展全员安全培训，提升应急能力。', '市人社局', 6],
    ]);
  });
});
