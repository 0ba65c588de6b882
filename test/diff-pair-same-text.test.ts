import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { alignState } from '../src/diff/align-state.js';
import { pairSameText } from '../src/diff/pair-within.js';
import { scorer } from '../src/diff/similarity.js';
import { editionUnits } from '../src/diff/units.js';

const units = (items: string[], side: 'old' | 'new') =>
  editionUnits(compile(`一、任务\n${items.map((item, k) => `${k + 1}.${item}`).join('\n')}\n`, { path: `${side}.txt` }).document, side).nodes.filter((unit) => unit.kind === 'item');

describe('pairing members with the same text before any comparison', () => {
  it('pairs a text found once on each side, whatever its place, and leaves repeated and changed texts to the assignment', () => {
    const old = units(['推进数据共享。', '完善考核办法。', '开展执法检查。', '开展执法检查。', '加强队伍建设。'], 'old');
    const next = units(['完善考核办法。', '推进数据共享。', '开展执法检查。', '加强干部队伍建设。'], 'new');
    const state = alignState({ old, new: next, scorer: scorer(old, next), members: () => [], parents: [], parentGroup: () => undefined, recursive: false }, new Map());
    const found = pairSameText(state, old, next).map((group) => `${group.old[0]!.text} ${group.old[0]!.num}→${group.new[0]!.num} ${group.similarity}`);
    expect(found).toEqual(['推进数据共享。 1.→2. 1', '完善考核办法。 2.→1. 1']);
    expect(state.alone(old[2]!) && state.alone(old[3]!) && state.alone(old[4]!) && state.alone(next[2]!)).toBe(true);
  });
});
