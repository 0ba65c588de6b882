import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compile } from '../src/compile.js';
import { ActionGold, addTally, FIELDS, GoldSet, precision, recall, scoreActions, scoreObligations, scoreUnitNotes, UnitGold, type Tally } from '../src/extract/score-extraction.js';
import { CORPUS, hasCorpus, ROOT } from './helpers.js';

/** The floor `npm run eval` holds the extraction to; a change that falls under it fails here. */
const FLOOR = 0.95;
const DIR = `${ROOT}fixtures/extract/`;
const cases = readdirSync(DIR).filter((name) => existsSync(`${DIR}${name}/gold.yaml`));

describe('extraction against the hand-written gold sets', () => {
  it('has the seed and the notations fixture', () => {
    expect(cases.sort()).toEqual(['notations', 'seed']);
  });

  const total = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Tally>;
  for (const name of cases) {
    it(`matches every obligation of ${name} and keeps each field at ${FLOOR} or more`, () => {
      const gold = GoldSet.parse(parse(readFileSync(`${DIR}${name}/gold.yaml`, 'utf8')));
      const { document } = compile(readFileSync(`${ROOT}${gold.source}`), { path: gold.source });
      const score = scoreObligations(document, gold.obligations);
      expect(score.missing).toEqual([]);
      expect(score.extra).toEqual([]);
      for (const field of FIELDS) {
        const t = score.fields[field];
        addTally(total[field]!, t);
        expect(precision(t), `${name} ${field} precision`).toBeGreaterThanOrEqual(FLOOR);
        expect(recall(t), `${name} ${field} recall`).toBeGreaterThanOrEqual(FLOOR);
      }
    });
  }

  it('holds every notation of the fixture in its gold set', () => {
    const gold = GoldSet.parse(parse(readFileSync(`${DIR}notations/gold.yaml`, 'utf8')));
    const input = readFileSync(`${DIR}notations/input.txt`, 'utf8');
    for (const notation of ['（牵头单位：', '，配合单位：', '（责任单位：', '（牵头考核单位：', '牵头，', '配合）', '负责）', '按职责分工负责', '等和各', '（0.5分）（', '持续推进，牵头考核单位', '\n牵头单位：', '\n责任单位：', '\n完成时限：', '各乡镇按职责分工分别负责。', '各区、县级市政府']) {
      expect(input, notation).toContain(notation);
    }
    const deadlines = gold.obligations.map((o) => o.deadline?.text).filter(Boolean);
    for (const written of ['2023年底前', '6月底前完成', '持续推进', '长期坚持', '到2025年']) expect(deadlines).toContain(written);
    expect(input.split('\n').filter((line) => /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/u.test(line)).length).toBeGreaterThanOrEqual(20);
  });
});

describe.runIf(hasCorpus)('unit notes of the corpus documents, found by reading them', () => {
  const dir = `${DIR}corpus-units/`;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    it(`extracts every note of ${file.slice(0, 2)} with its split, and invents none`, () => {
      const gold = UnitGold.parse(parse(readFileSync(`${dir}${file}`, 'utf8')));
      const base = gold.document.startsWith('fixtures/') ? ROOT : CORPUS;
      const { document } = compile(readFileSync(`${base}${gold.document}`), { path: gold.document });
      const score = scoreUnitNotes(document, gold);
      expect(score.missing).toEqual([]);
      expect(score.extra).toEqual([]);
      expect(score.coverage).toEqual([]);
    });
  }

  it(`finds the actions of 03 and 04 read without the tool, at ${FLOOR} or more`, () => {
    for (const file of readdirSync(`${DIR}corpus-actions/`)) {
      const gold = ActionGold.parse(parse(readFileSync(`${DIR}corpus-actions/${file}`, 'utf8')));
      const t = scoreActions(compile(readFileSync(`${CORPUS}${gold.document}`), { path: gold.document }).document, gold);
      expect(t.tp).toBeGreaterThan(50);
      expect(Math.min(precision(t), recall(t)), file).toBeGreaterThanOrEqual(FLOOR);
    }
  });

  it('finds the 68 and 33 notes of the Shandong editions (before and after the stop)', () => {
    const counts = ['2019', '2021'].map((year) => {
      const path = `${CORPUS}editions/shandong-digital-shandong-action-plan/${year}.txt`;
      return scoreUnitNotes(compile(readFileSync(path), { path }).document, { document: path, notes: [], coverage: [], wholeNodes: [] }).fp;
    });
    expect(counts).toEqual([68, 33]);
  });

  it('finds no notes in the documents without units (06, 09)', () => {
    for (const name of ['06-state-council-2018-three-enforcement-systems-guiding-opinions.txt', '09-beijing-2022-data-zone-guiding-opinions.txt']) {
      const { document } = compile(readFileSync(`${CORPUS}documents/${name}`), { path: name });
      const score = scoreUnitNotes(document, { document: name, notes: [], coverage: [], wholeNodes: [] });
      expect(score.extra, name).toEqual([]);
    }
  });
});
