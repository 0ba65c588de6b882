// The diff of synthetic editions of 1,000 and 4,000 items (see diff-editions.js), each timed
// against compiling both editions, with its peak memory and its accuracy against the edits made.
// `node --expose-gc bench/diff-scaling.js` prints the rows alone; bench/run.js adds them to its table.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compile } from '../dist/compile.js';
import { diff } from '../dist/diff/diff.js';
import { diffEditions, scoreAlignment } from './diff-editions.js';
import { timeBest, timeOnce } from './measure.js';

/** Sizes compared: the 1,000 and 4,000 items. */
export const DIFF_SIZES = [1000, 4000];

/**
 * Times one size in this process: compiling both editions (best of 3) and diffing them (best of 2).
 * @param {number} n items
 */
export function measureDiff(n) {
  const { before, after, truth, edits } = diffEditions(n, 7);
  const a = compile(before).document;
  const b = compile(after).document;
  const compileMs = timeBest(() => [compile(before), compile(after)], 3);
  let report;
  timeOnce(() => (report = diff(a, b)));
  const diffMs = Math.min(timeOnce(() => diff(a, b)), timeOnce(() => diff(a, b)));
  const { right, total } = scoreAlignment(report, truth);
  return { n, compileMs, diffMs, right, total, edits, bytes: Buffer.byteLength(before) };
}

/**
 * Each size in a process of its own (so that its peak RSS is its own): time, ratios, memory, accuracy.
 * @returns {Promise<Array<ReturnType<typeof measureDiff> & {rss: number}>>}
 */
export async function diffScaling() {
  const results = [];
  for (const n of DIFF_SIZES) {
    results.push(
      await new Promise((resolve, reject) => {
        const child = fork(fileURLToPath(import.meta.url), ['--child', String(n)], { execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
        child.on('message', resolve);
        child.on('error', reject);
        child.on('exit', (code) => code && reject(new Error(`diff scaling at ${n} items exited with ${code}`)));
      }),
    );
  }
  return results;
}

if (process.argv[2] === '--child') {
  const result = measureDiff(Number(process.argv[3]));
  process.send({ ...result, rss: process.resourceUsage().maxRSS * 1024 });
  process.disconnect();
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await diffScaling()) {
    process.stdout.write(
      `${r.n} items (${(r.bytes / 1e6).toFixed(2)} MB, edits ${JSON.stringify(r.edits)}): diff ${r.diffMs.toFixed(0)} ms, compile both ${r.compileMs.toFixed(0)} ms, ` +
        `ratio ${(r.diffMs / r.compileMs).toFixed(2)}×, peak RSS ${(r.rss / 1e6).toFixed(0)} MB, accuracy ${r.right}/${r.total}\n`,
    );
  }
}
