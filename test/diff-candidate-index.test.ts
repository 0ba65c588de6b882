import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { CANDIDATES, EXHAUSTIVE_UP_TO } from '../src/diff/candidate-index.js';
import { scorer } from '../src/diff/similarity.js';
import { editionUnits } from '../src/diff/units.js';

const CHARS = '政务服务标准建设考核办法监管平台数据共享应用安全体系机制改革创新试点示范基层治理法治宣传教育培训执法检查督促落实环境保护交通医疗养老就业住房文化旅游科技金融农业水利能源信息网络';
const name = (i: number) => `${CHARS[i % CHARS.length]}${CHARS[Math.floor(i / CHARS.length) % CHARS.length]}${CHARS[(i * 7 + 3) % CHARS.length]}`;

/** Units of two editions of one section of n items; the new one rewords every item a little. */
function units(n: number) {
  const text = (edited: boolean) =>
    `一、总体要求\n${Array.from({ length: n }, (_, i) => `${i + 1}.${name(i)}建设。推进${name(i)}专项工作，完善${name(i + 5000)}${edited ? '长效' : ''}机制，落实${name(i + 9000)}责任。`).join('\n')}\n`;
  const old = editionUnits(compile(text(false)).document, 'old').nodes.filter((unit) => unit.kind === 'item');
  const next = editionUnits(compile(text(true)).document, 'new').nodes.filter((unit) => unit.kind === 'item');
  return { old, next, score: scorer(old, next) };
}

describe('candidate index', () => {
  it('searches a short list whole, the unit itself left out', () => {
    const { old, score } = units(20);
    const near = score.index(old).near(old[3]!);
    expect(near).toHaveLength(19);
    expect(near).not.toContain(old[3]);
  });

  it(`in a list longer than ${EXHAUSTIVE_UP_TO}, finds each unit's counterpart among at most ${CANDIDATES} candidates, the counterpart first`, () => {
    const { old, next, score } = units(600);
    const index = score.index(next);
    let first = 0;
    for (const [k, unit] of old.entries()) {
      const near = index.near(unit);
      expect(near.length).toBeLessThanOrEqual(CANDIDATES);
      expect(near).toContain(next[k]);
      if (near[0] === next[k]) first++;
    }
    expect(first).toBe(old.length);
  });

  it('gives distinctness from the index: the most alike other unit of the same edition', () => {
    const { old, score } = units(600);
    // Exhaustively, for a sample: the index finds the same maximum.
    for (const unit of old.filter((_, k) => k % 60 === 0)) {
      const exhaustive = Math.max(...old.filter((other) => other !== unit).map((other) => score.similarity(unit, other)));
      expect(score.distinctness(unit)).toBeCloseTo(exhaustive, 9);
    }
  });
});
