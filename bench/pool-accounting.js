// `node bench/pool-accounting.js [--documents 600] [--rounds 2]`: where the time of a pooled
// compile goes, on a shared machine where wall-clock time says little. Runs the bench corpus
// (json,csv) with --jobs 1, with --jobs 2, and as two --jobs 1 processes on halves side by side,
// in turn (a b c a b c …), each process preloaded with bench/process-accounting.js, and prints per
// run and per process: wall and CPU time, each main thread's time on a core, waiting for one (the
// machine is busy) and blocked (idle), the other threads' CPU (GC helpers, the optimising
// compiler), GC pauses by kind, event-loop idle time, time inside process.send, and peak RSS
// summed over the processes. Then medians per configuration. Needs a build (npm run build).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';
import { median } from './measure.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/policy-compile.js');
const accounting = new URL('./process-accounting.js', import.meta.url).href;
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const documents = option('--documents', 600);
const rounds = option('--rounds', 2);
const work = mkdtempSync(join(tmpdir(), 'policy-compile-pool-accounting-'));

/** Runs `node bin args…` processes at once, each with the accounting preload; their figures when all have ended. */
async function measure(argsList) {
  const folder = join(work, 'accounting');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  const env = { ...process.env, NO_COLOR: '1', BENCH_ACCOUNTING: folder };
  const load = loadavg()[0];
  const start = performance.now();
  await Promise.all(argsList.map((args) => new Promise((resolve) => spawn(process.execPath, ['--import', accounting, bin, ...args], { cwd: work, env, stdio: 'ignore' }).on('close', resolve))));
  const wall = performance.now() - start;
  const processes = readdirSync(folder).map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')));
  return { wall, load, processes, cpu: sum(processes, (p) => p.cpu), rss: sum(processes, (p) => p.rss) };
}
const sum = (list, of) => list.reduce((total, item) => total + of(item), 0);
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

try {
  const corpus = writeCorpus(join(work, 'corpus'), { count: documents, seed: 1 });
  // The halves: every other plan, by link, so that both halves together are the corpus.
  const halves = [0, 1].map((k) => {
    const folder = join(work, `half${k}`);
    mkdirSync(folder);
    corpus.files.forEach((file, i) => i % 2 === k && symlinkSync(file, join(folder, file.split('/').at(-1))));
    return folder;
  });
  const out = (name) => ['-o', join(work, name), '-f', 'json,csv'];
  const configurations = {
    '--jobs 1': () => measure([['corpus', ...out('jobs1'), '--jobs', '1']]),
    '--jobs 2': () => measure([['corpus', ...out('jobs2'), '--jobs', '2']]),
    'two --jobs 1 on halves': () => measure(halves.map((half, k) => [half, '--follow-links', ...out(`half${k}`), '--jobs', '1'])),
  };
  const runs = Object.fromEntries(Object.keys(configurations).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(configurations)) {
      const result = await run();
      runs[name].push(result);
      console.log(`${name}, round ${round + 1}: wall ${s(result.wall)} (load ${result.load.toFixed(1)}), CPU ${s(result.cpu)}, peak RSS summed ${(result.rss / 1e6).toFixed(0)} MB`);
      for (const p of result.processes.sort((a, b) => a.role.localeCompare(b.role))) {
        const t = p.mainThread;
        const gc = Object.entries(p.gc.byKind).map(([kind, ms]) => `${kind} ${s(ms)}`).join(', ');
        console.log(
          `  ${p.role}: CPU ${s(p.cpu)}; main thread on a core ${s(t.on)}, waiting for one ${s(t.waiting)}, blocked ${s(t.blocked)}; other threads ${s(p.threads.on - t.on)}; ` +
            `GC ${p.gc.count}× ${s(p.gc.ms)} (${gc}); event loop idle ${s(p.idle)}; ${p.role === 'worker' ? `tasks ${p.ipc.received}, in send ${s(p.ipc.sendMs)}; ` : ''}RSS ${(p.rss / 1e6).toFixed(0)} MB`,
        );
      }
    }
  }
  console.log(`\nmedians of ${rounds} rounds (${documents} plans, ${(corpus.bytes / 1e6).toFixed(1)} MB):`);
  for (const [name, list] of Object.entries(runs)) {
    const m = (of) => median(list.map(of));
    const mainThreads = (r) => sum(r.processes, (p) => p.mainThread.on);
    const helpers = (r) => sum(r.processes, (p) => p.threads.on - p.mainThread.on);
    const scavenges = (r) => sum(r.processes, (p) => p.gc.byKind.minor ?? 0);
    console.log(
      `  ${name}: wall ${s(m((r) => r.wall))}, CPU ${s(m((r) => r.cpu))} (main threads ${s(m(mainThreads))}, other threads ${s(m(helpers))}), scavenge pauses ${s(m(scavenges))}, peak RSS summed ${(m((r) => r.rss) / 1e6).toFixed(0)} MB`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
