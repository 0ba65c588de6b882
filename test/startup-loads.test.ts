import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from './helpers.js';

const BUNDLE = `${ROOT}dist/bundle/`;

/** Runs the built command line and returns the files it loaded with require(), relative to the project. */
function filesLoaded(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'policy-compile-loads-'));
  const record = join(dir, 'loads.txt');
  const child = spawnSync(process.execPath, ['--require', `${ROOT}test/record-requires.cjs`, `${ROOT}bin/policy-compile.js`, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, RECORD_LOADS: record },
  });
  expect(child.status, child.stderr).toBe(0);
  return readFileSync(record, 'utf8')
    .split('\n')
    .filter((file) => file.startsWith(ROOT))
    .map((file) => file.slice(ROOT.length));
}

/** The parts of the bundle a run loaded (`zod`, `yaml`, `diff`, `markdown`), and any package loaded outside it. */
function partsLoaded(args: string[]): string[] {
  const files = filesLoaded(args);
  expect(files.filter((file) => file.startsWith('node_modules/')).filter((file) => /\/(?:zod|yaml|diff|unified|remark-parse|micromark)\//.test(file))).toEqual([]);
  return files.flatMap((file) => /^dist\/bundle\/(\w+)\.cjs$/.exec(file)?.[1] ?? []).sort();
}

describe('what a run loads', () => {
  it('compiling text, to JSON or to the default formats, loads no YAML library, Markdown reader, diff or zod', () => {
    expect(partsLoaded([SEED, '-o', 'out', '-f', 'json'])).toEqual([]);
    expect(partsLoaded([SEED, '-o', 'out'])).toEqual([]);
  });

  it('a Markdown input loads the Markdown reader', () => {
    expect(partsLoaded([`${ROOT}fixtures/markdown/seed.md`, '-o', 'out', '-f', 'json'])).toEqual(['markdown']);
  });

  it('diff loads the diff library and zod (which checks compiled editions); validate loads zod and the YAML reader for configurations', () => {
    expect(partsLoaded(['diff', SEED, `${ROOT}fixtures/diff/seed-2023/new.txt`, '-f', 'json'])).toEqual(['diff', 'zod']);
    expect(partsLoaded(['validate', SEED])).toEqual(['yaml', 'zod']);
  });
});

describe('the code cache', () => {
  /** Whether V8 takes the code cache when the bundle in `folder` is loaded by a fresh node. */
  function cached(folder: string): boolean {
    const script = `import(${JSON.stringify(`${ROOT}dist/cli/load-bundle.cjs`)}).then(({ loadBundle }) => console.log(loadBundle(${JSON.stringify(`${folder}cli.cjs`)}).cached))`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    return child.stdout.trim() === 'true';
  }

  it('is taken for the bundle it was made from, and refused for another build', () => {
    expect(cached(BUNDLE)).toBe(true);
    // A copy two folders down, as dist/bundle/ is, for the bundle finds package.json at ../../.
    const copy = mkdtempSync(join(tmpdir(), 'policy-compile-cache-'));
    const other = `${copy}/dist/bundle/`;
    mkdirSync(other, { recursive: true });
    copyFileSync(`${ROOT}package.json`, `${copy}/package.json`);
    for (const file of ['cli.cjs.cache', 'zod.cjs', 'yaml.cjs', 'diff.cjs', 'markdown.cjs']) copyFileSync(`${BUNDLE}${file}`, `${other}${file}`);
    // The same length and code under another build line, as a rebuilt bundle of equal length would be.
    const source = readFileSync(`${BUNDLE}cli.cjs`, 'utf8');
    writeFileSync(`${other}cli.cjs`, source.replace(/^\/\/ policy-compile build ([0-9a-f])/, (_, c: string) => `// policy-compile build ${c === '0' ? '1' : '0'}`));
    expect(cached(other)).toBe(false);
  });
});
