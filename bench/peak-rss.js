// Preloaded into a measured process (`node --import ./bench/peak-rss.js …`): when the process
// exits, writes its peak resident memory in bytes to the file named by BENCH_PEAK_RSS. Worker
// threads live in the same process, so the figure covers them.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread && process.env.BENCH_PEAK_RSS) {
  const file = process.env.BENCH_PEAK_RSS;
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
}
