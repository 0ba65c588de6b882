import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { diff } from '../src/diff/diff.js';
import type { Document, Obligation } from '../src/model/index.js';

const OLD = `一、加强协调
1.健全工作机制。建立联席会议制度。落实《优化营商环境条例》。
2.加强执法监督。开展专项检查。
`;
const NEW = `一、加强协调
1.健全工作机制。建立联席会议制度。落实《优化营商环境条例》。
2.加强执法监督。开展专项检查。
`;

/** A compiled plan whose obligations get the fields the extractor fills (leads, partners, references). */
function withFields(text: string, fields: Array<Partial<Pick<Obligation, 'leads' | 'partners' | 'references'>>>): Document {
  const { document } = compile(text, { path: 'plan.txt' });
  const obligations = document.body.flatMap((section) => section.children.flatMap((item) => item.obligations));
  fields.forEach((field, i) => Object.assign(obligations[i]!, field));
  return document;
}

describe('summary of units and cited documents', () => {
  it('lists the lead and partner units that appear and vanish', () => {
    const before = withFields(OLD, [{ leads: ['市司法局'], partners: ['市公安局'] }, {}, { leads: ['市市场监管局'] }]);
    const after = withFields(NEW, [{ leads: ['市司法局'], partners: ['市法院'] }, {}, { leads: ['市 市场监管局'] }]);
    expect(diff(before, after).summary.units).toEqual({ added: ['市法院'], removed: ['市公安局'] });
  });

  it('reads cited documents from the references field and from 《…》 in the text, as one name each', () => {
    const before = withFields(OLD, [{ references: ['《民法典》'] }]);
    const after = withFields(NEW, [{ references: ['民法典', '个人信息保护法'] }, {}, { references: ['《优化营商环境条例》'] }]);
    expect(diff(before, after).summary.citedDocuments).toEqual({ added: ['个人信息保护法'], removed: [] });
  });

  it('reports a task whose units alone changed as reworded, its note in the wording, and the units in the summary', () => {
    const plan = (note: string) => compile(`一、加强协调\n1.健全工作机制。建立联席会议制度。${note}\n2.加强执法监督。开展专项检查。\n`, { path: 'plan.txt' }).document;
    const report = diff(plan('（市司法局牵头，市公安局配合）'), plan('（市公安局牵头，市司法局配合）'));
    const changed = report.changes.filter((change) => change.kind !== 'unchanged');
    expect(changed.map((change) => [change.level, change.kind])).toEqual([
      ['node', 'reworded'],
      ['obligation', 'reworded'],
    ]);
    expect(changed[1]!.similarity).toBeLessThan(1);
    expect(changed[1]!.new[0]!.text).toBe('建立联席会议制度。（市公安局牵头，市司法局配合）');
    expect(report.summary.units).toEqual({ added: [], removed: [] });
  });

  it('counts changes per section, a moved node where it went', () => {
    const report = diff(
      compile('一、甲类工作\n1.推进数据共享。建设共享平台。\n二、乙类工作\n2.完善考核评价。制定考核办法。\n', { path: 'a.txt' }).document,
      compile('一、甲类工作\n二、乙类工作\n1.完善考核评价。制定考核办法。\n2.推进数据共享。建设共享平台。\n', { path: 'b.txt' }).document,
    );
    expect(report.summary.sections.map((row) => [row.new, row.counts.moved, row.counts.renumbered])).toEqual([
      ['一、甲类工作', 0, 0],
      ['二、乙类工作', 1, 1],
    ]);
  });
});
