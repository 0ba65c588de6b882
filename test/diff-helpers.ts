import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diff } from '../src/diff/diff.js';
import type { Change, DiffReport } from '../src/model/index.js';
import { compileFile, ROOT } from './helpers.js';

/** A fixture pair of editions and the changes its author made, from `fixtures/diff/<case>/expected.json`. */
export interface DiffFixture {
  name: string;
  old: string;
  new: string;
  changes: Array<{ kind: string; old: string[]; new: string[] }>;
  summary: { citedDocuments: { added: string[]; removed: string[] }; termsAdded: string[]; termsRemoved: string[] };
}

/** Every fixture pair, with absolute paths. */
export function diffFixtures(): DiffFixture[] {
  const folder = join(ROOT, 'fixtures/diff');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const expected = JSON.parse(readFileSync(join(folder, entry.name, 'expected.json'), 'utf8')) as Omit<DiffFixture, 'name'>;
      return { ...expected, name: entry.name, old: join(folder, entry.name, expected.old), new: join(folder, entry.name, expected.new) };
    });
}

/** Compiles two files and compares them. */
export function diffFiles(oldPath: string, newPath: string): DiffReport {
  return diff(compileFile(oldPath).document, compileFile(newPath).document);
}

/** `kind old-eIds > new-eIds`, the identity of a record in assertions. */
export function changeKey(change: { kind: string; old: Array<{ eId: string } | string>; new: Array<{ eId: string } | string> }): string {
  const ids = (sides: Array<{ eId: string } | string>) => sides.map((side) => (typeof side === 'string' ? side : side.eId)).join('+');
  return `${change.kind} ${ids(change.old)} > ${ids(change.new)}`;
}

/**
 * The records a reader is told about: everything but `unchanged`, and but the obligations that
 * are added or removed together with their node.
 */
export function reported(report: DiffReport): Change[] {
  const byId = new Map(report.changes.map((change) => [change.id, change]));
  return report.changes.filter((change) => {
    if (change.kind === 'unchanged') return false;
    const holder = change.within ? byId.get(change.within) : undefined;
    return !(change.level === 'obligation' && (change.kind === 'added' || change.kind === 'removed') && holder?.kind === change.kind);
  });
}
