import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from './helpers.js';

const BUNDLE = `${ROOT}dist/bundle/`;

/**
 * Runs the built command line and returns the source modules it loaded: a bundle file stands for
 * the modules it holds (from the build's `contents.json`), any other file for itself, with
 * `dist/…js` read as `src/…ts`.
 */
function sourcesLoaded(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'policy-compile-loads-'));
  const record = join(dir, 'loads.txt');
  const child = spawnSync(process.execPath, ['--import', `${ROOT}test/record-loads.mjs`, `${ROOT}bin/policy-compile.js`, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, RECORD_LOADS: record },
  });
  expect(child.status, child.stderr).toBe(0);
  const contents = existsSync(`${BUNDLE}contents.json`) ? (JSON.parse(readFileSync(`${BUNDLE}contents.json`, 'utf8')) as Record<string, string[]>) : {};
  const files = readFileSync(record, 'utf8').split('\n').filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url));
  expect(files.length).toBeGreaterThan(0);
  return files.flatMap((file) => {
    if (file.startsWith(BUNDLE)) return contents[file.slice(BUNDLE.length)] ?? [file];
    const path = file.startsWith(ROOT) ? file.slice(ROOT.length) : file;
    return [path.replace(/^dist\/(.*)\.js$/, 'src/$1.ts')];
  });
}

/** The loaded modules that match a pattern. */
const matching = (sources: string[], pattern: RegExp) => sources.filter((source) => pattern.test(source));

const YAML_PACKAGE = /node_modules\/yaml\//;
const MARKDOWN = /node_modules\/(?:unified|remark-parse|remark-gfm|micromark)\/|src\/source\/markdown-blocks\.ts/;
const DIFF = /node_modules\/diff\/|src\/diff\/(?!render\/diff-formats\.ts)/;
const ZOD = /node_modules\/zod\//;

describe('what a run loads', () => {
  it('compiling text to JSON loads no YAML, CSV, Markdown, diff or zod code', () => {
    const sources = sourcesLoaded([SEED, '-o', 'out', '-f', 'json']);
    expect(matching(sources, /src\/compile-with\.ts$/)).toHaveLength(1);
    expect(matching(sources, /src\/emit\/json\.ts$/)).toHaveLength(1);
    for (const pattern of [YAML_PACKAGE, MARKDOWN, DIFF, ZOD, /src\/emit\/(?:yaml|csv)\.ts$/, /csv-stringify/]) {
      expect(matching(sources, pattern), String(pattern)).toEqual([]);
    }
  });

  it('the default formats load our YAML and CSV writers, still not the yaml package, Markdown, diff or zod', () => {
    const sources = sourcesLoaded([SEED, '-o', 'out']);
    expect(matching(sources, /src\/emit\/(?:json|yaml|csv)\.ts$/)).toHaveLength(3);
    for (const pattern of [YAML_PACKAGE, MARKDOWN, DIFF, ZOD]) expect(matching(sources, pattern), String(pattern)).toEqual([]);
  });

  it('a Markdown input loads the Markdown reader', () => {
    const sources = sourcesLoaded([`${ROOT}fixtures/markdown/seed.md`, '-o', 'out', '-f', 'json']);
    expect(matching(sources, MARKDOWN).length).toBeGreaterThan(3);
    expect(matching(sources, DIFF)).toEqual([]);
  });

  it('diff loads the diff code, and zod for compiled editions', () => {
    const sources = sourcesLoaded(['diff', SEED, `${ROOT}fixtures/diff/seed-2023/new.txt`, '-f', 'json']);
    expect(matching(sources, DIFF).length).toBeGreaterThan(3);
    expect(matching(sources, ZOD).length).toBeGreaterThan(0);
    expect(matching(sources, MARKDOWN)).toEqual([]);
  });
});
