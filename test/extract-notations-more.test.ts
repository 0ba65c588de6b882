import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';

/** The obligations of the first item of a one-section plan, with the fields a task table shows. */
function tasks(item: string) {
  const [node] = compile(`一、重点任务\n${item}`).document.body[0]!.children;
  return {
    roles: node!.blocks.map((block) => block.role),
    rows: node!.obligations.map((o) => ({ text: o.text, leads: o.leads, partners: o.partners, deadline: o.deadline && [o.deadline.text, o.deadline.month, o.deadline.ongoing], modality: o.modality })),
  };
}

describe('unit notes written the ways plans write them', () => {
  it('a bare list of units, alone or with a deadline, names the leads', () => {
    expect(tasks('3.推进集团化办学。新增教育集团10个。（市教育局）\n').rows[0]).toMatchObject({ text: '新增教育集团10个。', leads: ['市教育局'] });
    expect(tasks('1.深化理想信念教育。广泛开展党史学习教育。（市委宣传部、市文明办，持续推进）\n').rows[0]).toMatchObject({
      leads: ['市委宣传部', '市文明办'],
      deadline: ['持续推进', null, true],
    });
  });

  it('a place in brackets is no unit note', () => {
    expect(tasks('1.推进试点。在中心城区开展试点（中心城区）。\n').rows[0]).toMatchObject({ text: '在中心城区开展试点（中心城区）。', leads: [] });
  });

  it('reads 会同, 指导 and how often a task recurs', () => {
    expect(tasks('1.防范风险。建立债务风险监测机制。（市财政局会同市发展改革委负责）\n').rows[0]).toMatchObject({ leads: ['市财政局'], partners: ['市发展改革委'] });
    expect(tasks('1.建设场所。新建应急避难场所10处。（各县（市、区）人民政府负责，市应急管理局指导）\n').rows[0]).toMatchObject({
      leads: ['各县（市、区）人民政府'],
      partners: ['市应急管理局'],
    });
    expect(tasks('1.巩固成果。开展文明城市常态化创建。（市文明办牵头，市直各有关单位配合，每季度开展一次测评）\n').rows[0]).toMatchObject({
      leads: ['市文明办'],
      partners: ['市直各有关单位'],
      deadline: ['每季度开展一次测评', null, true],
    });
  });

  it('reads a leader line as a note that names no unit, and two labels on one line', () => {
    const leader = tasks('（一）新增就业岗位。全年新增城镇就业5000人以上。\n责任单位：区人社局\n牵头领导：XXX\n完成时限：2023年12月底\n');
    expect(leader.roles).toEqual(['unit-note', 'unit-note', 'unit-note']);
    expect(leader.rows).toEqual([{ text: '全年新增城镇就业5000人以上。', leads: ['区人社局'], partners: [], deadline: ['2023年12月底', 12, false], modality: 'plain' }]);
    const oneLine = tasks('1.加强预算管理。推进预算绩效管理改革。\n责任单位：市财政局  完成时限：2023年底\n');
    expect(oneLine.rows).toEqual([{ text: '推进预算绩效管理改革。', leads: ['市财政局'], partners: [], deadline: ['2023年底', 12, false], modality: 'plain' }]);
    expect(tasks('1.加强预算管理。推进预算绩效管理改革。\n【牵头单位】市财政局\n').rows[0]).toMatchObject({ leads: ['市财政局'] });
  });

  it('keeps the lead of the node above when a note names only helpers', () => {
    const { document } = compile('一、加强政策解读回应（牵头单位：市政府办公室）\n1.回应社会关切。对重大舆情要在24小时内作出回应。（市委网信办配合）\n');
    expect(document.body[0]!.children[0]!.obligations[0]).toMatchObject({ leads: ['市政府办公室'], partners: ['市委网信办'] });
  });

  it('reads a date that ends its clause whole, and no mandate inside quotes or titles', () => {
    expect(tasks('1.开展行动。开展专项行动，2023年底。\n').rows[0]!.deadline).toEqual(['2023年底', 12, false]);
    expect(tasks('1.推进落实。推动“三管三必须”落实落地。\n').rows[0]!.modality).toBe('plain');
    expect(tasks('1.推进落实。要严格执行《XX不得违规办法》。\n').rows[0]!.modality).toBe('mandatory');
    expect(tasks('1.推进落实。执行《XX不得违规办法》。\n').rows[0]!.modality).toBe('plain');
  });
});
