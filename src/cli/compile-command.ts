import type { ChalkInstance } from 'chalk';
import { InvalidArgumentError } from 'commander';
import { mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { EmitFile } from '../emit/emitters.js';
import { BINARY_FORMATS, DEFAULT_FORMATS, EXTENSIONS, FORMATS, GATHERED_RUN_FILES, RUN_FILES, isFormat, type Format } from '../emit/formats.js';
import { loadEmitter } from '../emit/load-emitter.js';
import { toRunEntry, type RunEntry } from '../emit/run-index.js';
import type { Encoding } from '../read/decode.js';
import { formatNamed } from '../read/sniff-format.js';
import { colorsFor } from './colors.js';
import type { Input } from './collect-inputs.js';
import { gatherInputs } from './gather-inputs.js';
import { compileInput, unreadableOutcome } from './compile-input.js';
import { compileOne, type CompileOutcome, type CompileTask, type CompileTools } from './compile-one.js';
import { describeReadError } from './describe-read-error.js';
import { describePathError } from './describe-path-error.js';
import { describeWriteError } from './describe-write-error.js';
import { escapeName } from '../text/escape-name.js';
import { exitCode, failureReason, type Tally } from './exit-code.js';
import { formatDiagnostic } from './format-diagnostic.js';
import type { InputLimits } from './input-limit-options.js';
import type { Io } from './io.js';
import { openAtomic, type AtomicFile } from './open-atomic.js';
import { openRunIndex, type RunIndexFile } from './open-run-index.js';
import { progressBar } from './progress-bar.js';
import { readOptions } from './read-options.js';
import { refuseInputOverwrite } from './refuse-input-overwrite.js';
import { uniqueIds } from './unique-ids.js';
import { UsageError } from './usage-error.js';
import { writeFileAtomic } from './write-file-atomic.js';
import { removeStaleTemporaries } from './temporary-file.js';
import { errorLine } from './error-line.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/** Most findings the summary shows per document, errors first; the rest are counted. */
const MAX_SHOWN = 10;
/**
 * Bytes of input per worker below which a worker is not started: starting one and loading the
 * compiler into it costs about as much as compiling 300 KB of plans in this process.
 */
const BYTES_PER_WORKER = 512 * 1024;
/**
 * Bytes of text or Markdown below which a run is short: V8's optimizing compiler is turned off for
 * it (`Io.shortRun`). Measured with seed copies in one process (main thread and all threads' CPU,
 * interleaved, median of 7): at 76 KB and 300 KB the main thread took as long without it (1.00×,
 * 1.03×) and all threads 0.71× and 0.64× the time; at 900 KB the main thread took 1.07× (0.70×
 * in all), at 2.8 MB 1.24×. Below 256 KB the main thread loses nothing measurable. Not for the
 * formats with readers of their own, which do far more work per byte: a PDF of 227 KB took 1.10×
 * on the main thread without it.
 */
const SHORT_RUN_BYTES = 256 * 1024;

/** Whether a run of these inputs is short (`SHORT_RUN_BYTES`): text or Markdown by their names, and small. */
function isShortRun(paths: Array<string | null>, bytes: number): boolean {
  return bytes < SHORT_RUN_BYTES && paths.every((path) => formatNamed(path) === undefined);
}
/**
 * Tasks handed out ahead of the first unfinished one, per worker: keeps workers busy while bounding
 * what waits for its turn. The plans of a corpus take from a millisecond to tens (a short fixture
 * against a plan of 30 pages), so while one worker is on a long plan the others must be able to
 * run on past it: with 4, a worker idled once the other had done three short ones. What waits is
 * a summary of a few kilobytes per document.
 */
const WINDOW_PER_WORKER = 16;
/**
 * Tasks a worker holds at once: the one it runs, and the next ones, which wait in it, so that it
 * never idles while its answer travels to this process and this process, busy compiling a plan of
 * its own, cannot send it more (with one, each worker idled 1.4–2.8% of a run; with two and this
 * process compiling, the worker idled 23 s of 173 s on 600 bench plans: a long plan here outlasts
 * two short ones there). Four cover a plan here as long as three there; more would only lengthen
 * the run's tail, when this process waits for the worker's last ones.
 */
const TASKS_PER_WORKER = 4;
/**
 * How far, in percent, the old generation of every process of a pooled run grows between full
 * collections, instead of V8's factor (up to 4× what survived): a compiling process keeps almost
 * nothing from one document to the next, so V8's growth mostly held garbage. It caps the memory
 * that the second core would otherwise double; the young generation keeps V8's size, as the
 * collector's work grows with how often it runs, not with the garbage it drops. On 600 bench plans
 * (--jobs 2, json+csv) the command's heap peaked with an old generation of 51 MB under V8's
 * factor and 19 MB with this (RSS 159 → 126 MB). The earlier 4 MB semi-spaces of the worker
 * (`--max-semi-space-size=4`) saved it 25 MB but ran its young-generation collection 3.5 times as
 * often (758 scavenges against 218 in the command for as many plans, 8.6 s of pauses against 4.4 s)
 * and its collector's helper threads took 7.7 s of CPU against 5.7 s. On the 2,000 bench plans
 * (one run each), V8's own growth (0) took the two processes to 410 MB against 292 MB (50%: 299
 * MB), for 64.8 s of CPU against 61.9 s. `--single-threaded-gc` in the worker (six runs each, interleaved, on a
 * loaded machine) cut the CPU of the threads beside the main threads from 23.5–30.4 s to
 * 19.5–23.8 s, but the main threads took most of it back (run CPU 67.9–82.2 s, mean 74.3,
 * against 66.0–84.5 s, mean 76.1) and the worker's peak RSS rose by 7–9 MB: too near the 300 MB
 * the two processes must stay under, for a gain within the noise. The command process cannot
 * take it at run time (V8 aborted on a check of its concurrent marker).
 */
const POOL_HEAP_GROWING_PERCENT = 20;
/** V8's options for each worker, before this process's own (which win, as later options do). */
const WORKER_V8_OPTIONS = [`--heap-growing-percent=${POOL_HEAP_GROWING_PERCENT}`];

/** The options of `policy-compile compile`, as commander hands them over. */
export interface CompileCommandOptions extends InputLimits {
  out?: string;
  format?: string;
  stdout?: boolean;
  frail?: boolean;
  from?: 'text' | 'markdown' | 'jsonl';
  encoding?: Encoding;
  jobs?: number;
  /** The summary's last line and the errors only. */
  quiet?: boolean;
  /** Globs of inputs to leave out. */
  ignore?: string[];
  /** The language of messages (chosen by the command line from `--lang` or the locale). */
  lang?: Language;
  /** JSON without indentation, for corpus runs that machines read. */
  compact?: boolean;
}

/**
 * Compiles the inputs and writes `<id>.<format>` per document plus `index.json` into the
 * output folder, or one format of one document to stdout. A large run is spread over worker
 * processes; each document's files are written as soon as it is compiled, and only its summary is
 * kept, so memory does not grow with the number of inputs.
 * @param args files, folders, or `-` for stdin
 * @param options the command's options
 * @param io the outside world
 * @returns the exit code
 */
export async function compileCommand(args: string[], options: CompileCommandOptions, io: Io): Promise<number> {
  const { lang } = options;
  // The streaming filter, loaded only when asked for (it brings zod, to check each record).
  if (options.from === 'jsonl') return (await import('./filter-command.js')).filterCommand(args, options, io);
  const read = { ...readOptions({ from: options.from, encoding: options.encoding }), ...(lang ? { lang } : {}) };
  const formats = parseFormats(options.format, lang);
  if (!options.stdout && !options.out) throw new UsageError(translate(lang, 'usage.where-to-write'));
  if (options.stdout && options.out) throw new UsageError(translate(lang, 'usage.stdout-and-out'));
  if (options.stdout && formats.length !== 1) throw new UsageError(translate(lang, 'usage.stdout-one-format'));
  // JSON Lines is the one format whose documents follow each other in one stream.
  const streaming = options.stdout === true && formats[0] === 'jsonl';
  const workbook = formats.find((format) => (BINARY_FORMATS as readonly string[]).includes(format) || format === 'workbook');
  if (options.stdout && workbook) throw new UsageError(translate(lang, 'usage.stdout-workbook', { format: workbook }));

  const { inputs, missing, skipped } = await gatherInputs(args, io.cwd, options.ignore, { followLinks: options.followLinks, lang });
  const problems = missing.map(({ path, reason }) => `${path}: ${reason}`);
  if (options.stdout && inputs.length === 0 && problems.length) throw new UsageError(problems.join('\n'));
  if (options.stdout && !streaming && inputs.length !== 1) throw new UsageError(translate(lang, 'usage.stdout-one-document', { inputs: inputs.length }));
  const ids = uniqueIds(inputs.map((input) => input.path));
  if (options.stdout && !streaming) return toStdout(inputs[0]!, ids[0]!, formats[0]!, read, options, problems, io);

  const folder = streaming ? null : resolve(io.cwd, options.out!);
  const perDocument = formats.filter((format) => !RUN_FILES[format]);
  const runNames = formats.flatMap((format) => RUN_FILES[format] ?? []);
  if (folder) {
    prepareFolder(folder, options.out!, lang);
    refuseInputOverwrite(folder, ['index.json', ...runNames, ...ids.flatMap((id) => perDocument.map((format) => `${id}.${EXTENSIONS[format]}`))], inputs, lang);
    removeStaleTemporaries(folder);
  }
  const tasks: CompileTask[] = [];
  for (const [i, input] of inputs.entries()) {
    // Standard input is read here, once; the task carries its bytes.
    let bytes;
    try {
      bytes = input.file === null ? await io.readStdin(options.maxInputSize) : undefined;
    } catch (error) {
      missing.push({ path: '-', reason: describeReadError(input, error, lang).replace(/^<stdin>: /, '') });
      continue;
    }
    const limits = { ...(options.maxInputSize ? { maxBytes: options.maxInputSize } : {}), ...(input.followLink ? { followLink: true } : {}) };
    tasks.push({ path: input.path, file: input.file, id: ids[i]!, read, formats, folder: folder ?? io.cwd, ...limits, ...(options.compact ? { compact: true } : {}), ...(bytes ? { bytes } : {}) });
  }

  // Each document is reported and indexed as it comes, in input order; none is kept.
  const colors = colorsFor(io);
  problems.push(...missing.slice(problems.length).map(({ path, reason }) => `${path}: ${reason}`));
  for (const problem of problems) io.stderr(errorLine(escapeName(problem), colors, lang));
  if (skipped.length && !options.quiet) io.stderr(`${colors.dim(translate(lang, 'summary.left-out-docs', { count: skipped.length, files: skipped }))}\n`);
  const found: Tally = { errors: 0, warnings: 0 };
  let compiled = 0;
  let refused = problems.length;
  let index = folder ? openRunIndex(join(folder, 'index.json')) : null;
  // Run-wide files (index.json, documents.jsonl, tasks.xlsx) that could not be written: each is dropped with an error, the run goes on.
  let lost = 0;
  const lose = (name: string, error: unknown) => {
    lost++;
    io.stderr(errorLine(translate(lang, 'write.run-file-dropped', { file: name, reason: describeWriteError(error, lang) }), colors, lang));
  };
  const toIndex = (write: (file: RunIndexFile) => void) => {
    if (!index) return;
    try {
      write(index);
    } catch (error) {
      index.abort();
      index = null;
      lose('index.json', error);
    }
  };
  for (const [k, { path }] of missing.entries()) toIndex((file) => file.addFinding(unreadableOutcome(path, problems[k]!).finding));
  const runFiles = new Map<string, AtomicFile>();
  // The texts of the run-wide files made at the end (the workbook), in input order.
  const gathered = new Map(runNames.filter((name) => GATHERED_RUN_FILES.has(name)).map((name) => [name, [] as string[]]));
  const progress = progressBar(io, tasks.length, lang);
  const bytes = inputBytes(tasks);
  const workers = poolSize(tasks, bytes, options.jobs ?? availableParallelism());
  if (workers === 0 && isShortRun(tasks.map((task) => task.file ?? task.path), bytes)) await io.shortRun?.();
  try {
    for (const name of runNames) if (!gathered.has(name)) runFiles.set(name, folder ? openAtomic(join(folder, name)) : toStream(io.stdout));
    for await (const outcome of outcomes(tasks, workers, lang)) {
      progress.clear();
      if (outcome.kind === 'unreadable' || outcome.kind === 'failed') {
        refused++;
        toIndex((file) => file.addFinding(outcome.finding));
        io.stderr(errorLine(outcome.problem, colors, lang));
      } else {
        for (const [name, text] of Object.entries(outcome.runTexts)) {
          if (gathered.has(name)) gathered.get(name)!.push(text);
          else writeRunText(runFiles, name, text, lose);
        }
        toIndex((file) => file.add(outcome.entry));
        reportDocument(outcome.entry, colors, io, options.quiet, lang);
        found.errors += outcome.entry.entry.errors;
        found.warnings += outcome.entry.entry.warnings;
        compiled++;
      }
      progress.advance();
    }
    for (const [name, file] of runFiles) {
      try {
        file.commit();
      } catch (error) {
        runFiles.delete(name);
        lose(name, error);
      }
    }
    if (folder && gathered.has('tasks.xlsx')) {
      const { runWorkbook } = await import('../emit/run-workbook.js');
      try {
        writeFileAtomic(join(folder, 'tasks.xlsx'), await runWorkbook(gathered.get('tasks.xlsx')!));
      } catch (error) {
        gathered.delete('tasks.xlsx');
        lose('tasks.xlsx', error);
      }
    }
    toIndex((file) => file.commit());
  } finally {
    progress.clear();
    for (const file of runFiles.values()) file.abort();
    index?.abort();
  }

  const written = folder
    ? translate(lang, 'summary.written-files', { files: compiled * perDocument.length + runFiles.size + gathered.size + (index ? 1 : 0), folder: options.out!, workers })
    : translate(lang, 'summary.written-documents', { documents: compiled, workers });
  reportTotals(compiled, refused, found, written, io, lang);
  reportFailure(found, refused, options, colors, io);
  // A run-wide file not written fails the run like an input not read.
  return exitCode(found, refused + lost, options);
}

/** Adds one document's text to a run-wide file; one that cannot be written is dropped (no temporary left) and `lose` says so. */
function writeRunText(runFiles: Map<string, AtomicFile>, name: string, text: string, lose: (name: string, error: unknown) => void): void {
  const file = runFiles.get(name);
  if (!file) return;
  try {
    file.write(text);
  } catch (error) {
    file.abort();
    runFiles.delete(name);
    lose(name, error);
  }
}

/** A run-wide file that goes to a stream instead (`--stdout --format jsonl`): written as it comes. */
function toStream(write: (text: string) => void): AtomicFile {
  return { write: (data) => write(typeof data === 'string' ? data : Buffer.from(data).toString('utf8')), commit: () => {}, abort: () => {} };
}

/** The bytes of all inputs of a run (a file that cannot be read counts none). */
function inputBytes(tasks: CompileTask[]): number {
  let bytes = 0;
  for (const task of tasks) bytes += task.bytes?.length ?? statSync(task.file!, { throwIfNoEntry: false })?.size ?? 0;
  return bytes;
}

/** How many workers a run of `bytes` is worth: at most `jobs`, one per `BYTES_PER_WORKER` of input; below two, none. */
function poolSize(tasks: CompileTask[], bytes: number, jobs: number): number {
  const size = Math.min(jobs, tasks.length, Math.floor(bytes / BYTES_PER_WORKER));
  return size < 2 ? 0 : size;
}

/** The outcomes of the tasks, in their order: on `size` worker processes, or in this process when `size` is 0. */
function outcomes(tasks: CompileTask[], size: number, lang?: Language): AsyncIterable<CompileOutcome> | Iterable<CompileOutcome> {
  if (size === 0) return inThisThread(tasks);
  return onWorkers(tasks, size, lang);
}

/**
 * The outcomes of the tasks on `size` processes: this one and `size - 1` forked workers (the
 * pool, and node:child_process, are loaded only by runs that start workers). This process
 * compiles too rather than wait for the workers: measured on 600 bench plans
 * (bench/pool-accounting.js), the command process of two forked workers spent 1.9 s of a 152 s run
 * on a core and held 67 MB while doing so. Every process of the pool, this one included, runs with
 * the same heap growth (`POOL_HEAP_GROWING_PERCENT`), so that they compile at the same speed.
 */
async function* onWorkers(tasks: CompileTask[], size: number, lang?: Language): AsyncIterable<CompileOutcome> {
  const { runPool } = await import('./worker-pool.js');
  const tools = await loadTools(tasks[0]?.formats ?? []);
  // This process compiles beside the workers: its old generation grows as theirs does, set at run
  // time (V8 reads it at each full collection), unless its own Node options say otherwise.
  if (!process.execArgv.some((option) => option.startsWith('--heap-growing-percent'))) {
    (await import('node:v8')).setFlagsFromString(`--heap-growing-percent=${POOL_HEAP_GROWING_PERCENT}`);
  }
  yield* runPool(tasks, {
    url: new URL('./compile-worker.js', import.meta.url),
    size: size - 1,
    local: (task) => compileOne(task, tools),
    window: size * WINDOW_PER_WORKER,
    depth: TASKS_PER_WORKER,
    execArgv: [...WORKER_V8_OPTIONS, ...process.execArgv],
    crashed: (task, error): CompileOutcome => unreadableOutcome(task.path, describeReadError(task, error, lang)),
  });
}

/** The outcomes of the tasks compiled one after the other, each when it is asked for. */
async function* inThisThread(tasks: CompileTask[]): AsyncIterable<CompileOutcome> {
  const tools = await loadTools(tasks[0]?.formats ?? []);
  for (const task of tasks) {
    yield await compileOne(task, tools);
    // Back to the event loop between documents: a closed stdout or stderr is reported there
    // (processIo's 'error' handler), and the run must not go on compiling for nobody.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** What compiling in this thread needs, and no more: the emitters of the formats written (workers load their own). */
async function loadTools(formats: Format[]): Promise<CompileTools> {
  const emitters: Partial<Record<Format, EmitFile>> = {};
  for (const format of formats) emitters[format] = await loadEmitter(format);
  // The JSON writer in pieces is a few lines; loaded with the emitters it stands in for.
  return { emitters, piecewise: (await import('../emit/piecewise-emitters.js')).piecewiseEmitters };
}

/** One format of one document to stdout. */
async function toStdout(input: Input, id: string, format: Format, read: CompileTask['read'], options: CompileCommandOptions, problems: string[], io: Io): Promise<number> {
  const colors = colorsFor(io);
  let found: Tally = { errors: 0, warnings: 0 };
  // Standard input's size is known only once it is read: a file's decides.
  const size = input.file === null ? undefined : statSync(input.file, { throwIfNoEntry: false })?.size;
  if (size !== undefined && isShortRun([input.file], size)) await io.shortRun?.();
  const outcome = await compileInput({ ...input, ...(options.maxInputSize ? { maxBytes: options.maxInputSize } : {}) }, { path: input.path, id, ...read }, io);
  if (outcome.kind === 'unreadable') problems.push(outcome.problem);
  else {
    const { result } = outcome;
    const { emitters } = await loadTools([format]);
    io.stdout((await emitters[format]!(result.document)) as string);
    const entry = toRunEntry(result.document, result.diagnostics, []);
    reportDocument(entry, colors, io, options.quiet, options.lang);
    found = entry.entry;
  }
  for (const problem of problems) io.stderr(errorLine(problem, colors, options.lang));
  reportTotals(problems.length ? 0 : 1, problems.length, found, translate(options.lang, 'summary.written-stdout'), io, options.lang);
  reportFailure(found, problems.length, options, colors, io);
  return exitCode(found, problems.length, options);
}

/** One document in the run's summary on stderr: its counts, then its first findings, errors first; with `quiet`, its errors alone. */
function reportDocument({ entry, diagnostics }: RunEntry, colors: ChalkInstance, io: Io, quiet = false, lang?: Language): void {
  const { counts } = entry;
  const mark = entry.errors ? colors.red('✖') : colors.green('✔');
  const parts = (['sections', 'subsections', 'items', 'subitems', 'points', 'obligations'] as const)
    .filter((kind) => counts[kind] > 0 || kind === 'obligations')
    .map((kind) => translate(lang, 'summary.count', { kind: kind.slice(0, -1) as 'section', count: counts[kind] }));
  if (!quiet) io.stderr(`${mark} ${colors.bold(entry.id)}  ${translate(lang, 'summary.counts', { parts })}\n`);
  const listed = quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const shown = [...listed].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error')).slice(0, MAX_SHOWN);
  const indent = quiet ? '' : '    ';
  for (const diagnostic of shown) io.stderr(`${indent}${formatDiagnostic(diagnostic, colors, lang)}\n`);
  const hidden = listed.length - MAX_SHOWN;
  if (hidden > 0) io.stderr(`${indent}${colors.dim(translate(lang, 'summary.more', { count: hidden }))}\n`);
}

/** The last line of the run's summary. */
function reportTotals(compiled: number, unreadable: number, found: Tally, written: string, io: Io, lang?: Language): void {
  io.stderr(`${translate(lang, 'summary.totals', { compiled, unreadable, errors: found.errors, warnings: found.warnings, written })}\n`);
}

/** The line that says why a run fails on its warnings alone (`--frail`), when it does. */
function reportFailure(found: Tally, unreadable: number, options: CompileCommandOptions, colors: ChalkInstance, io: Io): void {
  const reason = failureReason(found, unreadable, options, options.lang);
  if (reason) io.stderr(`${colors.red(`✖ ${reason}`)}\n`);
}

/** The value of `--jobs`: a whole number, 1 or more. */
export function parseJobs(value: string, lang?: Language): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError(translate(lang, 'usage.whole-number-from-1'));
  return Number(value);
}

/** `json,yaml` → the formats, checked. */
export function parseFormats(list: string | undefined, lang?: Language): Format[] {
  if (!list) return [...DEFAULT_FORMATS];
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !isFormat(name));
  if (unknown.length || names.length === 0) {
    throw new UsageError(translate(lang, 'usage.unknown-format', { unknown, formats: FORMATS }));
  }
  return [...new Set(names)] as Format[];
}

function prepareFolder(folder: string, shown: string, lang?: Language): void {
  let stat;
  try {
    stat = statSync(folder, { throwIfNoEntry: false });
  } catch (error) {
    throw new UsageError(translate(lang, 'usage.cannot-write-to', { path: shown, reason: describePathError(error, lang) }));
  }
  if (stat && !stat.isDirectory()) throw new UsageError(translate(lang, 'usage.not-a-folder', { path: shown }));
  if (!stat) makeFolder(folder, shown, lang);
}

/** Creates a folder and its missing parents one by one: Node 20's recursive mkdir loops forever under /proc. */
function makeFolder(folder: string, shown: string, lang?: Language): void {
  const parent = dirname(folder);
  if (parent !== folder && !statSync(parent, { throwIfNoEntry: false })) makeFolder(parent, shown, lang);
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(translate(lang, 'usage.cannot-create', { path: shown, reason: describePathError(error, lang) }));
  }
}

