import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/index.js';
import { CORPUS, compileFile, hasCorpus, ROOT, SEED } from './helpers.js';

const at = (d: Diagnostic) => ({ ruleId: d.ruleId, severity: d.severity, line: d.position?.start.line, column: d.position?.start.column });

describe('validate on the seed', () => {
  it('finds the one real problem of the seed: the mixed-width brackets of 市县(区）', () => {
    const { diagnostics } = compileFile(SEED);
    // Line 3 is item 1; `(区）` opens with ASCII ( at the 47th character and closes full-width.
    expect(diagnostics.map(at)).toEqual([{ ruleId: 'mixed-width-bracket', severity: 'warning', line: 3, column: 47 }]);
    expect(diagnostics[0]!.position!.end).toMatchObject({ line: 3, column: 50 });
  });
});

describe('validate on a broken 2023 edition of the seed (fixtures/validate/edition)', () => {
  it('reports the gap, the duplicate and the skipped level at their lines, the duplicate as an error', () => {
    const folder = join(ROOT, 'fixtures/validate/edition');
    const { diagnostics } = compileFile(join(folder, '2023-quanmian-yifa-zhishi.txt'));
    expect(diagnostics.map(at)).toEqual(JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')));
  });
});

describe.skipIf(!hasCorpus)('validate on the corpus', () => {
  // The describe body runs even when skipped: read the corpus only when it is there.
  const folders = hasCorpus ? ['documents', ...readdirSync(join(CORPUS, 'editions')).map((series) => join('editions', series))] : [];
  const files = folders.flatMap((folder) =>
    readdirSync(join(CORPUS, folder))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(folder, name)),
  );
  const results = new Map(files.map((file) => [file, compileFile(join(CORPUS, file)).diagnostics]));
  const find = (name: string) => [...results].find(([file]) => file.includes(name))![1];

  it('finds no errors in any published document or edition', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const [file, diagnostics] of results) {
      expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${file}:${d.position?.start.line} ${d.ruleId}`)).toEqual([]);
    }
  });

  it('08: the published deletion of table rows 15–20 is a gap after row 14, under a 军民融合 group left empty', () => {
    const diagnostics = find('08-state-council').filter((d) => d.ruleId !== 'unplaced-text');
    expect(diagnostics.map(at)).toEqual([
      { ruleId: 'node-without-obligations', severity: 'warning', line: 100, column: 1 },
      { ruleId: 'numbering-gap', severity: 'warning', line: 102, column: 1 },
    ]);
    expect(diagnostics[1]).toMatchObject({ expected: '15', actual: '21' });
  });

  it('05: the boxed 专栏 titles are text the parser could not place; 08: its flattened task table is placed', () => {
    const lines = (name: string) => find(name).filter((d) => d.ruleId === 'unplaced-text').map((d) => d.position!.start.line);
    // 08's table header (序号 … 推广范围) is the table's header and its rows are items: nothing is left unplaced.
    expect(lines('08-state-council')).toEqual([]);
    // The twelve 专栏 boxes of the action plan, each opening with its title line.
    const text = readFileSync(join(CORPUS, 'documents/05-anhui-2021-industrial-internet-policy-and-action-plan.txt'), 'utf8').split('\n');
    const boxes = text.flatMap((line, i) => (/^\s*专栏\d+\s/.test(line) ? [i + 1] : []));
    expect(boxes).toHaveLength(12);
    expect(lines('05-anhui-2021')).toEqual(boxes);
  });

  it('04: items 22–24 directly under 三、保障措施 skip the （一） level the plan uses above', () => {
    expect(find('04-anhui').map(at)).toEqual([{ ruleId: 'skipped-level', severity: 'warning', line: 76, column: 3 }]);
  });

  it('03: every “…" quote closed by an ASCII quote is reported, and only those', () => {
    const text = readFileSync(join(CORPUS, 'documents/03-baotou-2022-digital-gov-assessment.txt'), 'utf8').split('\n');
    const pairs = text.flatMap((line, i) => [...line.matchAll(/“[^“”"]*"/g)].map((m) => `${i + 1}:${m.index! + 1}`));
    const found = find('03-baotou').filter((d) => d.ruleId === 'mixed-width-bracket');
    expect(found.map((d) => `${d.position!.start.line}:${d.position!.start.column}`)).toEqual(pairs);
    expect(pairs.length).toBeGreaterThan(60);
  });
});
