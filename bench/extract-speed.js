// `node bench/extract-speed.js [--against <dist folder>] [--runs N]`: the speed of the extract step
// alone, in this process, on the plans `npm run bench` measures its row "step: extract obligations"
// on (every 20th plan of the 2,000-plan bench corpus) and on the real documents of the shared
// corpus. Each figure is the best of several runs, interleaved with remark-parse on the same texts
// (and with another build's extractObligations given by `--against`, e.g. a copy of an older
// dist/), so that a busy machine shows in the ratios less than in the MB/s. Times are the
// process's CPU time (`process.cpuUsage`, GC threads included): on a machine shared with other
// work, wall-clock time grows with the load (sevenfold at a load of 15 on two cores), CPU time
// far less; `--wall` takes wall-clock time instead.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { decode } from '../dist/read/decode.js';
import { markdownBlocks } from '../dist/source/markdown-blocks.js';
import { splitText } from '../dist/source/split-text.js';
import { parse } from '../dist/parse/parse.js';
import { extractObligations } from '../dist/extract/extract-obligations.js';
import { writeCorpus } from './corpus.js';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
/** Runs per figure: the best of 7 stays within a few percent on this shared machine where one run may take a fifth longer. */
const runs = Number(option('--runs', 7));
/** Every 20th plan, as `npm run bench` samples its steps. */
const SAMPLE_EVERY = 20;
const against = option('--against', null);
const other = against ? (await import(resolve(against, 'extract/extract-obligations.js'))).extractObligations : null;
const MB = 1e6;
const wall = process.argv.includes('--wall');
/** Milliseconds since `start`, of CPU time or, with `--wall`, of wall-clock time. */
const now = () => {
  if (wall) return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const work = mkdtempSync(join(tmpdir(), 'policy-compile-extract-'));
const sets = {};
try {
  const corpus = writeCorpus(join(work, 'corpus'), { count: 2000, seed: 1 });
  sets['bench sample'] = corpus.files.filter((_, i) => i % SAMPLE_EVERY === 0);
} finally {
  // The sample is read into memory before the folder goes.
  sets['bench sample'] = sets['bench sample'].map((file) => ({ file, bytes: readFileSync(file) }));
  rmSync(work, { recursive: true, force: true });
}
const shared = new URL('../../shared/corpus/', import.meta.url);
const real = [];
for (const folder of ['documents', 'editions']) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.txt') ? [join(dir, entry.name)] : []));
  const dir = new URL(`${folder}/`, shared).pathname;
  if (existsSync(dir)) real.push(...walk(dir).map((file) => ({ file, bytes: readFileSync(file) })));
}
if (real.length) sets['shared corpus'] = real;

const remark = unified().use(remarkParse);
for (const [name, files] of Object.entries(sets)) {
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const texts = files.map((f) => decode(f.bytes).text);
  const trees = texts.map((text, i) => parse(files[i].file.endsWith('.md') ? markdownBlocks(text) : splitText(text)));
  const bodies = trees.flatMap((tree) => [tree.body, ...tree.attachments.map((part) => part.body)]);
  const work = {
    'remark-parse': () => texts.forEach((text) => remark.parse(text)),
    extract: () => bodies.forEach((body) => extractObligations(body)),
    ...(other && { 'extract (--against)': () => bodies.forEach((body) => other(body)) }),
  };
  const best = Object.fromEntries(Object.keys(work).map((key) => [key, Infinity]));
  for (const run of Object.values(work)) run();
  for (let round = 0; round < runs; round++) {
    for (const [key, run] of Object.entries(work)) {
      globalThis.gc?.();
      const start = now();
      run();
      best[key] = Math.min(best[key], now() - start);
    }
  }
  console.log(`${name}: ${files.length} plans, ${(bytes / MB).toFixed(2)} MB, best of ${runs}, ${wall ? 'wall-clock' : 'CPU'} time`);
  for (const [key, ms] of Object.entries(best)) {
    const ratio = key === 'remark-parse' ? '' : `  ${(best['remark-parse'] / ms).toFixed(2)}× remark-parse`;
    const versus = key === 'extract' && other ? `  ${(best['extract (--against)'] / ms).toFixed(2)}× --against` : '';
    console.log(`  ${key.padEnd(22)} ${(bytes / MB / (ms / 1000)).toFixed(2).padStart(6)} MB/s  ${ms.toFixed(0).padStart(5)} ms${ratio}${versus}`);
  }
}
