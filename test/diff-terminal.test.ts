import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { diffSeries } from '../src/diff/diff.js';
import { terminalSummary, type Paint } from '../src/diff/render/terminal.js';
import { ROOT, SEED } from './helpers.js';

const plain = new Proxy({}, { get: () => (text: string) => text }) as Paint;

describe('terminal summary (a renderer of its own)', () => {
  it('gives the counts per kind without colour when painted plainly', () => {
    const series = diffSeries([compile(readFileSync(SEED)).document, compile(readFileSync(join(ROOT, 'fixtures/diff/seed-2023/new.txt'))).document]);
    const lines = terminalSummary(series, plain);
    expect(lines[0]).toMatch(/^≠ .* → .*  33 nodes changed$/u);
    expect(lines[1]).toBe('  nodes        4 added, 2 removed, 9 reworded, 1 moved, 1 split, 1 merged, 15 renumbered, 15 unchanged');
    expect(lines.join('\n')).not.toMatch(/\u001b\[/u);
  });
});
