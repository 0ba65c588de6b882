import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { diff } from '../src/diff/diff.js';

const edition = (text: string) => compile(text, { path: 'plan.txt' }).document;
/** The node records that are not unchanged, as `kind old-paths → new-paths`. */
const nodeChanges = (before: string, after: string) =>
  diff(edition(before), edition(after))
    .changes.filter((c) => c.level === 'node' && c.kind !== 'unchanged' && c.kind !== 'renumbered')
    .map((c) => `${c.kind} ${c.old.map((s) => s.path).join('+')} → ${c.new.map((s) => s.path).join('+')}`);

describe('alignment in plans that are hard to match', () => {
  it('reports a moved task as moved when a related new task takes its old place', () => {
    const water = [
      '二、深入打好碧水保卫战',
      '5.推进饮用水水源地规范化建设。完成县级以上集中式饮用水水源地环境问题排查整治。',
      '6.加强工业园区水污染治理。推进工业园区污水集中处理设施建设和稳定运行。',
      '7.推进城镇污水管网建设。新建改造城镇污水管网120公里。',
    ];
    const oldItem = '开展入河排污口排查整治。完成XX河、XX江干流入河排污口排查，建立排污口整治清单，分类推进整治。';
    const newItem = '开展重点河湖水质提升行动。对XX河、XX江干流水质不达标断面开展溯源排查，建立问题清单，分类推进整治。';
    const watch = ['四、加强生态保护和监管', '13.强化自然保护地监管。开展自然保护地强化监督。', '14.推进生物多样性保护。开展全市生物多样性本底调查。', '15.加强生态环境执法。开展生态环境执法大练兵。'];
    const before = [...water, `8.${oldItem}`, ...watch, ''].join('\n');
    const after = [...water, `8.${newItem}`, ...watch, `16.${oldItem}`, ''].join('\n');
    expect(nodeChanges(before, after)).toEqual(['added  → 二、 › 8.', 'moved 二、 › 8. → 四、 › 16.']);
  });

  it('pairs the tasks of each district when a plan repeats them per district', () => {
    const district = (name: string, place: string, first: string) =>
      `${name}\n1.${first}\n2.推进生活垃圾分类。${place}生活垃圾分类覆盖率达到90%。\n3.加强停车设施建设。${place}新增公共停车泊位500个。\n`;
    const same = (place: string) => `推进城镇老旧小区改造。完成${place}老旧小区改造任务，同步完善配套设施。`;
    const before = [district('一、东湖区工作', '东湖', same('东湖')), district('二、西湖区工作', '西湖', same('西湖')), district('三、南湖区工作', '南湖', same('南湖'))].join('');
    const reworded = '推进城镇老旧小区改造提质。聚焦群众急难愁盼问题，完成东湖老旧小区改造任务，加装电梯50部，打造完整社区。';
    const after = [district('一、东湖区工作', '东湖', reworded), district('二、西湖区工作', '西湖', same('西湖')), district('三、南湖区工作', '南湖', same('南湖'))].join('');
    expect(nodeChanges(before, after)).toEqual(['reworded 一、 › 1. → 一、 › 1.']);
  });
});
