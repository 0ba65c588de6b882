// Timing and memory helpers for the bench: spawned processes and work in this process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const peakRss = new URL('./peak-rss.js', import.meta.url);

/** The middle value. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Runs `node args…` to its end, timing it from spawn to exit.
 * @param {string[]} args
 * @param {{cwd?: string, rssFile?: string}} options with rssFile, the peak RSS and CPU time of the process and its worker processes are measured
 * @returns {{ms: number, status: number | null, stderr: string, rss: number | null, cpu: number | null, processes?: number, peaks?: number[]}}
 */
export function spawnNode(args, { cwd, rssFile } = {}) {
  const env = { ...process.env, NO_COLOR: '1' };
  if (rssFile) env.BENCH_PEAK_RSS = rssFile;
  const argv = rssFile ? ['--import', peakRss.href, ...args] : args;
  const start = performance.now();
  const result = spawnSync(process.execPath, argv, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  let usage = { rss: null, cpu: null };
  if (rssFile && existsSync(rssFile)) {
    usage = JSON.parse(readFileSync(rssFile, 'utf8'));
    rmSync(rssFile);
    // Its worker processes' figures, added: CPU time exactly, peak memory as the sum of each
    // process's peak, which is at least the peak of them all together (they need not peak at once).
    const children = readdirSync(dirname(rssFile)).filter((name) => name.startsWith(`${basename(rssFile)}.child-`));
    // Each process's own peak, the command's first (bench/memory.js shows them apart).
    usage.peaks = [usage.rss];
    for (const name of children) {
      const child = JSON.parse(readFileSync(join(dirname(rssFile), name), 'utf8'));
      rmSync(join(dirname(rssFile), name));
      usage.rss += child.rss;
      usage.cpu += child.cpu;
      usage.peaks.push(child.rss);
    }
    usage.processes = 1 + children.length;
  }
  return { ms, status: result.status, stderr: result.stderr, ...usage };
}

/**
 * Runs several `node args…` at once, timing them from the first spawn to the last exit: what the
 * machine gives processes that share nothing, to read a thread pool's speed-up against.
 * @param {string[][]} argsList the arguments of each process
 * @param {{cwd?: string}} options
 * @returns {Promise<number>} milliseconds
 */
export async function spawnSideBySide(argsList, { cwd } = {}) {
  const env = { ...process.env, NO_COLOR: '1' };
  const start = performance.now();
  await Promise.all(argsList.map((args) => new Promise((resolve) => spawn(process.execPath, args, { cwd, env, stdio: 'ignore' }).on('close', resolve))));
  return performance.now() - start;
}

/** Median milliseconds of `runs` spawns of `node args…`, after one to warm the file cache. */
export function spawnMedian(args, runs, options = {}) {
  return spawnMediansInterleaved([{ args, options }], runs)[0];
}

/**
 * Medians of spawned runs of several commands, taken in turn (`a b a b …`, after one warm-up run
 * each), so that a busy spell of a shared machine falls on all of them alike.
 */
export function spawnMediansInterleaved(commands, runs) {
  const times = commands.map(({ args, options }) => (spawnNode(args, options), []));
  for (let i = 0; i < runs; i++) commands.forEach(({ args, options }, c) => times[c].push(spawnNode(args, options).ms));
  return times.map(median);
}

/** Median milliseconds of `runs` calls of `work` in this process, after one warm-up call. */
export function timeMedian(work, runs = 5) {
  work();
  return median(
    Array.from({ length: runs }, () => {
      const start = performance.now();
      work();
      return performance.now() - start;
    }),
  );
}

/** Median milliseconds of `runs` calls of async `work`, each awaited, after one warm-up call. */
export async function timeMedianAsync(work, runs = 5) {
  await work();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Fewest milliseconds of `runs` calls of `work`, after one warm-up call: what the work costs when nothing else gets in its way. */
export function timeBest(work, runs = 5) {
  work();
  return Math.min(
    ...Array.from({ length: runs }, () => {
      const start = performance.now();
      work();
      return performance.now() - start;
    }),
  );
}

/** Milliseconds of one call of `work`. */
export function timeOnce(work) {
  const start = performance.now();
  work();
  return performance.now() - start;
}
