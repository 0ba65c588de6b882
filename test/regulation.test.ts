import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { diff } from '../src/diff/diff.js';
import { toSourceText } from '../src/emit/source-text.js';
import { allNodes } from '../src/model/index.js';
import { ROOT } from './helpers.js';

// A regulation written for the project: chapters, sections (节), articles, an article with
// enumerations, a chapter heading on the line of its first article, and closing articles.
const folder = `${ROOT}fixtures/parse/regulation-articles/`;
const text = readFileSync(`${folder}input.txt`, 'utf8');
const inserted = readFileSync(`${ROOT}fixtures/regulation/edition-article-inserted.txt`, 'utf8');

describe('a regulation numbered by chapter, section and article', () => {
  const { document, diagnostics } = compile(text, { path: 'regulation.txt' });

  it('compiles to chapters, sections, articles and their enumerations', () => {
    const tree = allNodes(document.body).map((node) => `${node.eId} ${node.kind} ${node.num.raw.trim()}`);
    expect(tree).toEqual([
      'sec_1 section 第一章', 'sec_1__item_1 item 第一条', 'sec_1__item_2 item 第二条', 'sec_1__item_3 item 第三条',
      'sec_2 section 第二章', 'sec_2__subsec_1 subsection 第一节', 'sec_2__subsec_1__item_4 item 第四条', 'sec_2__subsec_1__item_5 item 第五条',
      'sec_2__subsec_2 subsection 第二节', 'sec_2__subsec_2__item_6 item 第六条',
      'sec_2__subsec_2__item_6__subitem_1 subitem （一）', 'sec_2__subsec_2__item_6__subitem_2 subitem （二）', 'sec_2__subsec_2__item_6__subitem_3 subitem （三）',
      'sec_2__subsec_2__item_7 item 第七条',
      'sec_3 section 第三章', 'sec_3__item_8 item 第八条', 'sec_3__item_9 item 第九条',
      'sec_4 section 第四章', 'sec_4__item_10 item 第十条', 'sec_4__item_11 item 第十一条',
    ]);
    expect(document.body.map((node) => node.title)).toEqual(['总则', '规划与投放', '运营服务', '附则']);
    // Articles have no heading; the closing articles are articles, not the closing.
    expect(allNodes(document.body).filter((node) => /条/u.test(node.num.raw)).every((node) => node.title === null)).toBe(true);
    expect(document.closing).toEqual([]);
    expect(document.preamble).toEqual([]);
    expect(toSourceText(document)).toBe(text);
  });

  it('validates clean, and reports a missing article as a numbering gap', () => {
    expect(diagnostics).toEqual([]);
    const gap = compile(text.replace(/^第五条.*\n/mu, ''), { path: 'gap.txt' }).diagnostics;
    expect(gap.map((d) => [d.ruleId, d.message])).toEqual([['numbering-gap', 'item 第六条 follows a gap: 5 missing']]);
  });

  it('diffs against an edition with an article inserted: one added, the later articles renumbered, none reworded', () => {
    const { document: after, diagnostics: afterDiagnostics } = compile(inserted, { path: 'inserted.txt' });
    expect(afterDiagnostics).toEqual([]);
    const report = diff(document, after);
    const nodes = report.changes.filter((change) => change.level === 'node');
    expect(nodes.filter((change) => change.kind === 'added').map((change) => change.new[0]!.eId)).toEqual(['sec_1__item_3']);
    expect(nodes.filter((change) => change.kind === 'renumbered')).toHaveLength(9);
    expect(report.changes.filter((change) => change.reworded || change.kind === 'reworded' || change.kind === 'removed')).toEqual([]);
  });
});

it('reads a one-line chapter heading and a lone 第一条 in prose', () => {
  // A single 第一条 at the start of a plan's paragraph is prose: regulations have many articles.
  const plan = compile('XX区2024年工作要点\n一、总体要求\n第一条主线是推动高质量发展，全年完成各项任务。\n').document;
  expect(plan.body.map((node) => node.kind)).toEqual(['section']);
  expect(plan.body[0]!.children).toEqual([]);
});
