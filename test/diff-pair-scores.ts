import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { diff } from '../src/diff/diff.js';
import type { Document, DiffReport, Node } from '../src/model/index.js';
import { compileFile, ROOT } from './helpers.js';

/** Counterparts established by reading two editions: pieces of node titles and of sentences, new side null when there is none. */
export interface PairFile {
  old: string;
  new: string;
  nodes: Array<[string, string | null]>;
  sentences: Array<[string, string | null]>;
}

/** Precision and recall of one level's matches against the pairs read by hand. */
export interface Score {
  /** pairs read by hand (null sides not counted) */
  gold: number;
  /** pairs the diff claims that touch a part of the hand-read set */
  claimed: number;
  /** claimed pairs that are hand-read pairs */
  right: number;
  precision: number;
  recall: number;
  /** the hand-read pairs the diff missed, and the claims it made that are not hand-read pairs */
  missed: string[];
  wrong: string[];
}

/** The hand-read pair files of the government work reports, in order. */
export const WORK_REPORT_PAIRS = ['2016-2017', '2017-2018', '2018-2019'].map((name) => join(ROOT, 'fixtures/diff-pairs/work-reports', `${name}.yaml`));

/** Reads a pair file. */
export function readPairs(path: string): PairFile {
  return parse(readFileSync(path, 'utf8')) as PairFile;
}

function nodesOf(document: Document): Node[] {
  const out: Node[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(document.body);
  return out;
}

/** The one eId whose text holds the piece; throws when none or several do (the pair file is then wrong). */
function locate(entries: Array<{ eId: string; text: string }>, piece: string, where: string): string {
  const found = entries.filter((entry) => entry.text.includes(piece));
  if (found.length !== 1) throw new Error(`${where}: "${piece}" is in ${found.length} places (${found.map((entry) => entry.eId).join(', ')})`);
  return found[0]!.eId;
}

/** Scores one level: the report's pairs (old × new of each record that is not added or removed) against the gold pairs. */
function score(report: DiffReport, level: 'node' | 'obligation', gold: Array<[string, string | null]>, label: Map<string, string>): Score {
  const goldPairs = new Set(gold.filter(([, b]) => b !== null).map(([a, b]) => `${a} ${b}`));
  const oldScope = new Set(gold.map(([a]) => a));
  const newScope = new Set(gold.flatMap(([, b]) => (b === null ? [] : [b])));
  const claims = new Set<string>();
  for (const change of report.changes) {
    if (change.level !== level || change.kind === 'added' || change.kind === 'removed') continue;
    for (const a of change.old) for (const b of change.new) if (oldScope.has(`o:${a.eId}`) || newScope.has(`n:${b.eId}`)) claims.add(`o:${a.eId} n:${b.eId}`);
  }
  const right = [...claims].filter((claim) => goldPairs.has(claim)).length;
  const name = (pair: string) => pair.split(' ').map((side) => label.get(side) ?? side).join(' → ');
  return {
    gold: goldPairs.size,
    claimed: claims.size,
    right,
    precision: claims.size === 0 ? 1 : right / claims.size,
    recall: goldPairs.size === 0 ? 1 : right / goldPairs.size,
    missed: [...goldPairs].filter((pair) => !claims.has(pair)).map(name),
    wrong: [...claims].filter((claim) => !goldPairs.has(claim)).map(name),
  };
}

/** Compiles the two editions of a pair file from a folder, diffs them and scores node and sentence matches. */
export function scorePairFile(path: string, folder: string): { file: PairFile; report: DiffReport; nodes: Score; sentences: Score } {
  const file = readPairs(path);
  const before = compileFile(join(folder, file.old)).document;
  const after = compileFile(join(folder, file.new)).document;
  const report = diff(before, after);
  const label = new Map<string, string>();
  const resolve = (pairs: Array<[string, string | null]>, entries: (side: 'o' | 'n') => Array<{ eId: string; text: string }>) =>
    pairs.map(([a, b]): [string, string | null] => {
      const oldId = `o:${locate(entries('o'), a, file.old)}`;
      label.set(oldId, a);
      if (b === null) return [oldId, null];
      const newId = `n:${locate(entries('n'), b, file.new)}`;
      label.set(newId, b);
      return [oldId, newId];
    });
  const titles = (side: 'o' | 'n') => nodesOf(side === 'o' ? before : after).map((node) => ({ eId: node.eId, text: node.title ?? '' }));
  const sentences = (side: 'o' | 'n') => nodesOf(side === 'o' ? before : after).flatMap((node) => node.obligations.map((o) => ({ eId: o.eId, text: o.text })));
  return {
    file,
    report,
    nodes: score(report, 'node', resolve(file.nodes, titles), label),
    sentences: score(report, 'obligation', resolve(file.sentences, sentences), label),
  };
}
