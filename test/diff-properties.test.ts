import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff } from '../src/diff/diff.js';
import { sideText, wording } from '../src/diff/wording.js';
import type { Change, ChangeKind, DiffReport, Document, Node } from '../src/model/index.js';
import { changeKey, diffFixtures } from './diff-helpers.js';
import { compileFile, CORPUS, hasCorpus, SEED } from './helpers.js';

const MIRROR: Record<ChangeKind, ChangeKind> = {
  unchanged: 'unchanged',
  renumbered: 'renumbered',
  reworded: 'reworded',
  moved: 'moved',
  split: 'merged',
  merged: 'split',
  added: 'removed',
  removed: 'added',
};

/** Every record of B→A, turned round to read as A→B. */
function mirrored(report: DiffReport): string[] {
  return report.changes.map((change) => `${changeKey({ kind: MIRROR[change.kind], old: change.new, new: change.old })} ${change.similarity}`).sort();
}

function keys(report: DiffReport): string[] {
  return report.changes.map((change) => `${changeKey(change)} ${change.similarity}`).sort();
}

function allIds(document: Document): string[] {
  const ids: string[] = [];
  const visit = (node: Node) => {
    ids.push(node.eId, ...node.obligations.map((o) => o.eId));
    node.children.forEach(visit);
  };
  [document.body, ...document.attachments.map((part) => part.body)].forEach((body) => body.forEach(visit));
  return ids;
}

const pairs: Array<[string, string, string]> = diffFixtures().map((f) => [f.name, f.old, f.new]);
if (hasCorpus) {
  for (const series of readdirSync(join(CORPUS, 'editions'), { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const files = readdirSync(join(CORPUS, 'editions', series.name)).filter((f) => f.endsWith('.txt')).sort();
    for (let i = 1; i < files.length; i++) pairs.push([`${series.name} ${files[i - 1]}→${files[i]}`, join(CORPUS, 'editions', series.name, files[i - 1]!), join(CORPUS, 'editions', series.name, files[i]!)]);
  }
}

describe('diff of an edition with itself', () => {
  const { document } = compileFile(SEED);
  const report = diff(document, document);

  it('reports no change, and says so', () => {
    expect(report.changed).toBe(false);
    expect(report.changes.filter((change) => change.kind !== 'unchanged')).toEqual([]);
    expect(report.summary.nodes.unchanged).toBe(45);
    expect(report.summary.obligations.changes.unchanged).toBe(120);
    expect(report.summary.citedDocuments).toEqual({ added: [], removed: [] });
    expect(report.summary.terms).toEqual({ added: [], removed: [], shifted: [] });
  });

  it('pairs every node with itself', () => {
    for (const change of report.changes) expect(change.old.map((s) => s.eId)).toEqual(change.new.map((s) => s.eId));
  });
});

describe.each(pairs)('diff A→B against B→A: %s', (_name, a, b) => {
  const A = compileFile(a).document;
  const B = compileFile(b).document;
  const forward = diff(A, B);
  const backward = diff(B, A);

  it('gives mirror results: added ↔ removed, split ↔ merged, the same pairs and similarities', () => {
    expect(mirrored(backward)).toEqual(keys(forward));
  });

  it('puts every node and obligation of both editions in exactly one record', () => {
    const count = (changes: Change[], side: 'old' | 'new') => changes.flatMap((change) => change[side].map((s) => s.eId)).filter((id) => !['front', 'preamble', 'closing'].includes(id));
    expect(count(forward.changes, 'old').sort()).toEqual(allIds(A).sort());
    expect(count(forward.changes, 'new').sort()).toEqual(allIds(B).sort());
  });

  it('gives every obligation record the node record it belongs to', () => {
    const byId = new Map(forward.changes.map((change) => [change.id, change]));
    for (const change of forward.changes.filter((c) => c.level === 'obligation')) {
      const holder = byId.get(change.within!)!;
      expect(holder.level).toBe('node');
      const node = change.new[0] ?? change.old[0]!;
      const sides = change.new[0] ? holder.new : holder.old;
      expect(sides.some((side) => node.eId.startsWith(`${side.eId}__obl_`))).toBe(true);
    }
  });
});

describe('wording', () => {
  // Chinese, punctuation, spaces and line breaks, characters of two UTF-16 units and a combining mark.
  const alphabet = ['法', '治', '建', '设', '十', '九', '二', '大', '，', '。', '《', '》', ' ', '\n', '𠮷', '𩸽', '😀', 'e\u0301', 'a', '1'];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((chars) => chars.join(''));

  it('rebuilds both texts exactly from its pieces', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const pieces = wording(a, b);
        expect(sideText(pieces, 'old')).toBe(a);
        expect(sideText(pieces, 'new')).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  it('never cuts a character written with two UTF-16 units, or a letter from its combining mark', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        for (const piece of wording(a, b)) {
          expect(piece.text).not.toMatch(/^[\uDC00-\uDFFF\u0300-\u036F]|[\uD800-\uDBFF]$/);
        }
      }),
      { numRuns: 500 },
    );
    expect(wording('𠮷祥', '𠮷利')).toEqual([
      { op: 'equal', text: '𠮷' },
      { op: 'delete', text: '祥' },
      { op: 'insert', text: '利' },
    ]);
  });

  it('shows a one-character change inside a word, and a replaced name whole', () => {
    expect(wording('认真落实省第十一次党代会部署', '认真落实省第十二次党代会部署')).toEqual([
      { op: 'equal', text: '认真落实省第十' },
      { op: 'delete', text: '一' },
      { op: 'insert', text: '二' },
      { op: 'equal', text: '次党代会部署' },
    ]);
    expect(wording('全面贯彻党的十九大和十九届历次全会精神', '全面贯彻党的二十大精神')).toEqual([
      { op: 'equal', text: '全面贯彻党的' },
      { op: 'delete', text: '十九大和十九届历次全会' },
      { op: 'insert', text: '二十大' },
      { op: 'equal', text: '精神' },
    ]);
  });

  it('shows a dropped title as one deletion, not as a replacement of the word after it', () => {
    expect(wording('加强《学习纲要》《学习问答》学习宣传工作', '加强《学习纲要》学习宣传工作')).toEqual([
      { op: 'equal', text: '加强《学习纲要》' },
      { op: 'delete', text: '《学习问答》' },
      { op: 'equal', text: '学习宣传工作' },
    ]);
  });

  it('reads a heavy rewording as a few replaced phrases, not one-character islands', () => {
    const pieces = wording('紧盯法治领域人民群众急难愁盼突出问题', '聚焦群众反映强烈的法治领域急难愁盼问题');
    expect(pieces.filter((piece) => piece.op === 'equal').every((piece) => Array.from(piece.text).length > 1)).toBe(true);
  });
});
