import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { diff } from '../src/diff/diff.js';
import type { Document } from '../src/model/index.js';

// One parent of many parts, the shape that made the alignment cubic: every pair of siblings was
// scored, and each score looked at every sibling again. Linear work takes about 4× as long for
// 4× the parts; the bound of 6× leaves room for a busy machine and for sorting.
const GROWTH_BOUND = 6;
const CHARS = '政务服务标准建设考核办法监管平台数据共享应用安全体系机制改革创新试点示范基层治理法治宣传教育培训执法检查督促落实环境保护交通医疗养老就业住房文化旅游科技金融农业水利能源信息网络';

/** A distinct phrase for each number: two characters picked by its digits in base CHARS.length. */
function name(i: number): string {
  const n = CHARS.length;
  return `${CHARS[i % n]}${CHARS[Math.floor(i / n) % n]}${CHARS[(i * 7 + 3) % n]}`;
}

/** A task sentence of its own for each number. */
function sentence(i: number, edited = false): string {
  return `推进${name(i)}专项工作，完善${name(i + 5000)}${edited ? '长效' : ''}机制，落实${name(i + 9000)}责任。`;
}

/** One section of n items, or one item of n sentences; the new edition edits every tenth part. */
function editions(shape: 'items' | 'sentences', n: number): [Document, Document] {
  const text = (edited: boolean) =>
    shape === 'items'
      ? `一、总体要求\n${Array.from({ length: n }, (_, i) => `${i + 1}.${name(i)}建设。${sentence(i, edited && i % 10 === 0)}`).join('\n')}\n`
      : `一、总体要求\n1.加强领导。${Array.from({ length: n }, (_, i) => sentence(i, edited && i % 10 === 0)).join('')}\n`;
  return [compile(text(false)).document, compile(text(true)).document];
}

/** Fewest CPU milliseconds of three runs (other work on the machine only adds time). */
function cpuTime(work: () => void): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('diff of one parent of many parts grows about linearly', () => {
  for (const shape of ['items', 'sentences'] as const) {
    it(`one ${shape === 'items' ? 'section of n items' : 'item of n sentences'}: 4n within ${GROWTH_BOUND}× the time of n`, () => {
      const [a, b] = editions(shape, 250);
      const [c, d] = editions(shape, 1000);
      const report = diff(c, d, { wording: false });
      // Every part is found again: the edited tenth reworded, the rest unchanged.
      const level = shape === 'items' ? 'node' : 'obligation';
      const counts = report.changes.filter((change) => change.level === level && change.old.length && change.new.length).length;
      expect(counts).toBeGreaterThanOrEqual(1000);
      // The least ratio of up to three pairs of measurements: work landing in one of them (a
      // collection, another test file on the other core) only ever raises it, as in growth.ts.
      let ratio = Infinity;
      for (let pair = 0; pair < 3 && ratio > GROWTH_BOUND; pair++) {
        const small = cpuTime(() => diff(a, b, { wording: false }));
        const large = cpuTime(() => diff(c, d, { wording: false }));
        ratio = Math.min(ratio, large / small);
      }
      expect(ratio).toBeLessThanOrEqual(GROWTH_BOUND);
    }, 120_000);
  }
});
