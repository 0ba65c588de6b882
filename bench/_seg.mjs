import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
const text = readFileSync(new URL('../seeds/2022-quanmian-yifa-zhishi.txt', import.meta.url), 'utf8');
const pieces = []; for (let i = 0; i < text.length; i += 200) pieces.push(text.slice(i, i + 200));
function segWork(n) { const s = new Intl.Segmenter('zh', { granularity: 'word' }); let c = 0; for (let i = 0; i < n; i++) for (const p of pieces) for (const _ of s.segment(p)) c++; return c; }
function jsWork(n) { let c = 0; for (let i = 0; i < n * 8; i++) for (let k = 0; k < text.length; k++) c = (c * 31 + text.charCodeAt(k)) | 0; return c; }
function reWork(n) { let c = 0; for (let i = 0; i < n * 4; i++) for (const p of pieces) c += (p.match(/[\u4e00-\u9fff]{2}/gu) ?? []).length; return c; }
const work = { seg: segWork, js: jsWork, re: reWork };
if (!isMainThread) { segWork(5); parentPort.postMessage(work[workerData.kind](workerData.n)); }
else {
  for (const kind of ['seg', 'js', 're', 'seg']) {
    for (const threads of [1, 2]) {
      const t = performance.now(); const c0 = process.cpuUsage();
      await Promise.all(Array.from({ length: threads }, () => new Promise((r) => new Worker(new URL(import.meta.url), { workerData: { kind, n: 100 } }).once('message', r))));
      const cpu = process.cpuUsage(c0);
      console.log(kind, threads, 'threads', 'wall', (performance.now() - t).toFixed(0), 'cpu', ((cpu.user + cpu.system) / 1000).toFixed(0), 'ms; cpu per thread', ((cpu.user + cpu.system) / 1000 / threads).toFixed(0));
    }
  }
}
