import { describe, expect, it } from 'vitest';
import { changeKey, diffFiles, diffFixtures, reported } from './diff-helpers.js';

// Each fixture pair comes with the list of changes its author made, written from the edits
// (not from the tool's output). The diff must find every one of them with its kind, and report
// nothing else.
describe.each(diffFixtures())('fixture pair $name', (fixture) => {
  const report = diffFiles(fixture.old, fixture.new);

  it('finds every change that was made, with its kind', () => {
    const found = new Set(reported(report).map(changeKey));
    const missing = fixture.changes.map(changeKey).filter((key) => !found.has(key));
    expect(missing).toEqual([]);
  });

  it('reports nothing else', () => {
    const expected = new Set(fixture.changes.map(changeKey));
    const extra = reported(report)
      .map(changeKey)
      .filter((key) => !expected.has(key));
    expect(extra).toEqual([]);
    expect(report.changed).toBe(true);
  });

  it('lists the cited documents that were added and dropped', () => {
    expect(report.summary.citedDocuments).toEqual(fixture.summary.citedDocuments);
  });

  it('lists the terms that were brought in or taken out', () => {
    expect(report.summary.terms.added.map((t) => t.term)).toEqual(expect.arrayContaining(fixture.summary.termsAdded));
    expect(report.summary.terms.removed.map((t) => t.term)).toEqual(expect.arrayContaining(fixture.summary.termsRemoved));
  });
});
