import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSeries } from '../src/diff/diff.js';
import { MARKDOWN_MAX, toMarkdown } from '../src/diff/render/markdown.js';
import { compileFile, CORPUS, hasCorpus } from './helpers.js';

const report = (year: string) => join(CORPUS, 'editions/state-council-government-work-report', `${year}.txt`);

describe.runIf(hasCorpus)('Markdown of the government work reports 2016–2019, a series of three pairs', () => {
  const series = hasCorpus ? diffSeries(['2016', '2017', '2018', '2019'].map((year) => compileFile(report(year)).document)) : null!;
  const markdown = hasCorpus ? toMarkdown(series) : '';

  it(`fits a comment (at most ${MARKDOWN_MAX} characters)`, () => {
    expect(markdown.length).toBeLessThanOrEqual(MARKDOWN_MAX);
  });

  it('names the changes of every pair, each with a fair share of the text', () => {
    const pairs = markdown.split(/^### /mu).slice(1);
    expect(pairs).toHaveLength(3);
    const sizes = pairs.map((pair) => pair.length);
    for (const pair of pairs) {
      expect(pair).toContain('#### Changes');
      // Named changes: entries with their kind (a node's own line, or a section's heading).
      expect((pair.match(/\*\*(reworded|added|removed|moved|split|merged)\*\*/gu) ?? []).length).toBeGreaterThanOrEqual(10);
    }
    expect(Math.min(...sizes)).toBeGreaterThan(Math.max(...sizes) / 4);
  });
});
