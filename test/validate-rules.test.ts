import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { Config, RuleId, type Diagnostic, type Document, type Node } from '../src/model/index.js';
import { ruleById } from '../src/validate/rules/index.js';
import { severityOf, validate } from '../src/validate/validate.js';
import { ROOT } from './helpers.js';

/**
 * One folder per rule: `fires*.txt` with hand-written `fires*.expected.json` (the positions it
 * must report) and `passes*.txt` (where it must report nothing); `<case>.config.json` is the
 * configuration of a case, `<case>.leads.json` gives obligations (by eId) lead units, standing
 * in for the unit extraction.
 */
const FIXTURES = join(ROOT, 'fixtures/validate/rules');

const readJson = (path: string): unknown => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

/** Where a diagnostic points, as the expected files write it. */
const place = (d: Diagnostic) => ({ line: d.position?.start.line, column: d.position?.start.column, endLine: d.position?.end.line, endColumn: d.position?.end.column });

/** The document with lead units set on the obligations named. */
function withLeads(document: Document, leads: Record<string, string[]>): Document {
  const visit = (nodes: Node[]): Node[] =>
    nodes.map((node) => ({
      ...node,
      obligations: node.obligations.map((obligation) => ({ ...obligation, leads: leads[obligation.eId] ?? obligation.leads })),
      children: visit(node.children),
    }));
  return { ...document, body: visit(document.body), attachments: document.attachments.map((part) => ({ ...part, body: visit(part.body) })) };
}

/** Compiles a fixture case and validates it with its configuration and lead units. */
function runCase(folder: string, file: string): { config: Config; diagnostics: Diagnostic[] } {
  const base = join(folder, file.replace(/\.txt$/, ''));
  const config = Config.parse(readJson(`${base}.config.json`) ?? {});
  const leads = readJson(`${base}.leads.json`) as Record<string, string[]> | null;
  const { document } = compile(readFileSync(join(folder, file)), { path: file, config });
  return { config, diagnostics: validate(leads ? withLeads(document, leads) : document, { config }) };
}

describe('every rule', () => {
  it('has a fixture folder, and the folders are the rules', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual([...RuleId.options].sort());
  });
});

for (const id of RuleId.options) {
  describe(`rule ${id}`, () => {
    const folder = join(FIXTURES, id);
    const cases = existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.txt')) : [];

    it('has a case where it fires and one where it does not', () => {
      expect(cases.some((file) => file.startsWith('fires'))).toBe(true);
      expect(cases.some((file) => file.startsWith('passes'))).toBe(true);
    });

    for (const file of cases) {
      it(`${file}: ${file.startsWith('fires') ? 'reports the expected places' : 'reports nothing'}`, () => {
        const { config, diagnostics } = runCase(folder, file);
        if (file.startsWith('passes')) {
          // A passing example is clean under every rule, not only this one.
          expect(diagnostics.map((d) => `${d.ruleId} ${d.position?.start.line}`)).toEqual([]);
          return;
        }
        const expected = readJson(join(folder, file.replace(/\.txt$/, '.expected.json')));
        const found = diagnostics.filter((d) => d.ruleId === id);
        expect(found.map(place)).toEqual(expected);
        expect(new Set(found.map((d) => d.severity))).toEqual(new Set([severityOf(ruleById[id], config)]));
      });
    }
  });
}

describe('unplaced-text for numbers off the ladder', () => {
  it('warns about a numbered paragraph the parser could not place, which lands among the paragraphs of the node before', () => {
    const plan = ['XX市2024年工作要点', '一、总体要求', '1.推进重点工作。完成年度任务。', '2.加强组织领导。落实工作责任。', '10000.推进一项编号过长的工作。'].join('\n');
    const { document, diagnostics } = compile(`${plan}\n`);
    expect(document.body[0]!.children.map((node) => node.num.value)).toEqual([1, 2]);
    expect(diagnostics.filter((d) => d.ruleId === 'unplaced-text').map((d) => d.actual)).toEqual(['10000.']);
  });
});
