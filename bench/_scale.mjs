import { readFileSync, readdirSync, statSync } from 'node:fs';
import { compile } from '../dist/compile.js';
const dir = '/tmp/pool-scratch/corpus';
const files = readdirSync(dir).filter(f => f.includes('-seed.txt') || f.includes('seed-2023.txt')).map(f => [f, statSync(`${dir}/${f}`).size]).sort((a, b) => a[1] - b[1]);
const pick = [0.05, 0.25, 0.5, 0.75, 0.95, 0.999].map(q => files[Math.floor(q * (files.length - 1))]);
for (const [f] of pick.slice(0, 2)) for (let i = 0; i < 5; i++) compile(readFileSync(`${dir}/${f}`), { path: f });
for (const [f, size] of pick) {
  const b = readFileSync(`${dir}/${f}`);
  let best = Infinity;
  for (let i = 0; i < 5; i++) { const t = performance.now(); compile(b, { path: f }); best = Math.min(best, performance.now() - t); }
  console.log(f, size, best.toFixed(1) + ' ms', (size / 1e3 / best).toFixed(2) + ' MB/s');
}
