// `npm run bench`: speed and memory of policy-compile, each figure a ratio against a baseline
// measured in the same run, on a corpus generated from the seed and the fixtures (bench/corpus.js).
// `--corpus-only` runs rows 1 to 4 and the output's cost alone. Section 7 compares one plan read from a PDF, a Word file and a web page (fixtures/bench/plan-30-pages.*)
// with its .txt, and says plainly when a file is missing or refused. Prints a table with each figure's threshold; `npm run bench -- --write` also writes it into
// BENCHMARKS.md with the machine it came from. `--documents N` sets the corpus size (default 2000).
import { cpus, availableParallelism, loadavg, release, tmpdir, type } from 'node:os';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { compile } from '../dist/compile.js';
import { read } from '../dist/read.js';
import { diff } from '../dist/diff/diff.js';
import { emitters } from '../dist/emit/emitters.js';
import { extractObligations } from '../dist/extract/extract-obligations.js';
import { parse } from '../dist/parse/parse.js';
import { decode } from '../dist/read/decode.js';
import { markdownBlocks } from '../dist/source/markdown-blocks.js';
import { splitText } from '../dist/source/split-text.js';
import { checkRules } from '../dist/validate/check-rules.js';
import { validate } from '../dist/validate/validate.js';
import { grow, sources, writeCorpus } from './corpus.js';
import { CRAFTED, SHAPES } from './scaling.js';
import { diffScaling, oneSectionGrowth } from './diff-scaling.js';
import { spawnMedian, spawnMediansInterleaved, spawnNode, spawnSideBySide, timeBest, timeMedian, timeMedianAsync, timeOnce } from './measure.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/policy-compile.js');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const documents = option('--documents', 2000);
/** `--corpus-only`: rows 1 to 4 and the output's cost alone, without the side-by-side reference, diff, growth and other formats (a short run on a busy machine). */
const corpusOnly = process.argv.includes('--corpus-only');
/** Corpus compile against remark-parse alone (issue 16): half its speed, json and csv written, on every core. */
const REMARK_TARGET = 0.5;
/** The plan size and count of the cost model in the README: a million plans of 20 KB. */
const MODEL_PLANS = 1e6;
const MODEL_PLAN_BYTES = 20e3;
const cores = availableParallelism();
const loadBefore = loadavg()[0];
const work = mkdtempSync(join(tmpdir(), 'policy-compile-bench-'));
const rows = [];
const MB = 1e6;

/** One row of the table: what, the figure, its baseline, the ratio, the threshold and whether it is met. */
function row(name, measured, baseline = '', ratio = '', threshold = '', ok = null) {
  rows.push({ name, measured, baseline, ratio, threshold, ok });
}
const ms = (value) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 100 ? 1 : 0)} ms`);
const times = (value, digits = 2) => `${value.toFixed(digits)}×`;
const mb = (bytes) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
const step = (text) => process.stderr.write(`… ${text}\n`);

/** Every file under a folder, by relative path. */
function filesUnder(folder, prefix = '') {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(folder, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

/** Whether two output folders hold the same files with the same bytes; how many files. */
function sameOutput(a, b) {
  const files = filesUnder(a).sort();
  const same = JSON.stringify(files) === JSON.stringify(filesUnder(b).sort()) && files.every((file) => readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
  return { same, files: files.length };
}

try {
  // 1. The seed, as a user runs it, against starting node with nothing to do.
  step('seed compile and node -e 0, spawned');
  const [node, seed] = spawnMediansInterleaved([{ args: ['-e', '0'] }, { args: [bin, 'seeds/', '-o', join(work, 'seed-out')], options: { cwd: root } }], 9);
  row('1 seed compile, spawned (median of 9, interleaved)', ms(seed), `node -e 0: ${ms(node)}`, times(seed / node), '≤ 2.5×', seed / node <= 2.5);

  // 2. The corpus.
  step(`writing a corpus of ${documents} plans`);
  const corpusDir = join(work, 'corpus');
  const corpus = writeCorpus(corpusDir, { count: documents, seed: 1 });
  const kinds = Object.entries(corpus.encodings).map(([name, n]) => `${n} ${name}`).join(', ');

  step('compiling the corpus with the default workers and with --jobs 1, twice each in turn (json, csv)');
  // Each run notes the load average it started under: on a shared machine, a run's time says little without it.
  const run = (args, name) => ({ load: loadavg()[0], ...spawnNode([bin, ...args, '-o', join(work, name), '-f', 'json,csv'], { cwd: work, rssFile: join(work, `${name}.rss`) }) });
  const runs = { pooled: [], single: [] };
  for (let round = 0; round < 2; round++) {
    runs.pooled.push(run(['corpus'], 'out-default'));
    runs.single.push(run(['corpus', '--jobs', '1'], 'out-jobs1'));
  }
  // Time and CPU time from the faster run (a busy machine only ever adds time; this one's runs of
  // the same command differ by up to a fifth), peak memory from the first, as on the doubled corpus.
  const fastest = (list) => ({ ...list.reduce((a, b) => (b.ms < a.ms ? b : a)), rss: list[0].rss });
  const pooled = fastest(runs.pooled);
  const single = fastest(runs.single);
  const pooledRate = corpus.bytes / MB / (pooled.ms / 1000);

  step('remark-parse and a line split of the same files, one thread');
  const files = corpus.files;
  const remark = unified().use(remarkParse);
  files.slice(0, 20).forEach((file) => remark.parse(decode(readFileSync(file)).text));
  const remarkMs = timeOnce(() => files.forEach((file) => remark.parse(decode(readFileSync(file)).text)));
  const linesMs = timeOnce(() => files.forEach((file) => decode(readFileSync(file)).text.split(/\r\n|\r|\n/)));
  const remarkRate = corpus.bytes / MB / (remarkMs / 1000);
  const linesRate = corpus.bytes / MB / (linesMs / 1000);
  row(
    `2 corpus compile, json+csv, ${cores} workers (faster of 2)`,
    `${pooledRate.toFixed(2)} MB/s (${ms(pooled.ms)})`,
    `remark-parse alone: ${remarkRate.toFixed(2)} MB/s`,
    times(pooledRate / remarkRate),
    `≥ ${REMARK_TARGET}×`,
    pooledRate / remarkRate >= REMARK_TARGET,
  );
  row('', '', `read + split lines: ${linesRate.toFixed(0)} MB/s`, times(pooledRate / linesRate, 3));

  step('YAML per document, on every 20th plan');
  const sampleFiles = files.filter((_, i) => i % 20 === 0);
  const sample = sampleFiles.map((file) => readFileSync(file));
  const compiled = sample.map((bytes, i) => compile(bytes, { path: sampleFiles[i] }).document);
  const compileEach = timeMedian(() => sample.forEach((bytes, i) => compile(bytes, { path: sampleFiles[i] })), 3) / sample.length;
  const yamlEach = timeMedian(() => compiled.forEach((document) => emitters.yaml(document)), 3) / sample.length;
  const jsonEach = timeMedian(() => compiled.forEach((document) => emitters.json(document)), 3) / sample.length;
  row('  yaml, per document (not in the run above)', ms(yamlEach), `compile: ${ms(compileEach)}`, times(yamlEach / compileEach), '', null);
  row('  json, per document, for scale', ms(jsonEach), `compile: ${ms(compileEach)}`, times(jsonEach / compileEach), '', null);

  // Where a document's time goes, step by step, against remark-parse of the same texts.
  step('the steps of compile, on the same plans');
  const sampleBytes = sample.reduce((sum, bytes) => sum + bytes.length, 0);
  const texts = sample.map((bytes) => decode(bytes).text);
  const isMarkdown = sampleFiles.map((file) => file.endsWith('.md'));
  const blocks = texts.map((text, i) => (isMarkdown[i] ? markdownBlocks(text) : splitText(text)));
  const trees = blocks.map((list) => parse(list));
  const stages = [
    ['decode', () => sample.forEach((bytes) => decode(bytes))],
    ['split into paragraphs', () => texts.forEach((text, i) => (isMarkdown[i] ? markdownBlocks(text) : splitText(text)))],
    ['parse the tree', () => blocks.forEach((list) => parse(list))],
    ['extract obligations', () => trees.forEach((tree) => [tree.body, ...tree.attachments.map((part) => part.body)].forEach(extractObligations))],
    ['rules (as compile runs them)', () => compiled.forEach((document) => checkRules(document))],
    ['schema and rules (validate command)', () => compiled.forEach((document) => validate(document))],
    ['emit json', () => compiled.forEach((document) => emitters.json(document))],
    ['emit csv', () => compiled.forEach((document) => emitters.csv(document))],
  ];
  const remarkSample = timeMedian(() => texts.forEach((text) => remark.parse(text)), 3);
  const stageMs = {};
  for (const [name, work] of stages) {
    stageMs[name] = timeMedian(work, 3);
    row(`  step: ${name}`, `${(sampleBytes / MB / (stageMs[name] / 1000)).toFixed(1)} MB/s`, `remark-parse: ${(sampleBytes / MB / (remarkSample / 1000)).toFixed(1)} MB/s`, times(remarkSample / stageMs[name]));
  }

  // What the target leaves for compiling once the JSON and CSV are written: with every core
  // busy and no cost for sharing the work, each core may spend this long on a megabyte of input.
  const budgetPerMB = (cores / (REMARK_TARGET * remarkRate)) * 1000;
  const emitPerMB = (stageMs['emit json'] + stageMs['emit csv']) / (sampleBytes / MB);
  const compilePerMB = (compileEach * sample.length) / (sampleBytes / MB);
  row(`  ${REMARK_TARGET}× remark-parse: time per MB on a core`, ms(budgetPerMB), `json+csv emit alone: ${ms(emitPerMB)}`, times(emitPerMB / budgetPerMB));
  const left = budgetPerMB - emitPerMB;
  row(
    '  so compile would need, per core',
    left > 0 ? `${(1000 / left).toFixed(0)} MB/s` : 'no time left',
    `compile now: ${(1000 / compilePerMB).toFixed(1)} MB/s`,
    left > 0 ? times(compilePerMB / left, 0) : '',
  );

  // 3. Two workers against one.
  const two = cores === 2 ? pooled : fastest([0, 1].map(() => run(['corpus', '--jobs', '2'], 'out-jobs2')));
  const noWorker = !single.stderr.includes('worker processes');
  const twoWorkers = two.stderr.includes('on 2 worker processes');
  const twoOut = cores === 2 ? 'out-default' : 'out-jobs2';
  const coresBusy = (run) => `${(run.cpu / run.ms).toFixed(1)} cores busy, load ${run.load.toFixed(1)}`;
  row(
    `3 --jobs 2 against --jobs 1${cores === 2 ? ' (the default run)' : ''}, faster of 2`,
    `${ms(two.ms)}, ${coresBusy(two)}`,
    `--jobs 1: ${ms(single.ms)}, ${coresBusy(single)}`,
    times(single.ms / two.ms),
    '≥ 1.6×',
    single.ms / two.ms >= 1.6,
  );
  const twoSame = sameOutput(join(work, twoOut), join(work, 'out-jobs1'));
  row('  --jobs 2 output byte-identical to --jobs 1', `${twoSame.files} files`, '', '', 'identical', twoSame.same);
  // What the pool costs beyond one thread, as far as this machine's noise lets CPU time tell.
  row('  CPU time, --jobs 2 against --jobs 1', ms(two.cpu), `--jobs 1: ${ms(single.cpu)}`, times(two.cpu / single.cpu), '', null);
  // What this machine gives two processes of the same work, whatever the pool does: two --jobs 1
  // processes side by side, half the corpus each, sharing nothing but the machine.
  if (!corpusOnly) {
    step('two --jobs 1 processes side by side, half the corpus each');
    const halves = [0, 1].map((k) => files.filter((_, i) => i % 2 === k));
    const sideBySideOnce = () => spawnSideBySide(halves.map((half, k) => [bin, ...half, '--jobs', '1', '-o', join(work, `out-half${k}`), '-f', 'json,csv']), { cwd: work });
    const sideBySide = Math.min(await sideBySideOnce(), await sideBySideOnce());
    row('  two --jobs 1 processes, half the corpus each (faster of 2)', ms(sideBySide), `--jobs 1: ${ms(single.ms)}`, times(single.ms / sideBySide), '', null);
  }
  row('  --jobs 1 starts no worker; --jobs 2 compiles on two processes (the command and one worker)', noWorker && twoWorkers ? 'yes' : 'no', '', '', 'yes', noWorker && twoWorkers);

  // 4. Peak memory, and on twice the corpus.
  step('compiling the corpus doubled');
  writeCorpus(join(work, 'corpus2'), { count: documents, seed: 2 });
  const doubled = run(['corpus', 'corpus2'], 'out-doubled');
  // Summed over the command and its worker processes, each at its own peak.
  row(`4 peak RSS, corpus (${mb(corpus.bytes)}), ${pooled.processes} processes summed`, mb(pooled.rss), '', '', '< 300 MB', pooled.rss < 300 * MB);
  row('  peak RSS, corpus doubled', mb(doubled.rss), `corpus: ${mb(pooled.rss)}`, times(doubled.rss / pooled.rss), '≤ 1.2×', doubled.rss / pooled.rss <= 1.2);
  row('  peak RSS, --jobs 1', mb(single.rss), '', '', '', null);

  // What each output costs, per MB of input, on the sampled plans: JSON for people (indented)
  // against compact JSON (--compact, and each line of jsonl), and without positions, which the
  // model keeps on every node and obligation.
  step('the size and time of each output');
  const noPositions = compiled.map((document) => JSON.parse(JSON.stringify(document, (key, value) => (key === 'position' ? undefined : value))));
  const sizeOf = (emit, list = compiled) => list.reduce((sum, document) => sum + Buffer.byteLength(emit(document)), 0) / (sampleBytes / MB);
  const compactJson = (document) => JSON.stringify(document);
  const indentedSize = sizeOf(emitters.json);
  const compactSize = sizeOf(compactJson);
  const bareSize = sizeOf(compactJson, noPositions);
  // Timed side by side (not the step's time above, taken earlier in another state of the heap).
  const indentedMs = timeMedian(() => compiled.forEach(emitters.json), 3);
  const compactMs = timeMedian(() => compiled.forEach(compactJson), 3);
  const bareMs = timeMedian(() => noPositions.forEach(compactJson), 3);
  row('  output per MB of input: json, indented', mb(indentedSize), `compact: ${mb(compactSize)}`, times(indentedSize / compactSize));
  row('    compact json without positions', mb(bareSize), `compact: ${mb(compactSize)}`, times(bareSize / compactSize));
  row('    csv task table', mb(sizeOf(emitters.csv)), `yaml: ${mb(sizeOf(emitters.yaml))}`);
  row('  json time, indented', ms(indentedMs), `compact: ${ms(compactMs)}`, times(indentedMs / compactMs));
  row('    compact json time without positions', ms(bareMs), `compact: ${ms(compactMs)}`, times(bareMs / compactMs));

  // The streaming filter, one process, on every 10th plan as records of bytes; and what a million
  // plans of 20 KB cost on one core at the speed of --jobs 1 (json and csv written).
  step('the streaming filter, --from jsonl, one process');
  const streamFiles = files.filter((_, i) => i % 10 === 0);
  const streamBytes = streamFiles.reduce((sum, file) => sum + readFileSync(file).length, 0);
  const streamFile = join(work, 'stream.jsonl');
  writeFileSync(streamFile, streamFiles.map((file, i) => `${JSON.stringify({ id: `p${i}`, bytes: readFileSync(file).toString('base64'), name: file })}\n`).join(''));
  const filterMs = Math.min(...[0, 1].map(() => spawnNode([bin, '--from', 'jsonl', streamFile], { cwd: work }).ms));
  const filterRate = streamBytes / MB / (filterMs / 1000);
  const singleRate = corpus.bytes / MB / (single.ms / 1000);
  row(`  filter --from jsonl, ${streamFiles.length} plans (faster of 2)`, `${filterRate.toFixed(2)} MB/s`, `--jobs 1: ${singleRate.toFixed(2)} MB/s`, times(filterRate / singleRate));
  const coreHours = (rate) => (MODEL_PLANS * MODEL_PLAN_BYTES) / MB / rate / 3600;
  row('  a million plans of 20 KB, core-hours', `${coreHours(filterRate).toFixed(1)} h (filter)`, `--jobs 1: ${coreHours(singleRate).toFixed(1)} h`);

  if (!corpusOnly) {
    // 5. diff.
    step('diff');
    const editions = sources();
    const before = compile(editions.seed).document;
    const after = compile(editions['seed-2023']).document;
    const diffSeed = timeMedian(() => diff(before, after), 5);
    const compileSeed = timeMedian(() => [compile(editions.seed), compile(editions['seed-2023'])], 5);
    row('5 diff seed → 2023 edition, in process', ms(diffSeed), `compiling both: ${ms(compileSeed)}`, times(diffSeed / compileSeed));
    const bigBefore = grow(editions.seed, 60_000, 7);
    const bigAfter = grow(editions['seed-2023'], 60_000, 7);
    const bigA = compile(bigBefore).document;
    const bigB = compile(bigAfter).document;
    const diffBig = timeOnce(() => diff(bigA, bigB));
    const compileBig = timeMedian(() => [compile(bigBefore), compile(bigAfter)], 3);
    row(`  diff of a big pair (${mb(Buffer.byteLength(bigBefore))} each)`, ms(diffBig), `compiling both: ${ms(compileBig)}`, times(diffBig / compileBig));
    const seedDiff = spawnMedian([bin, 'diff', 'seeds/2022-quanmian-yifa-zhishi.txt', 'fixtures/diff/seed-2023/new.txt'], 5, { cwd: root });
    row('  diff seed → 2023, spawned', ms(seedDiff), `node -e 0: ${ms(node)}`, times(seedDiff / node));

    // Synthetic editions from real clauses, 10% of items edited, each size in a process of its own.
    step('diff of synthetic editions of 1,000 and 4,000 items');
    const [thousand, fourThousand] = await diffScaling();
    for (const r of [thousand, fourThousand]) {
      const first = r === thousand;
      row(
        `  diff of ${r.n} synthetic items, 10% edited (best of 2)`,
        ms(r.diffMs),
        `compiling both: ${ms(r.compileMs)}`,
        times(r.diffMs / r.compileMs),
        first ? '≤ 1.5×' : '',
        first ? r.diffMs / r.compileMs <= 1.5 : null,
      );
      row(`    accuracy against the edits (${r.n} items)`, `${r.right}/${r.total}`, '', `${((100 * r.right) / r.total).toFixed(1)}%`);
    }
    row('  diff of 4,000 items against 1,000', ms(fourThousand.diffMs), `1,000: ${ms(thousand.diffMs)}`, times(fourThousand.diffMs / thousand.diffMs), '≤ 5×', fourThousand.diffMs / thousand.diffMs <= 5);
    row('  peak RSS, diff of 4,000 items (compiling included)', mb(fourThousand.rss), `1,000: ${mb(thousand.rss)}`, '', '< 300 MB', fourThousand.rss < 300 * MB);

    // 6. Growth: each shape at n and 4n; linear work takes about 4 times as long.
    step('scaling');
    for (const [name, make] of Object.entries(SHAPES)) {
      const small = make(1500);
      const large = make(6000);
      // The best of several runs: a busy machine only ever adds time.
      const smallMs = timeBest(() => compile(small));
      const largeMs = timeBest(() => compile(large));
      const first = name === Object.keys(SHAPES)[0];
      row(`${first ? '6' : ' '} ${name}, n → 4n`, `${ms(largeMs)} (${mb(Buffer.byteLength(large))})`, `n: ${ms(smallMs)}`, times(largeMs / smallMs, 1), '≤ 6×', largeMs / smallMs <= 6);
    }
    for (const [name, { make, path }] of Object.entries(CRAFTED)) {
      const small = make(1500);
      const large = make(6000);
      const smallMs = timeBest(() => compile(small, { path: path ?? null }));
      const largeMs = timeBest(() => compile(large, { path: path ?? null }));
      row(`  crafted: ${name}, n → 4n`, `${ms(largeMs)} (${mb(Buffer.byteLength(large))})`, `n: ${ms(smallMs)}`, times(largeMs / smallMs, 1), '≤ 6×', largeMs / smallMs <= 6);
    }

    const section = oneSectionGrowth(250);
    row('  diff of one section of n items, n → 4n', ms(section.large), `n: ${ms(section.small)}`, times(section.large / section.small, 1), '≤ 6×', section.large / section.small <= 6);
    // 7. One plan as it is published: a 30-page PDF, a Word file and a web page, against its .txt.
    step('one plan in other formats, against its .txt');
    const plan = (extension) => join(root, `fixtures/bench/plan-30-pages.${extension}`);
    const compileAny = async (bytes, path) => compile(await read(bytes, { path }), { path });
    if (!existsSync(plan('txt'))) row('7 read + compile, other formats', 'skipped: fixtures/bench/plan-30-pages.txt is missing');
    else {
      const textBytes = readFileSync(plan('txt'));
      const textMs = await timeMedianAsync(() => compileAny(textBytes, plan('txt')), 5);
      const textSpawned = spawnMedian([bin, plan('txt'), '-o', join(work, 'plan-out'), '-f', 'json'], 5, { cwd: root });
      for (const [k, [extension, what]] of [['pdf', 'PDF'], ['docx', 'Word'], ['html', 'web page']].entries()) {
        const name = `${k === 0 ? '7' : ' '} ${what} (plan-30-pages.${extension}), read + compile`;
        if (!existsSync(plan(extension))) {
          row(name, `skipped: fixtures/bench/plan-30-pages.${extension} is missing`);
          continue;
        }
        const bytes = readFileSync(plan(extension));
        const first = await compileAny(bytes, plan(extension));
        const refusal = first.diagnostics.find((d) => d.ruleId === 'unreadable');
        if (refusal) {
          row(name, `skipped: refused (${refusal.message})`);
          continue;
        }
        const formatMs = await timeMedianAsync(() => compileAny(bytes, plan(extension)), 5);
        row(name, `${ms(formatMs)} (${mb(bytes.length)})`, `.txt: ${ms(textMs)}`, times(formatMs / textMs, 1));
        // Spawned, as a user runs it: with the time to load the format's reader and its libraries.
        const spawned = spawnMedian([bin, plan(extension), '-o', join(work, 'plan-out'), '-f', 'json'], 5, { cwd: root });
        row('    spawned, median of 5', ms(spawned), `.txt spawned: ${ms(textSpawned)}`, times(spawned / textSpawned, 1));
      }
    }
  }

  // 8. Peak memory of one large plan, in a process of its own, against its size.
  step('one large plan, peak RSS');
  if (!corpusOnly) {
    const largePlan = join(work, 'large-plan.txt');
    writeFileSync(largePlan, grow(sources().seed, 1.75 * MB, 11));
    const largeBytes = Buffer.byteLength(readFileSync(largePlan));
    const baseline = spawnNode(['-e', '0'], { rssFile: join(work, 'node.rss') });
    const one = spawnNode([bin, largePlan, '-o', join(work, 'out-large'), '-f', 'json,csv', '--jobs', '1'], { cwd: work, rssFile: join(work, 'large.rss') });
    row(`8 peak RSS, one plan of ${mb(largeBytes)}`, mb(one.rss), `node -e 0: ${mb(baseline.rss)}`, times(one.rss / largeBytes, 0), '≤ 50× its size', one.rss / largeBytes <= 50);
    const capped = spawnNode([bin, largePlan, '-o', join(work, 'out-capped'), '--max-input-size', '1MB'], { cwd: work });
    const refused = capped.status === 2 && capped.stderr.includes('is larger than the 1 MB read per input');
    row('  a plan over --max-input-size is refused with a message', refused ? 'yes' : 'no', '', '', 'yes', refused);
  }

  // The pool writes what one process writes (on two cores, row 3 checked it already).
  if (cores !== 2) {
    const identical = sameOutput(join(work, 'out-default'), join(work, 'out-jobs1'));
    row('  pool output byte-identical to --jobs 1', `${identical.files} files`, '', '', 'identical', identical.same);
  }

  const loadAfter = loadavg()[0];
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores, Node ${process.version}, ${type()} ${release()}`;
  // The one-minute load average counts the build before the bench and the bench's own work, not only other jobs.
  const load = `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (the build before the run and the run itself count in it)`;
  const header = [
    `machine: ${machine}`,
    load,
    `corpus: ${documents} plans, ${(corpus.bytes / MB).toFixed(1)} MB (${kinds}), generated from seeds/ and fixtures/`,
  ];
  const widths = ['name', 'measured', 'baseline', 'ratio', 'threshold'].map((key) => Math.max(...rows.map((r) => String(r[key]).length)));
  const line = (r) =>
    [r.name, r.measured, r.baseline, r.ratio, r.threshold].map((cell, i) => String(cell).padEnd(widths[i])).join('  ') + (r.ok === null ? '' : r.ok ? '  ✔' : '  ✖');
  const table = rows.map(line).join('\n').replace(/ +$/gm, '');
  process.stdout.write(`${header.join('\n')}\n\n${table}\n`);

  if (process.argv.includes('--write')) {
    const file = join(root, 'BENCHMARKS.md');
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('<!-- bench -->');
    const end = text.indexOf('<!-- /bench -->');
    const block = `<!-- bench -->\n\`\`\`text\n${header.join('\n')}\n\n${table}\n\`\`\`\n<!-- /bench -->`;
    writeFileSync(file, start === -1 || end === -1 ? `${text.trimEnd()}\n\n${block}\n` : text.slice(0, start) + block + text.slice(end + '<!-- /bench -->'.length));
    process.stderr.write(`wrote the table into ${file}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
