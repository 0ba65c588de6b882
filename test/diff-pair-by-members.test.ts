import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import type { Alignment, Group } from '../src/diff/align.js';
import { pairByMembers } from '../src/diff/pair-by-members.js';
import { scorer } from '../src/diff/similarity.js';
import { editionUnits, type Unit } from '../src/diff/units.js';

/** Two editions of four sections of four sentences each; the alignments are made by hand so that only the step is tested. */
const text = (titles: string[]) =>
  titles.map((title, s) => `${'一二三四'[s]}、${title}\n${[1, 2, 3, 4].map((k) => `推进第${s}组第${k}项工作。`).join('')}\n`).join('');
const old = editionUnits(compile(text(['甲', '乙', '丙', '丁']), { path: 'old.txt' }).document, 'old');
const next = editionUnits(compile(text(['子', '丑', '寅', '卯']), { path: 'new.txt' }).document, 'new');
const sections = (units: { nodes: Unit[] }) => units.nodes.filter((unit) => unit.kind === 'section');

/** Sentence k of old section i matched with sentence k of new section j, for each [i, j, sentences]. */
function sentencesFollow(links: Array<[number, number, number[]]>): Alignment {
  const alignment: Alignment = new Map();
  for (const [i, j, ks] of links) {
    for (const k of ks) {
      const group: Group = { how: 'pair', old: [sections(old)[i]!.obligations[k]!], new: [sections(next)[j]!.obligations[k]!], similarity: 0.5 };
      alignment.set(group.old[0]!, group).set(group.new[0]!, group);
    }
  }
  return alignment;
}
const step = (links: Array<[number, number, number[]]>, nodes: Alignment = new Map()) =>
  pairByMembers(old.nodes, next.nodes, nodes, sentencesFollow(links), scorer(old.nodes, next.nodes)).map(
    (group) => `${group.how} ${group.old.map((unit) => unit.label).join('+')} → ${group.new.map((unit) => unit.label).join('+')}`,
  );

describe('pairing nodes by where their sentences went', () => {
  it('pairs two nodes left alone when enough of their sentences match each other', () => {
    expect(sections(old).map((unit) => unit.obligations.length)).toEqual([4, 4, 4, 4]);
    expect(step([[0, 2, [0, 1]], [3, 3, [2]]])).toEqual(['pair 甲 → 寅']);
  });

  it('leaves nodes that share one sentence, or that are already aligned', () => {
    expect(step([[1, 1, [0]]])).toEqual([]);
    const aligned: Alignment = new Map();
    const group: Group = { how: 'pair', old: [sections(old)[0]!], new: [sections(next)[0]!], similarity: 0.5 };
    aligned.set(group.old[0]!, group).set(group.new[0]!, group);
    expect(step([[0, 2, [0, 1]]], aligned)).toEqual([]);
  });

  it('finds a split and a merge by sentences', () => {
    expect(step([[0, 0, [0, 1]], [0, 1, [2, 3]]])).toEqual(['split 甲 → 子+丑']);
    expect(step([[2, 3, [0, 1]], [3, 3, [2, 3]]])).toEqual(['merge 丙+丁 → 卯']);
  });

  it('gives a node that sent sentences to two taken elsewhere the one that took most', () => {
    expect(step([[0, 0, [0, 1, 2]], [0, 1, [3]], [1, 1, [0, 1, 2]]])).toEqual(['pair 甲 → 子', 'pair 乙 → 丑']);
  });
});
