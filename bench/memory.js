// `node bench/memory.js [--runs N] [--documents N] [--rows corpus,diff,large]`: the peak-memory
// rows of `npm run bench` alone, each run N times (default 3), with the median: row 4 (the
// corpus compiled to json+csv with the default workers, each process's peak and their sum, as
// the bench adds them up), the 4,000-item diff (compiling included, in a process of its own) and
// row 8 (one plan of 5.2 MB, json+csv, --jobs 1), each with its CPU time. On a machine shared
// with other work a single run says little: memory moves with the garbage collector's timing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grow, sources, writeCorpus } from './corpus.js';
import { diffScaling } from './diff-scaling.js';
import { median, spawnNode } from './measure.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/policy-compile.js');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(option('--runs', 3));
const documents = Number(option('--documents', 2000));
const rows = option('--rows', 'corpus,diff,large').split(',');
const MB = 1e6;
const mb = (bytes) => `${(bytes / MB).toFixed(0)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const work = mkdtempSync(join(tmpdir(), 'policy-compile-memory-'));
/** Prints one row: each run's figures, then the medians. */
const report = (name, results, show) => process.stdout.write(`${name}\n${results.map((r, i) => `  run ${i + 1}: ${show(r)}`).join('\n')}\n  median: ${mb(median(results.map((r) => r.rss)))} peak RSS, ${s(median(results.map((r) => r.cpu)))} CPU\n`);

try {
  if (rows.includes('corpus')) {
    const corpus = writeCorpus(join(work, 'corpus'), { count: documents, seed: 1 });
    const results = [];
    for (let i = 0; i < runs; i++) {
      results.push(spawnNode([bin, 'corpus', '-o', join(work, 'out'), '-f', 'json,csv'], { cwd: work, rssFile: join(work, 'corpus.rss') }));
      rmSync(join(work, 'out'), { recursive: true, force: true });
    }
    report(`4 peak RSS, corpus (${documents} plans, ${mb(corpus.bytes)}), json+csv, default workers: the command's peak + each worker's`, results, (r) =>
      `${mb(r.rss)} = ${r.peaks.map(mb).join(' + ')}, ${s(r.cpu)} CPU, ${s(r.ms)}`,
    );
  }
  if (rows.includes('diff')) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const [, fourThousand] = await diffScaling();
      // The child reports its peak; its CPU time is not measured there: the diff's own time stands in.
      results.push({ rss: fourThousand.rss, cpu: fourThousand.diffMs + fourThousand.compileMs, diffMs: fourThousand.diffMs, compileMs: fourThousand.compileMs });
    }
    report('peak RSS, diff of 4,000 items (compiling included); "CPU" is diff + compile time', results, (r) => `${mb(r.rss)}, diff ${s(r.diffMs)}, compile both ${s(r.compileMs)}`);
  }
  if (rows.includes('large')) {
    const plan = join(work, 'large-plan.txt');
    writeFileSync(plan, grow(sources().seed, 1.75 * MB, 11));
    const results = [];
    for (let i = 0; i < runs; i++) results.push(spawnNode([bin, plan, '-o', join(work, 'out-large'), '-f', 'json,csv', '--jobs', '1'], { cwd: work, rssFile: join(work, 'large.rss') }));
    report('8 peak RSS, one plan of 5.2 MB, json+csv, --jobs 1', results, (r) => `${mb(r.rss)}, ${s(r.cpu)} CPU`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
