// Preloaded into a measured run (`node --import ./bench/process-accounting.js …`, with
// BENCH_ACCOUNTING set to a folder): when each process of the run exits (the command, and each
// worker process it forks, which inherits the preload), it writes `<role>-<pid>.json` into that
// folder with where its time went, to tell a slow pool from a busy machine:
// - CPU time, user and system, and peak RSS;
// - its main thread's time on a core, waiting for one (runnable, on the run queue: the machine is
//   busy) and blocked (neither: idle, or waiting for a GC helper thread), from
//   /proc/self/task/<tid>/schedstat, and the same for all its threads together;
// - garbage collection: count and pause time by kind (minor = scavenge, major = mark-compact,
//   incremental marking);
// - event-loop utilisation (a worker that waits for its next task is idle);
// - for a worker: tasks received, answers sent and the time spent inside process.send.
// bench/pool-accounting.js runs the corpus with it and prints the figures side by side.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance, PerformanceObserver, constants } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const folder = process.env.BENCH_ACCOUNTING;
if (isMainThread && folder) {
  const role = process.send ? 'worker' : 'main';
  const kinds = { [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor', [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak' };
  const gc = { count: 0, ms: 0, byKind: {} };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = kinds[entry.detail?.kind] ?? 'other';
      gc.count++;
      gc.ms += entry.duration;
      gc.byKind[kind] = (gc.byKind[kind] ?? 0) + entry.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  const ipc = { received: 0, sent: 0, sendMs: 0 };
  if (role === 'worker') {
    // Counted by wrapping what the worker registers and calls: the worker's own code is unchanged.
    const on = process.on.bind(process);
    process.on = (event, listener) => (event === 'message' ? on(event, (message, handle) => (ipc.received++, listener(message, handle))) : on(event, listener));
    const send = process.send.bind(process);
    process.send = (...args) => {
      const start = performance.now();
      try {
        return send(...args);
      } finally {
        ipc.sendMs += performance.now() - start;
        ipc.sent++;
      }
    };
  }
  /** A thread's time on a core and waiting for one, in ms (Linux; null elsewhere). */
  const scheduled = (tid) => {
    try {
      const [on, waiting] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
      return { on: on / 1e6, waiting: waiting / 1e6 };
    } catch {
      return null;
    }
  };
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const wall = performance.now();
    const mainThread = scheduled(process.pid);
    let threads = null;
    try {
      threads = readdirSync('/proc/self/task').map(scheduled).filter(Boolean).reduce((sum, t) => ({ on: sum.on + t.on, waiting: sum.waiting + t.waiting, count: sum.count + 1 }), { on: 0, waiting: 0, count: 0 });
    } catch {}
    const elu = performance.eventLoopUtilization();
    writeFileSync(
      `${folder}/${role}-${process.pid}.json`,
      JSON.stringify({
        role,
        pid: process.pid,
        wall,
        cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        user: usage.userCPUTime / 1000,
        system: usage.systemCPUTime / 1000,
        rss: usage.maxRSS * 1024,
        mainThread: mainThread && { ...mainThread, blocked: wall - mainThread.on - mainThread.waiting },
        threads,
        gc,
        idle: elu.idle,
        busy: elu.utilization,
        ipc,
      }),
    );
  });
}
