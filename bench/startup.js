// Start-up time of the command line, as a multiple of `node -e 0` measured in the same run:
// spawns each command in turn, `runs` times (interleaved, so that a busy spell of a shared machine
// falls on all of them alike), and compares medians and minimums, since a single run of either is
// noisy on a busy machine; the load average before and after says how busy it was. Run with
// `npm run bench:startup` (or `node bench/startup.js [runs] [--cpu]`). With `--cpu` (Linux), each
// process also notes its main thread's CPU time when it exits (from /proc/self/task/<pid>/schedstat,
// through a --require hook that every command gets alike): on a loaded machine wall time is mostly
// waiting for a core, and the main thread's CPU is what a quiet machine's wall time is made of.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/policy-compile.js');
const cpu = process.argv.includes('--cpu');
const runs = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 15);
const out = mkdtempSync(join(tmpdir(), 'policy-compile-startup-'));
// The hook of --cpu: appends the main thread's CPU nanoseconds to the file it is told.
const cpuFile = join(out, 'cpu.txt');
const hook = join(out, 'main-thread-cpu.cjs');
writeFileSync(hook, `process.on('exit', () => { const fs = require('node:fs'); fs.appendFileSync(${JSON.stringify(cpuFile)}, fs.readFileSync('/proc/self/task/' + process.pid + '/schedstat', 'utf8').split(' ')[0] + '\\n'); });\n`);
const commands = [
  ['node -e 0', ['-e', '0']],
  ['policy-compile seeds/ -o <folder>', [bin, 'seeds/', '-o', out]],
  ['policy-compile seeds/ -o <folder> -f json', [bin, 'seeds/', '-o', out, '-f', 'json']],
  ['policy-compile --version', [bin, '--version']],
];

/** Wall milliseconds of one spawned `node …` (and with --cpu its main thread's CPU milliseconds), failing loudly if it fails. */
function spawnTime(args) {
  rmSync(cpuFile, { force: true });
  const start = performance.now();
  const child = spawnSync(process.execPath, cpu ? ['--require', hook, ...args] : args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return { ms, cpuMs: cpu ? Number(readFileSync(cpuFile, 'utf8').trim()) / 1e6 : NaN };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples = commands.map(() => []);
const cpuSamples = commands.map(() => []);
const loadBefore = loadavg()[0];
for (const [, args] of commands) spawnTime(args);
for (let i = 0; i < runs; i++) {
  commands.forEach(([, args], k) => {
    const { ms, cpuMs } = spawnTime(args);
    samples[k].push(ms);
    cpuSamples[k].push(cpuMs);
  });
}
rmSync(out, { recursive: true, force: true });

const least = (xs) => Math.min(...xs);
const base = median(samples[0]);
const baseLeast = least(samples[0]);
console.log(`${runs} interleaved runs each; load average (1 min) ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
const cpuBase = median(cpuSamples[0]);
console.log(`${''.padEnd(42)} median  × node -e 0   least  × node -e 0${cpu ? '   main thread CPU, median' : ''}`);
commands.forEach(([name], k) => {
  const ms = median(samples[k]);
  const low = least(samples[k]);
  const ratio = (value, of) => (k ? `${(value / of).toFixed(2)}×` : '').padStart(11);
  const cpuMs = median(cpuSamples[k]);
  const cpuColumn = cpu ? `   ${cpuMs.toFixed(0).padStart(4)} ms ${ratio(cpuMs, cpuBase)}` : '';
  console.log(`${name.padEnd(42)} ${ms.toFixed(0).padStart(4)} ms ${ratio(ms, base)}  ${low.toFixed(0).padStart(4)} ms ${ratio(low, baseLeast)}${cpuColumn}`);
});
