import type { ChalkInstance } from 'chalk';
import { InvalidArgumentError } from 'commander';
import { mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Emit } from '../emit/emitters.js';
import { DEFAULT_FORMATS, EXTENSIONS, FORMATS, RUN_FILES, isFormat, type Format } from '../emit/formats.js';
import { loadEmitter } from '../emit/load-emitter.js';
import { toRunEntry, type RunEntry } from '../emit/run-index.js';
import type { Encoding } from '../read/decode.js';
import { colorsFor } from './colors.js';
import { collectInputs, type Input } from './collect-inputs.js';
import { compileInput, unreadableOutcome } from './compile-input.js';
import { compileOne, type CompileOutcome, type CompileTask, type CompileTools } from './compile-one.js';
import { describeReadError } from './describe-read-error.js';
import { exitCode, type Tally } from './exit-code.js';
import { formatDiagnostic } from './format-diagnostic.js';
import type { Io } from './io.js';
import { openAtomic, type AtomicFile } from './open-atomic.js';
import { openRunIndex } from './open-run-index.js';
import { progressBar } from './progress-bar.js';
import { readOptions } from './read-options.js';
import { refuseInputOverwrite } from './refuse-input-overwrite.js';
import { uniqueIds } from './unique-ids.js';
import { UsageError } from './usage-error.js';
import { runPool } from './worker-pool.js';
import { removeStaleTemporaries } from './temporary-file.js';

/** Most findings the summary shows per document, errors first; the rest are counted. */
const MAX_SHOWN = 10;
/**
 * Bytes of input per worker below which a worker is not started: starting one and loading the
 * compiler into it costs about as much as compiling 300 KB of plans in this process.
 */
const BYTES_PER_WORKER = 512 * 1024;
/** Tasks handed out ahead of the first unfinished one, per worker: keeps workers busy while bounding what waits for its turn. */
const WINDOW_PER_WORKER = 4;

/** The options of `policy-compile compile`, as commander hands them over. */
export interface CompileCommandOptions {
  out?: string;
  format?: string;
  stdout?: boolean;
  frail?: boolean;
  from?: 'text' | 'markdown' | 'jsonl';
  encoding?: Encoding;
  jobs?: number;
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
  // The streaming filter, loaded only when asked for (it brings zod, to check each record).
  if (options.from === 'jsonl') return (await import('./filter-command.js')).filterCommand(args, options, io);
  const read = readOptions({ from: options.from, encoding: options.encoding });
  const formats = parseFormats(options.format);
  if (!options.stdout && !options.out) throw new UsageError('say where to write: -o <folder>, or --stdout');
  if (options.stdout && formats.length !== 1) throw new UsageError('--stdout writes one format: add --format json, yaml, csv, outline or jsonl');

  const { inputs, missing } = collectInputs(args, io.cwd);
  const problems = missing.map(({ path, reason }) => `${path}: ${reason}`);
  if (options.stdout && inputs.length === 0 && problems.length) throw new UsageError(problems.join('\n'));
  if (options.stdout && inputs.length !== 1) throw new UsageError(`--stdout writes one document, but ${inputs.length} inputs were given`);
  const ids = uniqueIds(inputs.map((input) => input.path));
  if (options.stdout) return toStdout(inputs[0]!, ids[0]!, formats[0]!, read, options, problems, io);

  const folder = resolve(io.cwd, options.out!);
  prepareFolder(folder, options.out!);
  const perDocument = formats.filter((format) => !RUN_FILES[format]);
  const runNames = formats.flatMap((format) => RUN_FILES[format] ?? []);
  refuseInputOverwrite(folder, ['index.json', ...runNames, ...ids.flatMap((id) => perDocument.map((format) => `${id}.${EXTENSIONS[format]}`))], inputs);
  removeStaleTemporaries(folder);
  const tasks: CompileTask[] = [];
  for (const [i, input] of inputs.entries()) {
    // Standard input is read here, once; the task carries its bytes.
    const bytes = input.file === null ? await io.readStdin() : undefined;
    tasks.push({ path: input.path, file: input.file, id: ids[i]!, read, formats, folder, ...(options.compact ? { compact: true } : {}), ...(bytes ? { bytes } : {}) });
  }

  // Each document is reported and indexed as it comes, in input order; none is kept.
  const colors = colorsFor(io);
  for (const problem of problems) io.stderr(`${colors.red('error')}  ${problem}\n`);
  const found: Tally = { errors: 0, warnings: 0 };
  let compiled = 0;
  let refused = problems.length;
  const index = openRunIndex(join(folder, 'index.json'));
  for (const [k, { path }] of missing.entries()) index.addFinding(unreadableOutcome(path, problems[k]!).finding);
  const runFiles = new Map<string, AtomicFile>();
  const progress = progressBar(io, tasks.length);
  const workers = poolSize(tasks, options.jobs ?? availableParallelism());
  try {
    for (const name of runNames) runFiles.set(name, openAtomic(join(folder, name)));
    for await (const outcome of outcomes(tasks, workers)) {
      if (outcome.kind === 'failed') throw new Error(outcome.message);
      progress.clear();
      if (outcome.kind === 'unreadable') {
        refused++;
        index.addFinding(outcome.finding);
        io.stderr(`${colors.red('error')}  ${outcome.problem}\n`);
      } else {
        for (const [name, text] of Object.entries(outcome.runTexts)) runFiles.get(name)!.write(text);
        index.add(outcome.entry);
        reportDocument(outcome.entry, colors, io);
        found.errors += outcome.entry.entry.errors;
        found.warnings += outcome.entry.entry.warnings;
        compiled++;
      }
      progress.advance();
    }
    for (const file of runFiles.values()) file.commit();
    index.commit();
  } finally {
    progress.clear();
    for (const file of runFiles.values()) file.abort();
    index.abort();
  }

  const processes = workers ? ` on ${workers} worker processes` : '';
  reportTotals(compiled, refused, found, `${compiled * perDocument.length + runFiles.size + 1} files in ${options.out}${processes}`, io);
  return exitCode(found, refused, options);
}

/** How many workers a run is worth: at most `jobs`, one per `BYTES_PER_WORKER` of input; below two, none. */
function poolSize(tasks: CompileTask[], jobs: number): number {
  let bytes = 0;
  for (const task of tasks) bytes += task.bytes?.length ?? statSync(task.file!, { throwIfNoEntry: false })?.size ?? 0;
  const size = Math.min(jobs, tasks.length, Math.floor(bytes / BYTES_PER_WORKER));
  return size < 2 ? 0 : size;
}

/** The outcomes of the tasks, in their order: on `size` worker processes, or in this process when `size` is 0. */
function outcomes(tasks: CompileTask[], size: number): AsyncIterable<CompileOutcome> | Iterable<CompileOutcome> {
  if (size === 0) return inThisThread(tasks);
  return runPool(tasks, {
    url: new URL('./compile-worker.js', import.meta.url),
    size,
    window: size * WINDOW_PER_WORKER,
    crashed: (task, error): CompileOutcome => unreadableOutcome(task.path, describeReadError(task, error)),
  });
}

/** The outcomes of the tasks compiled one after the other, each when it is asked for. */
async function* inThisThread(tasks: CompileTask[]): AsyncIterable<CompileOutcome> {
  const tools = await loadTools(tasks[0]?.formats ?? []);
  for (const task of tasks) yield await compileOne(task, tools);
}

/** What compiling in this thread needs, and no more: the emitters of the formats written (workers load their own). */
async function loadTools(formats: Format[]): Promise<CompileTools> {
  const emitters: Partial<Record<Format, Emit>> = {};
  for (const format of formats) emitters[format] = await loadEmitter(format);
  return { emitters };
}

/** One format of one document to stdout. */
async function toStdout(input: Input, id: string, format: Format, read: CompileTask['read'], options: CompileCommandOptions, problems: string[], io: Io): Promise<number> {
  const colors = colorsFor(io);
  let found: Tally = { errors: 0, warnings: 0 };
  const outcome = await compileInput(input, { path: input.path, id, ...read }, io.readStdin);
  if (outcome.kind === 'unreadable') problems.push(outcome.problem);
  else {
    const { result } = outcome;
    const { emitters } = await loadTools([format]);
    io.stdout(emitters[format]!(result.document));
    const entry = toRunEntry(result.document, result.diagnostics, []);
    reportDocument(entry, colors, io);
    found = entry.entry;
  }
  for (const problem of problems) io.stderr(`${colors.red('error')}  ${problem}\n`);
  reportTotals(problems.length ? 0 : 1, problems.length, found, 'to stdout', io);
  return exitCode(found, problems.length, options);
}

/** One document in the run's summary on stderr: its counts, then its first findings, errors first. */
function reportDocument({ entry, diagnostics }: RunEntry, colors: ChalkInstance, io: Io): void {
  const { counts } = entry;
  const mark = entry.errors ? colors.red('✖') : colors.green('✔');
  const parts = (['sections', 'subsections', 'items', 'subitems', 'points', 'obligations'] as const)
    .filter((kind) => counts[kind] > 0 || kind === 'obligations')
    .map((kind) => `${counts[kind]} ${counts[kind] === 1 ? kind.slice(0, -1) : kind}`);
  io.stderr(`${mark} ${colors.bold(entry.id)}  ${parts.join(', ')}\n`);
  const shown = [...diagnostics].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error')).slice(0, MAX_SHOWN);
  for (const diagnostic of shown) io.stderr(`    ${formatDiagnostic(diagnostic, colors)}\n`);
  const hidden = diagnostics.length - MAX_SHOWN;
  if (hidden > 0) io.stderr(`    ${colors.dim(`… and ${hidden} more (policy-compile validate lists them all)`)}\n`);
}

/** The last line of the run's summary. */
function reportTotals(compiled: number, unreadable: number, found: Tally, written: string, io: Io): void {
  io.stderr(`${compiled} compiled, ${unreadable} unreadable, ${plural(found.errors, 'error')}, ${plural(found.warnings, 'warning')}; wrote ${written}\n`);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The value of `--jobs`: a whole number, 1 or more. */
export function parseJobs(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return Number(value);
}

/** `json,yaml` → the formats, checked. */
export function parseFormats(list: string | undefined): Format[] {
  if (!list) return [...DEFAULT_FORMATS];
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !isFormat(name));
  if (unknown.length || names.length === 0) {
    throw new UsageError(`unknown format ${unknown.join(', ') || '(none)'}: choose from ${FORMATS.join(', ')}`);
  }
  return [...new Set(names)] as Format[];
}

function prepareFolder(folder: string, shown: string): void {
  let stat;
  try {
    stat = statSync(folder, { throwIfNoEntry: false });
  } catch (error) {
    throw new UsageError(`cannot write to ${shown}: ${reasonOf(error)}`);
  }
  if (stat && !stat.isDirectory()) throw new UsageError(`${shown} exists and is not a folder`);
  if (!stat) makeFolder(folder, shown);
}

/** Creates a folder and its missing parents one by one: Node 20's recursive mkdir loops forever under /proc. */
function makeFolder(folder: string, shown: string): void {
  const parent = dirname(folder);
  if (parent !== folder && !statSync(parent, { throwIfNoEntry: false })) makeFolder(parent, shown);
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`cannot create ${shown}: ${reasonOf(error)}`);
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' ? 'a part of the path is a file' : code === 'ENOENT' ? 'no such folder' : (error as Error).message;
}
