import { describe, expect, it } from 'vitest';
import { findSentenceNotes, readNoteLine } from '../src/extract/find-notes.js';
import { parseNote } from '../src/extract/parse-note.js';
import { looksLikeUnit, splitUnits } from '../src/extract/split-units.js';
import { statesFirstUnitLeads } from '../src/extract/states-first-unit-leads.js';

const units = (content: string) => {
  const note = parseNote(content);
  return note && { leads: note.leads, partners: note.partners, deadline: note.deadline?.text ?? null, score: note.score };
};

describe('parseNote: the inside of a unit note', () => {
  it('reads labelled leads and partners', () => {
    expect(units('牵头单位：市审批服务局，配合单位：市司法局、市委编办')).toEqual({ leads: ['市审批服务局'], partners: ['市司法局', '市委编办'], deadline: null, score: null });
    expect(units('牵头单位：市审批服务局、市大数据局')).toMatchObject({ leads: ['市审批服务局', '市大数据局'], partners: [] });
    expect(units('牵头考核单位：市政府办公室、市公安局')).toMatchObject({ leads: ['市政府办公室', '市公安局'] });
  });

  it('reads the labels of a bureau\'s own plan, which name its divisions (处室, 科室)', () => {
    expect(units('牵头处室：法规处；配合处室：办公室、财务处')).toEqual({ leads: ['法规处'], partners: ['办公室', '财务处'], deadline: null, score: null });
    expect(units('责任科室：医务科、护理部')).toMatchObject({ leads: ['医务科', '护理部'], partners: [] });
    expect(units('牵头单位：党委组织部；责任单位：各基层党组织')).toMatchObject({ leads: ['党委组织部'], partners: ['各基层党组织'] });
  });

  it('takes every unit of 责任单位 as a lead, across commas', () => {
    expect(units('责任单位：省经济和信息化厅、省人力资源和社会保障厅、省教育厅、省财政厅，各市人民政府')).toMatchObject({
      leads: ['省经济和信息化厅', '省人力资源和社会保障厅', '省教育厅', '省财政厅', '各市人民政府'],
      partners: [],
    });
    expect(units('责任单位：省通信管理局，省铁塔公司、各基础电信企业，各市人民政府')!.leads).toHaveLength(4);
  });

  it('reads units closed by their role', () => {
    expect(units('省商务厅牵头，合肥海关配合')).toMatchObject({ leads: ['省商务厅'], partners: ['合肥海关'] });
    expect(units('合肥海关负责')).toMatchObject({ leads: ['合肥海关'], partners: [] });
    expect(units('省市场监管局、省大数据局按职责分工负责')).toMatchObject({ leads: ['省市场监管局', '省大数据局'], partners: [] });
    expect(units('合肥海关牵头，省贸促会、省商务厅按职责分工配合')).toMatchObject({ leads: ['合肥海关'], partners: ['省贸促会', '省商务厅'] });
    // 负责 after a 牵头 unit is a partner's share of the work.
    expect(units('合肥海关牵头，省港航集团、省机场集团按职责分工负责')).toMatchObject({ leads: ['合肥海关'], partners: ['省港航集团', '省机场集团'] });
    expect(units('省委办公厅、省委组织部、省委编办、省政府办公厅负责，省大数据局配合')).toMatchObject({ leads: ['省委办公厅', '省委组织部', '省委编办', '省政府办公厅'], partners: ['省大数据局'] });
    expect(units('省大数据局牵头，省有关部门具体实施')).toMatchObject({ leads: ['省大数据局'], partners: ['省有关部门'] });
  });

  it('keeps a unit whose name holds a role word whole', () => {
    expect(units('省十大新兴产业推进组工作专班牵头单位牵头，省十大新兴产业推进组工作专班成员单位按职责分工配合')).toMatchObject({
      leads: ['省十大新兴产业推进组工作专班牵头单位'],
      partners: ['省十大新兴产业推进组工作专班成员单位'],
    });
  });

  it('reads the unlabelled list of 07, dropping 等', () => {
    expect(units('扶贫办、发展改革委、人力资源社会保障部、商务部等和各有关省级人民政府负责')).toMatchObject({
      leads: ['扶贫办', '发展改革委', '人力资源社会保障部', '商务部', '各有关省级人民政府'],
    });
    // 和 inside a name is no separator.
    expect(units('扶贫办、中央和国家机关工委等和各省级人民政府负责')!.leads).toEqual(['扶贫办', '中央和国家机关工委', '各省级人民政府']);
  });

  it('gives units before a role the role after them', () => {
    expect(units('市司法局牵头，各区、县级市政府，市直各部门配合')).toMatchObject({ leads: ['市司法局'], partners: ['各区、县级市政府', '市直各部门'] });
  });

  it('reads a deadline and a score beside the units', () => {
    expect(units('5月底取得明显成效并持续推进，牵头考核单位：市审批服务局')).toEqual({ leads: ['市审批服务局'], partners: [], deadline: '5月底取得明显成效并持续推进', score: null });
    expect(units('持续优化，牵头考核单位：市住建局、审批服务局')).toMatchObject({ leads: ['市住建局', '审批服务局'], deadline: '持续优化' });
    expect(units('0.5分')).toEqual({ leads: [], partners: [], deadline: null, score: 0.5 });
    expect(units('完成时限：2022年底前')).toMatchObject({ deadline: '2022年底前' });
  });

  it('reads labelled parts a stop separates, and a labelled list whose words after it restate its role', () => {
    expect(units('完成时限：持续推进。责任部门：省工业和信息化厅、省财政厅、省税务局按职责分工负责')).toEqual({
      leads: ['省工业和信息化厅', '省财政厅', '省税务局'], partners: [], deadline: '持续推进', score: null,
    });
    expect(units('牵头单位：省人社厅；配合单位：省教育厅、省财政厅按职责配合')).toMatchObject({ leads: ['省人社厅'], partners: ['省教育厅', '省财政厅'] });
    // Words of another role are not the label's: the list does not read as units.
    expect(parseNote('配合单位：省教育厅牵头')).toBeNull();
  });

  it('reads 重点 before a label’s word as a weight, and a bureau’s leader (牵头局领导) as a person', () => {
    expect(units('重点责任部门：综合执法支队、环卫处、各县市区城管局')).toMatchObject({ leads: ['综合执法支队', '环卫处', '各县市区城管局'] });
    expect(units('牵头局领导：罗某')).toEqual({ leads: [], partners: [], deadline: null, score: null });
  });

  it('reads a note on after its stop only in labelled parts, units closed by a role and limits, not in sentences on how to read it', () => {
    expect(units('责任单位：省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同')).toEqual({
      leads: ['省发展改革委', '省市场监管局'], partners: [], deadline: null, score: null,
    });
    expect(units('市住建局负责。市自然资源局、市财政局配合')).toMatchObject({ leads: ['市住建局'], partners: ['市自然资源局', '市财政局'] });
    expect(units('责任单位：市环保局、市财政局，各镇街区。以下均需各镇街区落实，不再列出。完成时限：2027年底前')).toEqual({
      leads: ['市环保局', '市财政局', '各镇街区'], partners: [], deadline: '2027年底前', score: null,
    });
  });

  it('refuses brackets that are prose', () => {
    for (const content of ['试行', '2022-2024年', '2023年版', '含材料、装备、工具软件、设计、制造、封装、测试、配套服务等环节', '包括牵头单位自身', '草案', '以下简称“市司法局”', 'RCEP', '60%', '区', '街道']) {
      expect(parseNote(content), content).toBeNull();
    }
  });
});

describe('splitUnits and looksLikeUnit', () => {
  it('splits on 、 and ，, not inside brackets', () => {
    expect(splitUnits('省商务厅、合肥海关，省贸促会')).toEqual(['省商务厅', '合肥海关', '省贸促会']);
    expect(splitUnits('各省（区、市）人民政府、国务院有关部门')).toEqual(['各省（区、市）人民政府', '国务院有关部门']);
  });

  it('keeps places that share the body after them as one unit', () => {
    expect(splitUnits('各区、县级市政府')).toEqual(['各区、县级市政府']);
    expect(splitUnits('市、县（区）级党委')).toEqual(['市、县（区）级党委']);
    expect(splitUnits('省、市、县人民政府')).toEqual(['省、市、县人民政府']);
    // A unit of its own after the place keeps them apart.
    expect(splitUnits('各县（区）、各有关部门')).toEqual(['各县（区）', '各有关部门']);
    expect(splitUnits('市住建局、审批服务局')).toEqual(['市住建局', '审批服务局']);
  });

  it('tells names of bodies from prose', () => {
    for (const unit of ['省商务厅', '合肥海关', '扶贫办', '共青团中央', '全国妇联', '人行合肥中心支行', '省档案馆', '省科协', '各乡镇', '各县（区）', '各基层党组织']) expect(looksLikeUnit(unit), unit).toBe(true);
    for (const text of ['2022-2024年', '试行', '含材料', '以下简称“市司法局”', '加强监管。']) expect(looksLikeUnit(text), text).toBe(false);
  });
});

describe('findSentenceNotes: notes at the end of a sentence', () => {
  it('takes a note after the stop off the sentence', () => {
    const found = findSentenceNotes('建立RCEP国别商品税率对比清单，深化企业对RCEP重点国别关税减让的理解掌握。（合肥海关负责）');
    expect(found.text).toBe('建立RCEP国别商品税率对比清单，深化企业对RCEP重点国别关税减让的理解掌握。');
    expect(found.notes.map((n) => n.leads)).toEqual([['合肥海关']]);
  });

  it('takes a score bracket with the note after it', () => {
    const sentence = '通过数据共享，持续加大各类高频事项在一体化平台和“蒙速办"的集中高效办理。（0.5分）（5月底取得阶段性成效并持续推进，牵头考核单位：市审批服务局）';
    const found = findSentenceNotes(sentence);
    expect(found.text).toBe('通过数据共享，持续加大各类高频事项在一体化平台和“蒙速办"的集中高效办理。');
    expect(found.notes.map((n) => [n.score, n.leads, n.deadline?.month])).toEqual([[0.5, [], undefined], [null, ['市审批服务局'], 5]]);
    expect(sentence.slice(found.notes[0]!.start, found.notes[1]!.end)).toBe('（0.5分）（5月底取得阶段性成效并持续推进，牵头考核单位：市审批服务局）');
  });

  it('takes a note without a stop, or after a comma', () => {
    expect(findSentenceNotes('对标先进地区，梳理形成新一版高频应用事项目录，并接入“蒙速办"（5月底完成，牵头考核单位：市审批服务局）').text).toBe('对标先进地区，梳理形成新一版高频应用事项目录，并接入“蒙速办"');
    expect(findSentenceNotes('加强形势研判、技术论证和成效评估，打造数字政府生态圈，（持续推进，牵头考核单位：市委组织部、市人社局）').text).toBe('加强形势研判、技术论证和成效评估，打造数字政府生态圈，');
  });

  it('takes a note before the stop and keeps the stop', () => {
    const sentence = '推动部门主要业务系统与统一业务协同平台的对接，提升业务协同水平（省政府办公厅、省大数据局牵头，各有关部门分工负责）。';
    const found = findSentenceNotes(sentence);
    expect(found.text).toBe('推动部门主要业务系统与统一业务协同平台的对接，提升业务协同水平。');
    expect(found.end).toBe(sentence.length);
    expect(found.notes[0]).toMatchObject({ leads: ['省政府办公厅', '省大数据局'], partners: ['各有关部门'] });
  });

  it('leaves brackets that are prose in the sentence', () => {
    for (const sentence of [
      '推动落实X省实现法治政府建设率先突破的三年行动计划(2022-2024年)。',
      '贯彻落实《法治X建设规划(2021-2025年)》。',
      '开展企业智能车间（工厂）测试验证。',
      '组织发布不少于100场群众文化艺术辅导培训课程。（0.5分）',
      '司法部负责制定行政执法程序规范。',
    ]) {
      expect(findSentenceNotes(sentence)).toEqual({ text: sentence, end: sentence.length, notes: [] });
    }
  });

  it('leaves nothing of a sentence that is only a note', () => {
    expect(findSentenceNotes('（省商务厅负责）')).toMatchObject({ text: '', notes: [{ leads: ['省商务厅'] }] });
  });
});

describe('readNoteLine: labels with a level or a weight before their word', () => {
  it('reads 牵头责任单位, 主要协作单位, 市级配合单位 by their word, and a body that oversees as no unit of the task', () => {
    expect(readNoteLine('牵头责任单位：县文旅局、县财政局')).toMatchObject({ leads: ['县文旅局', '县财政局'], partners: [] });
    expect(readNoteLine('主要协作单位：各乡镇人民政府')).toMatchObject({ leads: [], partners: ['各乡镇人民政府'] });
    expect(readNoteLine('市级配合单位：市水务局')).toMatchObject({ leads: [], partners: ['市水务局'] });
    expect(readNoteLine('市级督导单位：市农业农村局')).toMatchObject({ leads: [], partners: [] });
  });

  it('reads a labelled limit written as a schedule, its first step giving the date', () => {
    expect(readNoteLine('完成时限：2024年5月底前开工，11月底前完工。')).toMatchObject({ deadline: { year: 2024, month: 5 } });
    expect(readNoteLine('完成时限：2020年4月底前落实好农村公益性公墓建设用地、办理完善用地相关手续等各项建设前期工作并开工建设，12月底前建成投入使用。')).toMatchObject({ deadline: { year: 2020, month: 4 } });
  });

  it('reads no label as a limit whose text opens with no date', () => {
    expect(readNoteLine('完成时限：根据省里要求确定')).toBeNull();
  });
});

describe('readNoteLine: notes on lines of their own', () => {
  it('reads labelled lines', () => {
    expect(readNoteLine('牵头单位：市司法局')).toMatchObject({ leads: ['市司法局'], partners: [] });
    expect(readNoteLine('配合单位：市政府办公室')).toMatchObject({ leads: [], partners: ['市政府办公室'] });
    expect(readNoteLine('完成时限：长期坚持')).toMatchObject({ deadline: { text: '长期坚持', ongoing: true } });
    expect(readNoteLine('责任单位：市司法局、市各行政执法部门，各乡镇按职责分工分别负责。')).toMatchObject({ leads: ['市司法局', '市各行政执法部门', '各乡镇'] });
    expect(readNoteLine('（牵头单位：市委编办）')).toMatchObject({ leads: ['市委编办'] });
  });

  it('leaves prose lines alone', () => {
    for (const line of [
      '日常监测：根据全市数字政府建设重点任务、重点项目，监测考评对象的落实情况。',
      '省经济和信息化厅会同省财政厅等单位制定具体实施细则或申报服务指南。',
      '本政策自2021年开始执行，由省经济和信息化厅负责解释。',
      '组　长：王清宪 省长',
      '（此件公开发布）',
    ]) {
      expect(readNoteLine(line), line).toBeNull();
    }
  });
});

describe('a document’s own unit rule and generic tails', () => {
  it('recognises the ways a plan says its first unit leads', () => {
    for (const text of ['排在第一位的部门为牵头部门，下同', '列第一位者为牵头单位', '排名第一的单位为牵头单位', '排在首位的为牵头单位', '排在第一位的为牵头单位']) {
      expect(statesFirstUnitLeads(text), text).toBe(true);
    }
    expect(statesFirstUnitLeads('省商务厅牵头，合肥海关配合')).toBe(false);
  });

  it('gives the first unit of a list the lead under the rule, and leaves explicit roles alone', () => {
    expect(parseNote('省发展改革委、省商务厅、省市场监管局按职责分工负责', true)).toMatchObject({ leads: ['省发展改革委'], partners: ['省商务厅', '省市场监管局'] });
    expect(parseNote('省发展改革委、省商务厅按职责分工负责')).toMatchObject({ leads: ['省发展改革委', '省商务厅'], partners: [] });
    expect(parseNote('省人社厅牵头，省教育厅、省财政厅配合', true)).toMatchObject({ leads: ['省人社厅'], partners: ['省教育厅', '省财政厅'] });
    expect(parseNote('省发展改革委、省商务厅按职责分工负责，排在第一位的为牵头单位，下同', true)).toMatchObject({ leads: ['省发展改革委'], partners: ['省商务厅'] });
  });

  it('drops 等有关部门, 等相关单位 and 等部门 after a named unit', () => {
    expect(splitUnits('商务部等有关部门')).toEqual(['商务部']);
    expect(splitUnits('市商务局、XX海关等相关单位')).toEqual(['市商务局', 'XX海关']);
    expect(splitUnits('国家发展改革委等部门')).toEqual(['国家发展改革委']);
    expect(splitUnits('各有关部门')).toEqual(['各有关部门']);
  });
});

describe('readNoteLine: a contact line', () => {
  it('reads a contact person with a telephone or a mailbox as a note that names nobody in the table', () => {
    expect(readNoteLine('联系人：陈善游，0791-86223994。')).toMatchObject({ leads: [], partners: [] });
    expect(readNoteLine('联系人：张三，电话：0791-86223994，邮箱：zhangsan@example.cn')).toMatchObject({ leads: [], partners: [] });
  });
});
