import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import type { Node } from '../src/model/index.js';
import { toSourceText } from '../src/emit/source-text.js';
import { splitHeadline } from '../src/parse/split-headline.js';

// Plans written for these tests in the style of provincial and ministry plans: where an
// obligation starts and ends when a heading has no stop of its own.

const compiled = (text: string, path = 'plan.txt') => compile(Buffer.from(text), { path }).document;
const all = (nodes: Node[]): Node[] => nodes.flatMap((node) => [node, ...all(node.children)]);

describe('a heading without its 。', () => {
  it('is the title, not part of the first obligation, when a line break ends it (a Markdown paragraph)', () => {
    const text = '# 基层卫生人才队伍建设实施方案\n\n一、重点任务\n\n（一）加强队伍建设\n各地要按照服务人口配备乡村医生，2025年底前实现每个行政村至少有1名乡村医生。\n\n（二）完善激励机制\n落实基层医疗卫生机构绩效工资政策，绩效工资总量向临床一线倾斜。\n';
    const document = compiled(text, 'plan.md');
    const nodes = all(document.body).filter((node) => node.kind === 'subsection');
    expect(nodes.map((node) => node.title)).toEqual(['加强队伍建设', '完善激励机制']);
    expect(nodes.map((node) => node.obligations.map((o) => o.text))).toEqual([
      ['各地要按照服务人口配备乡村医生，2025年底前实现每个行政村至少有1名乡村医生。'],
      ['落实基层医疗卫生机构绩效工资政策，绩效工资总量向临床一线倾斜。'],
    ]);
  });

  it('is the title when blanks end it on the line of its first sentence', () => {
    const text = '一、保障措施\n1.加强组织领导　各地要建立联席会议制度，定期研究解决重大问题。\n2.强化督导考核 将落实情况纳入年度目标考核，考核结果向社会公开。\n';
    const document = compiled(text);
    const items = all(document.body).filter((node) => node.kind === 'item');
    expect(items.map((node) => node.title)).toEqual(['加强组织领导', '强化督导考核']);
    expect(items.map((node) => node.obligations.map((o) => o.text))).toEqual([
      ['各地要建立联席会议制度，定期研究解决重大问题。'],
      ['将落实情况纳入年度目标考核，考核结果向社会公开。'],
    ]);
    expect(toSourceText(document)).toBe(text);
  });

  it('is not read from a wrapped first line, nor from spaces a PDF leaves inside a sentence', () => {
    // A wrapped line runs as long as the line after it; a heading is shorter than its sentence.
    expect(splitHeadline('各地要按照服务人口配备乡村医生并建立健全\n定期培训制度，培训合格后方可执业。', '（一）').title).toBeNull();
    expect(splitHeadline('全面推进 依法治市工作，建立 健全法治督察制度。', '1.').title).toBeNull();
    expect(splitHeadline('加强队伍建设\n各地要按照服务人口配备乡村医生。', '（一）')).toEqual({ title: '加强队伍建设', titleEnd: '\n', text: '各地要按照服务人口配备乡村医生。' });
  });
});
