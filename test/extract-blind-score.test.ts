import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compile } from '../src/compile.js';
import { BlindSet, precision, recall, scoreBlind } from '../src/extract/score-extraction.js';
import { CORPUS, ROOT } from './helpers.js';

const PLAN = `关于X的实施方案

一、重点任务
（一）加强组织。各地要加强领导，推进试点。全省人均经费达到50元以上。
（二）完善机制。2025年底前建成平台。
（三）其他事项。开展评估。
`;

describe('scoring against a blind gold set', () => {
  const { document } = compile(PLAN, { path: 'plan.txt' });

  it('matches obligations by text without whitespace and scores boundaries over the listed nodes', () => {
    const gold = BlindSet.parse({
      source: 'plan.txt',
      nodes: ['（一）', '（二）'],
      obligations: [
        { node: '（一）', text: '各地要加强领导，推进 试点。', actions: ['加强', '推进'], modality: 'mandatory' },
        { node: '（二）', text: '2025年底前建成平台。', actions: ['建成'], deadlines: [{ text: '2025年底前', year: 2025, month: 12 }] },
      ],
    });
    const score = scoreBlind(document, gold);
    // The tool's third obligation of the listed nodes (the 50元 sentence) is not in the set; (三) is out of scope.
    expect(score.fields.boundaries).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(score.extra).toEqual(['全省人均经费达到50元以上。']);
    expect(score.fields.deadlines.tp).toBe(1);
    expect(score.fields.modality).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('takes an action held in the tool’s as a match, and a target when the spans overlap with the same number', () => {
    const gold = BlindSet.parse({
      source: 'plan.txt',
      nodes: ['（一）'],
      obligations: [
        { node: '（一）', text: '各地要加强领导，推进试点。', actions: ['加强', '推进'], modality: 'mandatory' },
        { node: '（一）', text: '全省人均经费达到50元以上。', targets: ['人均经费达到50元以上'] },
        { node: '（一）', text: '不存在的句子。', actions: ['开展'] },
      ],
    });
    const score = scoreBlind(document, gold);
    expect(score.missing).toEqual(['不存在的句子。']);
    expect(score.fields.boundaries).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(score.fields.actions.fn).toBeGreaterThanOrEqual(1);
    expect(recall(score.fields.boundaries)).toBeCloseTo(2 / 3);
    expect(precision(score.fields.boundaries)).toBe(1);
  });
});

describe('the blind gold sets themselves', () => {
  const blind = join(ROOT, 'fixtures/extract/blind');
  // Every folder of gold files, the held-out sets written later included.
  const files = readdirSync(blind, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap(({ name }) => readdirSync(join(blind, name)).filter((f) => f.endsWith('.yaml')).map((f) => join(name, f)));
  // Read only, never scored here: the held-out halves are scored by `npm run eval` alone.
  it.each(files)('%s follows the contract, and its texts are in its source', (file) => {
    const gold = BlindSet.parse(parse(readFileSync(join(blind, file), 'utf8')));
    const path = gold.source.startsWith('corpus:') ? join(CORPUS, gold.source.slice('corpus:'.length)) : join(ROOT, gold.source);
    if (!existsSync(path)) return; // a corpus document, and the corpus is not beside the project
    const joined = readFileSync(path, 'utf8').split('\n').map((line) => line.trim()).join('');
    // Unit notes are removed from the gold's texts, so a text is looked for piece by piece around them.
    const bare = joined.replace(/（[^（）]*(?:负责|牵头|配合|落实)[^（）]*）/gu, '');
    for (const { text } of gold.obligations) expect(joined.includes(text) || bare.includes(text), text).toBe(true);
  });
});
