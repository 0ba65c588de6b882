import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { compile } from '../src/compile.js';
import { diff } from '../src/diff/diff.js';
import { editionLimitProblem, MAX_EDITION_NODES, MAX_FIELD_LENGTH, MAX_NODE_DEPTH } from '../src/diff/edition-limits.js';
import type { Document, Node } from '../src/model/index.js';
import { SEED } from './helpers.js';

const seed = () => compile(readFileSync(SEED)).document;

/** A copy of the seed whose first section holds `count` copies of its first item. */
function withItems(count: number): Document {
  const document = seed();
  const item = document.body[0]!.children[0]!;
  document.body[0]!.children = Array.from({ length: count }, (_, k) => ({ ...item, eId: `sec_1__item_${k + 1}`, children: [] }));
  return document;
}

/** A copy of the seed whose first item has a chain of `depth` nodes under it. */
function nested(depth: number): Document {
  const document = seed();
  const template = document.body[0]!.children[0]!;
  let node: Node = { ...template, children: [] };
  for (let k = 0; k < depth; k++) node = { ...template, eId: `deep_${k}`, children: [node] };
  document.body[0]!.children = [node];
  return document;
}

async function cli(...argv: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'policy-compile-crafted-'));
  let stderr = '';
  const code = await run(argv, { stdout: () => {}, stderr: (text) => (stderr += text), readStdin: async () => new Uint8Array(), cwd, env: {}, stderrIsTTY: false });
  return { code, stderr, cwd };
}

describe('crafted JSON editions', () => {
  it('a compiled plan is within every limit', () => {
    expect(editionLimitProblem(JSON.parse(JSON.stringify(seed())))).toBeNull();
  });

  it(`refuses more than ${MAX_EDITION_NODES} nodes, a string over ${MAX_FIELD_LENGTH} characters and nesting over ${MAX_NODE_DEPTH} levels, saying which`, () => {
    expect(editionLimitProblem(JSON.parse(JSON.stringify(withItems(MAX_EDITION_NODES + 1))))).toEqual({ code: 'too-many-nodes', limit: MAX_EDITION_NODES });
    const long = seed();
    long.body[0]!.children[0]!.title = '加'.repeat(MAX_FIELD_LENGTH + 1);
    expect(editionLimitProblem(JSON.parse(JSON.stringify(long)))).toEqual({ code: 'too-long', limit: MAX_FIELD_LENGTH, path: 'body.0.children.0.title', length: MAX_FIELD_LENGTH + 1 });
    long.body[0]!.children[0]!.title = null;
    long.title = '加'.repeat(MAX_FIELD_LENGTH + 1);
    expect(editionLimitProblem(JSON.parse(JSON.stringify(long)))).toEqual({ code: 'too-long', limit: MAX_FIELD_LENGTH, path: 'title', length: MAX_FIELD_LENGTH + 1 });
    expect(editionLimitProblem(JSON.parse(JSON.stringify(nested(1000))))).toMatchObject({ code: 'too-deep', limit: MAX_NODE_DEPTH, path: expect.stringMatching(/^body\.0\.children\.0(\.children\.0)+$/) });
  });

  it('the diff command refuses a crafted edition with a clear error naming the file, before any work', async () => {
    const { cwd } = await cli('--help');
    const file = join(cwd, 'crafted.json');
    writeFileSync(file, JSON.stringify(withItems(20_000)));
    const started = performance.now();
    // Over the 16 MB read per input too: the limit raised, so that the edition's own limits are what refuse it.
    const { code, stderr } = await cli('diff', file, SEED, '--max-input-size', '64MB');
    expect(code).toBe(2);
    expect(stderr).toContain(`crafted.json: edition refused: more than 10,000 nodes`);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('the library diffs an edition nested 8,000 levels deep without overflowing the stack', () => {
    const report = diff(nested(8_000), seed(), { wording: false });
    expect(report.changes.filter((change) => change.level === 'node').length).toBeGreaterThan(8_000);
  }, 180_000);
});
