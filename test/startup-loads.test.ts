import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from './helpers.js';

const BUNDLE = `${ROOT}dist/bundle/`;

/** Runs the built command line and returns the files it loaded with require(), relative to the project; `status` is the exit code to expect, null for any. */
function filesLoaded(args: string[], status: number | null = 0): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'policy-compile-loads-'));
  const record = join(dir, 'loads.txt');
  const child = spawnSync(process.execPath, ['--require', `${ROOT}test/record-requires.cjs`, `${ROOT}bin/policy-compile.js`, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, RECORD_LOADS: record },
  });
  if (status !== null) expect(child.status, child.stderr).toBe(status);
  return readFileSync(record, 'utf8')
    .split('\n')
    .filter((file) => file.startsWith(ROOT))
    .map((file) => file.slice(ROOT.length));
}

/**
 * The libraries of the parts bundled apart, which a run must never load from node_modules: the
 * readers' (web pages, Word, old Word, PDF, OFD) as well as zod, YAML, diff and Markdown's, and the
 * glob matcher's (fdir, bundled in glob.cjs, still looks for picomatch beside it, which is let be).
 */
const PART_LIBRARIES = /\/(?:zod|yaml|diff|unified|remark-parse|micromark|rehype-parse|parse5|hast-util-[\w-]+|fflate|xast-util-[\w-]+|@xmldom|fast-xml-parser|saxes|pdfjs-dist|unpdf|word-extractor|mammoth|iconv-lite|tinyglobby|fdir)\//;

/** The parts of the bundle a run loaded (`zod`, `yaml`, `diff`, `markdown`, the readers `html` … `ofd`), and any package loaded outside it. */
function partsLoaded(args: string[]): string[] {
  const files = filesLoaded(args);
  expect(files.filter((file) => file.startsWith('node_modules/')).filter((file) => PART_LIBRARIES.test(file))).toEqual([]);
  return files.flatMap((file) => /^dist\/bundle\/(\w+)\.cjs$/.exec(file)?.[1] ?? []).sort();
}

describe('what a run loads', () => {
  it('compiling text, to JSON or to the default formats, loads no YAML library, Markdown reader, reader of another format, diff or zod', () => {
    expect(partsLoaded([SEED, '-o', 'out', '-f', 'json'])).toEqual([]);
    expect(partsLoaded([SEED, '-o', 'out'])).toEqual([]);
  });

  it('a .txt run loads none of the readers of web pages, Word, PDF and OFD, nor their libraries; a run over a PDF loads the PDF reader alone', () => {
    const loaded = (args: string[]) => filesLoaded(args).filter((file) => /^dist\/bundle\/(?:html|docx|doc|pdf|ofd)\.cjs$/.test(file) || PART_LIBRARIES.test(file));
    expect(loaded([SEED, '-o', 'out', '-f', 'json'])).toEqual([]);
    expect(loaded(['validate', SEED])).toEqual([]);
    // The check can fail: a PDF input does load its reader (which, on its own branch, refuses it: exit 2).
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-loads-pdf-'));
    writeFileSync(join(dir, 'plan.pdf'), '%PDF-1.7\n');
    expect(filesLoaded([join(dir, 'plan.pdf'), '-o', join(dir, 'out'), '-f', 'json'], null).filter((file) => /^dist\/bundle\/\w+\.cjs$/.test(file))).toContain('dist/bundle/pdf.cjs');
  });

  it('a quoted glob or --ignore loads the glob matcher, and a run without one does not', () => {
    expect(partsLoaded([`${ROOT}seeds/*.txt`, '-o', 'out', '-f', 'json'])).toEqual(['glob']);
    expect(partsLoaded([SEED, '--ignore', 'drafts', '-o', 'out', '-f', 'json'])).toEqual(['glob']);
  });

  it('a Markdown input loads the Markdown reader', () => {
    expect(partsLoaded([`${ROOT}fixtures/markdown/seed.md`, '-o', 'out', '-f', 'json'])).toEqual(['markdown']);
  });

  it('a run that starts no worker loads neither the worker pool nor node:child_process (commander requires it as it loads, for subcommands this tool never runs), nor node:tty when its output is no terminal, nor node:net when its output is a pipe (it is written directly, src/cli/io.ts), nor node:crypto (the sha256 is WebAssembly)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-builtins-'));
    const record = join(dir, 'builtins.txt');
    const script = join(dir, 'record-builtins.cjs');
    writeFileSync(script, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, process.moduleLoadList.join('\\n')));`);
    const child = spawnSync(process.execPath, ['--require', script, `${ROOT}bin/policy-compile.js`, SEED, '-o', join(dir, 'out')], { cwd: dir, encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    const builtins = readFileSync(record, 'utf8').split('\n');
    // The check can fail: the record lists the built-in modules a run loaded.
    expect(builtins).toContain('NativeModule fs');
    expect(builtins.filter((name) => /child_process|^NativeModule (?:tty|net|crypto)$/.test(name))).toEqual([]);
    // Output to the null device is no terminal either, and is written without a stream.
    const quiet = spawnSync(process.execPath, ['--require', script, `${ROOT}bin/policy-compile.js`, SEED, '-o', join(dir, 'out')], { cwd: dir, stdio: 'ignore' });
    expect(quiet.status).toBe(0);
    expect(readFileSync(record, 'utf8').split('\n').filter((name) => /^NativeModule (?:tty|internal\/fs\/sync_write_stream)$/.test(name))).toEqual([]);
  });

  it('diff loads the diff library and zod (which checks compiled editions); validate loads zod and the YAML reader for configurations', () => {
    expect(partsLoaded(['diff', SEED, `${ROOT}fixtures/diff/seed-2023/new.txt`, '-f', 'json'])).toEqual(['diff', 'zod']);
    expect(partsLoaded(['validate', SEED])).toEqual(['yaml', 'zod']);
  });
});

describe("V8's optimizing compiler", () => {
  /** How many functions V8 optimized in a spawned run of the command line (`--trace-opt` lists each). */
  function optimized(args: string[]): number {
    const child = spawnSync(process.execPath, ['--trace-opt', `${ROOT}bin/policy-compile.js`, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(child.status, child.stderr).toBe(0);
    return child.stdout.split('\n').filter((line) => line.startsWith('[completed optimizing')).length;
  }

  it('is off for a short run of text or Markdown (the seed, to files or to stdout), and on for a run of more than 256 KB or a PDF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-jit-'));
    expect(optimized([SEED, '-o', join(dir, 'short')])).toBe(0);
    expect(optimized([SEED, '--stdout', '-f', 'csv'])).toBe(0);
    expect(optimized([`${ROOT}fixtures/markdown/seed.md`, '-o', join(dir, 'markdown')])).toBe(0);
    // A PDF's reader does far more work per byte: a small one keeps the optimizing compiler.
    expect(optimized([`${ROOT}fixtures/published/pdf/flattened-table.pdf`, '-o', join(dir, 'pdf')])).toBeGreaterThan(0);
    // The check can fail: 14 copies of the seed (266 KB), compiled in this process, do get optimized code.
    const long = join(dir, 'long');
    mkdirSync(long);
    for (let i = 0; i < 14; i++) copyFileSync(SEED, join(long, `plan-${i}.txt`));
    expect(optimized([long, '-o', join(dir, 'long-out'), '-f', 'json', '--jobs', '1'])).toBeGreaterThan(0);
  }, 120_000);
});

describe('the code cache', () => {
  it('belongs to a bundle of ASCII, which is read without decoding (esbuild leaves the CJK of regular expressions and comments as it is)', () => {
    expect(/[^\x00-\x7f]/.test(readFileSync(`${BUNDLE}cli.cjs`, 'latin1'))).toBe(false);
  });

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

describe('the end of a run', () => {
  /** Runs the built command line with a hook that notes whether the event loop ran dry ('beforeExit') before the process ended. */
  function ended(args: string[]) {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-end-'));
    const script = join(dir, 'before-exit.cjs');
    writeFileSync(script, "process.on('beforeExit', () => process.stderr.write('[ran dry]'));");
    const child = spawnSync(process.execPath, ['--require', script, `${ROOT}bin/policy-compile.js`, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return { ...child, ranDry: child.stderr.includes('[ran dry]'), dir };
  }

  it('comes at once (process.exit) when the output has gone out, with the exit code, after the whole output, also through a pipe that holds less than it', () => {
    const toFiles = ended([SEED, '-o', 'out']);
    expect(toFiles.status, toFiles.stderr).toBe(0);
    // The check can fail: a process that waits for its event loop to run dry emits 'beforeExit'.
    expect(toFiles.ranDry).toBe(false);
    expect(readFileSync(join(toFiles.dir, 'out/index.json'), 'utf8')).toMatch(/\n$/);
    // The JSON (166 KB) is more than a pipe holds (64 KB): all of it is read.
    const piped = ended([SEED, '--stdout', '-f', 'json']);
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.ranDry).toBe(false);
    expect((JSON.parse(piped.stdout) as { id: string }).id).toBe('2022-quanmian-yifa-zhishi');
    const missing = ended(['no-such-plan.txt', '-o', 'out']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-plan.txt');
  });

  it('waits for the output that a non-blocking pipe could not take at once (it goes through Node.js\'s stream), and all of it arrives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-non-blocking-'));
    // Making process.stdout of a pipe sets the pipe non-blocking (libuv), as another program sharing it may have.
    const script = join(dir, 'non-blocking.cjs');
    writeFileSync(script, `process.stdout;\nrequire(${JSON.stringify(`${ROOT}bin/policy-compile.js`)});\n`);
    const whole = spawnSync(process.execPath, [`${ROOT}bin/policy-compile.js`, SEED, '--stdout', '-f', 'json'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    // The reader starts late, when the 64 KB the pipe holds are long full.
    const late = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${script}" "${SEED}" --stdout -f json 2>/dev/null | (sleep 1; cat)`], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(late.status, late.stderr).toBe(0);
    expect(late.stdout.length).toBeGreaterThan(64 * 1024);
    expect(late.stdout).toBe(whole.stdout);
  });
});
