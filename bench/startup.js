// Start-up time of the CLI, as a multiple of `node -e 0` measured in the same run: spawns both
// alternately and compares medians, since one run of either is noisy on a busy machine.
// Run with `npm run bench:startup` (or `node bench/startup.js [runs] [cli args...]`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/policy-compile.js');
const runs = Number(process.argv[2] ?? 15);
const out = mkdtempSync(join(tmpdir(), 'policy-compile-startup-'));
const args = process.argv.length > 3 ? process.argv.slice(3) : ['seeds/', '-o', out];

/** Wall milliseconds of one spawned `node …`, failing loudly if it does. */
function spawnTime(nodeArgs) {
  const start = performance.now();
  const child = spawnSync(process.execPath, nodeArgs, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (child.status !== 0 && child.status !== 1) throw new Error(`node ${nodeArgs.join(' ')} exited ${child.status}: ${child.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bare = [];
const cli = [];
spawnTime(['-e', '0']);
spawnTime([bin, ...args]);
for (let i = 0; i < runs; i++) {
  bare.push(spawnTime(['-e', '0']));
  cli.push(spawnTime([bin, ...args]));
}
rmSync(out, { recursive: true, force: true });

const base = median(bare);
console.log(`node -e 0: ${base.toFixed(0)} ms (median of ${runs})`);
console.log(`policy-compile ${args.join(' ')}: ${median(cli).toFixed(0)} ms, ${(median(cli) / base).toFixed(2)}× node -e 0`);
