// Speed and memory of the pipeline, printed as ratios against a baseline measured in the same
// run (decoding the bytes and splitting them into lines), so figures compare across machines.
// Run with `npm run bench`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { compile } from '../dist/compile.js';
import { emitters } from '../dist/emit/emitters.js';
import { decode } from '../dist/read/decode.js';
import { splitText } from '../dist/source/split-text.js';

const root = new URL('../', import.meta.url);
const corpus = new URL('../../shared/corpus/documents/', import.meta.url);
const texts = [readFileSync(new URL('seeds/2022-quanmian-yifa-zhishi.txt', root), 'utf8')];
if (existsSync(corpus)) for (const f of readdirSync(corpus)) texts.push(readFileSync(new URL(f, corpus), 'utf8'));
// One large input: every plan repeated until it passes 2 MB, the size of a yearly corpus of a city.
let big = texts.join('\n');
while (Buffer.byteLength(big) < 2_000_000) big += `\n${big}`;
const bytes = Buffer.from(big);

/** Median milliseconds of `runs` calls of `work`, after one warm-up call. */
function time(work, runs = 7) {
  work();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** Heap growth while `work` keeps its result alive, in bytes. */
function heap(work) {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = work();
  const after = process.memoryUsage().heapUsed;
  void kept;
  return after - before;
}

const baseline = time(() => decode(bytes).text.split(/\r\n|\r|\n/));
const { document } = compile(bytes);
const rows = [
  ['baseline: decode + split lines', baseline],
  ['source: lossless paragraph split', time(() => splitText(decode(bytes).text))],
  ['compile: read → parse → extract → validate', time(() => compile(bytes), 5)],
  ['emit json', time(() => emitters.json(document), 5)],
  ['emit yaml', time(() => emitters.yaml(document), 3)],
  ['emit csv', time(() => emitters.csv(document), 5)],
  ['remark-parse of the same text, for scale', time(() => unified().use(remarkParse).parse(big), 3)],
];

const mb = bytes.length / 1e6;
console.log(`input: ${texts.length} plans repeated to ${mb.toFixed(1)} MB (${big.split('\n').length} lines)`);
console.log(`baseline: ${baseline.toFixed(1)} ms here (${(mb / (baseline / 1000)).toFixed(0)} MB/s); every figure below is a multiple of it\n`);
for (const [name, ms] of rows) console.log(`${(ms / baseline).toFixed(1).padStart(8)}×  ${name}`);
const memory = heap(() => compile(bytes));
console.log(`\n${(memory / bytes.length).toFixed(1).padStart(8)}×  heap kept by one compiled document, per input byte${globalThis.gc ? '' : ' (run with --expose-gc for a steady figure)'}`);
