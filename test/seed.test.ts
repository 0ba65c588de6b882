import { describe, expect, it } from 'vitest';
import { compileFile, SEED } from './helpers.js';

const { document, diagnostics } = compileFile(SEED);
const sections = document.body;
const items = sections.flatMap((section) => section.children);

describe('the seed plan (2022 全面依法治市工作要点)', () => {
  it('has the 总体要求 paragraph as its preamble and no front', () => {
    expect(document.front).toEqual([]);
    expect(document.preamble).toHaveLength(1);
    expect(document.preamble[0]!.text).toMatch(/^2022年，全面依法治市工作的总体要求是/);
    expect(document.year).toBe(2022);
  });

  it('has eight sections with their exact titles', () => {
    expect(sections.map((s) => `${s.num.raw}${s.title}`)).toEqual([
      '一、推动学习贯彻XXX法治思想走深走实，全面引领更高水平法治X建设',
      '二、全面加强党对全面依法治市的集中统一领导，充分发挥党总揽全局、协调各方的领导核心作用',
      '三、围绕具有影响力“五个XX”建设，强化法治保障和服务工作',
      '四、提高立法质量和效率，完善地方法规规章制度体系',
      '五、聚焦法治政府建设率先取得突破，努力构建职责明确、依法行政的政府治理体系',
      '六、深化司法体制综合配套改革，加强公正高效权威司法',
      '七、深入推进全民守法，提高法治社会建设水平',
      '八、加强法治人才培养，建设高素质法治工作队伍',
    ]);
    expect(sections.every((s) => s.kind === 'section')).toBe(true);
  });

  it('has items 1–37 under the right sections', () => {
    expect(sections.map((s) => s.children.length)).toEqual([4, 5, 3, 3, 7, 5, 7, 3]);
    expect(items.map((i) => i.num.value)).toEqual(Array.from({ length: 37 }, (_, k) => k + 1));
    expect(items.every((i) => i.kind === 'item' && i.children.length === 0 && i.blocks.length === 0)).toBe(true);
  });

  it('takes the short lead sentence as title, and none from items 14 and 26', () => {
    const byNumber = new Map(items.map((i) => [i.num.value, i]));
    expect(byNumber.get(1)!.title).toBe('深化XXX法治思想学习培训');
    expect(byNumber.get(33)!.title).toBe('增强社会安全感');
    expect(items.filter((i) => i.title !== null)).toHaveLength(35);
    for (const n of [14, 26]) {
      expect(byNumber.get(n)!.title).toBeNull();
    }
    expect(byNumber.get(14)!.label).toBe('聚焦服务全市经济社会大局');
    expect(byNumber.get(26)!.label).toBe('加强纪法协同衔接');
  });

  it('keeps the last paragraph as closing, not part of item 37', () => {
    expect(document.closing.map((b) => b.text.slice(0, 13))).toEqual(['市委全面依法治市委员会负责']);
    expect(items.at(-1)!.text).not.toContain('市委全面依法治市委员会');
  });

  it('has 120 obligations, one per sentence after each title', () => {
    expect(items.reduce((n, i) => n + i.obligations.length, 0)).toBe(120);
    expect(items[0]!.obligations.map((o) => o.text)).toEqual([
      '研究制定学习贯彻XXX法治思想新方式新举措，推动建立落实市县(区）镇（街道）三级党委(党组)理论学习中心组学习XXX法治思想常态化机制，举办领导干部学习贯彻XXX法治思想专题培训班，深化法治工作部门全战线、全覆盖培训轮训。',
    ]);
  });

  it('compiles without errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
