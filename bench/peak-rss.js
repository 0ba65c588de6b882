// Preloaded into a measured process (`node --import ./bench/peak-rss.js …`): when the process
// exits, writes its peak resident memory (bytes) and the CPU time it used (ms) as JSON to the
// file named by BENCH_PEAK_RSS. Worker processes (compile --jobs forks them with this preload,
// as they inherit Node's options and the environment) write theirs beside it, to
// `<file>.child-<pid>`, for the caller to add up (bench/measure.js).
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread && process.env.BENCH_PEAK_RSS) {
  const file = process.send ? `${process.env.BENCH_PEAK_RSS}.child-${process.pid}` : process.env.BENCH_PEAK_RSS;
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ rss: usage.maxRSS * 1024, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
