import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorePairFile, WORK_REPORT_PAIRS, type Score } from './diff-pair-scores.js';
import { CORPUS, hasCorpus } from './helpers.js';

const folder = join(CORPUS, 'editions/state-council-government-work-report');
const percent = (score: Score) => `precision ${(100 * score.precision).toFixed(0)}% recall ${(100 * score.recall).toFixed(0)}% (${score.right} of ${score.claimed} claimed, ${score.gold} read)`;

/**
 * The least precision and recall each pair of editions must keep (nodes, sentences): the figures
 * measured when the pairs were read, rounded down, so that a change of the matching rules that
 * loses matches fails here. README gives the figures.
 */
const FLOORS: Record<string, { nodes: [number, number]; sentences: [number, number] }> = {
  '2016.txt': { nodes: [1, 1], sentences: [0.8, 0.8] },
  '2017.txt': { nodes: [0.9, 1], sentences: [0.75, 0.68] },
  '2018.txt': { nodes: [1, 1], sentences: [0.73, 0.73] },
};

describe.runIf(hasCorpus)('node and sentence matches of the government work reports against pairs read by hand', () => {
  const scores = hasCorpus ? WORK_REPORT_PAIRS.map((path) => scorePairFile(path, folder)) : [];

  it('has at least 20 pairs read by hand for each pair of consecutive editions', () => {
    expect(scores.map((score) => score.file.nodes.length + score.file.sentences.length).every((n) => n >= 20)).toBe(true);
  });

  it.each(['2016.txt', '2017.txt', '2018.txt'])('keeps the precision and recall measured for %s and the next edition', (old) => {
    const score = scores.find((s) => s.file.old === old)!;
    process.stdout.write(`${old} → ${score.file.new}: nodes ${percent(score.nodes)}; sentences ${percent(score.sentences)}\n`);
    const floor = FLOORS[old]!;
    expect([score.nodes.precision, score.nodes.recall]).toSatisfy(([p, r]: number[]) => p! >= floor.nodes[0] && r! >= floor.nodes[1]);
    expect([score.sentences.precision, score.sentences.recall]).toSatisfy(([p, r]: number[]) => p! >= floor.sentences[0] && r! >= floor.sentences[1]);
  });

  it('finds 2017 （三）进一步释放国内需求潜力 in 2018 （七）积极扩大消费和促进有效投资, by where its sentences went', () => {
    const score = scores.find((s) => s.file.old === '2017.txt')!;
    expect(score.nodes.missed).toEqual([]);
    const record = score.report.changes.find((change) => change.level === 'node' && change.old.some((side) => side.label.includes('进一步释放国内需求潜力')))!;
    expect(record.new.map((side) => side.label)).toContain('积极扩大消费和促进有效投资');
    expect(record.lowConfidence).toBe(true);
  });

  // Known gap: the short lead sentences share more with a sibling (`大力推进社会体制改革`, 0.38) than with their counterpart (0.24).
  it.fails('pairs 2016 大力推进国有企业改革 with 2017 深入推进国企国资改革 (not yet)', () => {
    const score = scores.find((s) => s.file.old === '2016.txt')!;
    expect(score.sentences.missed.filter((pair) => pair.startsWith('大力推进国有企业改革'))).toEqual([]);
  });
});
