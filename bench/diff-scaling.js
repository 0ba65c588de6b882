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
  // Garbage from one run is collected before the next, so that peak memory is that of one diff.
  const collect = () => globalThis.gc?.();
  let report;
  timeOnce(() => (report = diff(a, b)));
  collect();
  const first = timeOnce(() => diff(a, b));
  collect();
  const diffMs = Math.min(first, timeOnce(() => diff(a, b)));
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

/** Clauses enough for distinct items: each number gets three characters of its own. */
const CHARS = '政务服务标准建设考核办法监管平台数据共享应用安全体系机制改革创新试点示范基层治理法治宣传教育培训执法检查督促落实环境保护交通医疗养老就业住房文化旅游科技金融农业水利能源信息网络';
const name = (i) => `${CHARS[i % CHARS.length]}${CHARS[Math.floor(i / CHARS.length) % CHARS.length]}${CHARS[(i * 7 + 3) % CHARS.length]}`;
const sentence = (i, edited) => `推进${name(i)}专项工作，完善${name(i + 5000)}${edited ? '长效' : ''}机制，落实${name(i + 9000)}责任。`;

/**
 * Editions of one section of n items, the shape that made the alignment cubic; the new one edits every tenth item.
 * @param {number} n items
 */
export function oneSection(n) {
  const text = (edited) => `一、总体要求\n${Array.from({ length: n }, (_, i) => `${i + 1}.${name(i)}建设。${sentence(i, edited && i % 10 === 0)}`).join('\n')}\n`;
  return [compile(text(false)).document, compile(text(true)).document];
}

/** Best-of-3 milliseconds of the diff of one section of n and of 4n items. */
export function oneSectionGrowth(n) {
  const [a, b] = oneSection(n);
  const [c, d] = oneSection(4 * n);
  return { small: timeBest(() => diff(a, b), 3), large: timeBest(() => diff(c, d), 3), bytes: 0 };
}

if (process.argv[2] === '--child') {
  const result = measureDiff(Number(process.argv[3]));
  process.send({ ...result, rss: process.resourceUsage().maxRSS * 1024 });
  process.disconnect();
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const growth = oneSectionGrowth(250);
  process.stdout.write(`one section of 250 → 1,000 items: ${growth.small.toFixed(0)} → ${growth.large.toFixed(0)} ms (${(growth.large / growth.small).toFixed(1)}×)\n`);
  for (const r of await diffScaling()) {
    process.stdout.write(
      `${r.n} items (${(r.bytes / 1e6).toFixed(2)} MB, edits ${JSON.stringify(r.edits)}): diff ${r.diffMs.toFixed(0)} ms, compile both ${r.compileMs.toFixed(0)} ms, ` +
        `ratio ${(r.diffMs / r.compileMs).toFixed(2)}×, peak RSS ${(r.rss / 1e6).toFixed(0)} MB, accuracy ${r.right}/${r.total}\n`,
    );
  }
}
