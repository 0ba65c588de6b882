import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UNREADABLE, type CompileResult } from '../compile-with.js';
import { countNodes } from '../emit/count-nodes.js';
import { DEFAULT_FORMATS, EXTENSIONS, FORMATS, isFormat, type Format } from '../emit/formats.js';
import { loadEmitter } from '../emit/load-emitter.js';
import { toRunIndex, type RunEntry } from '../emit/run-index.js';
import type { Encoding } from '../read/decode.js';
import { colorsFor } from './colors.js';
import { collectInputs, type Input } from './collect-inputs.js';
import { exitCode } from './exit-code.js';
import { formatDiagnostic } from './format-diagnostic.js';
import type { Io } from './io.js';
import { loadCompile } from './load-compile.js';
import { uniqueIds } from './unique-ids.js';
import { UsageError } from './usage-error.js';
import { refuseInputOverwrite } from './refuse-input-overwrite.js';
import { removeStaleTemporaries, writeFileAtomic } from './write-file-atomic.js';

/** Most findings the summary shows per document, errors first; the rest are counted. */
const MAX_SHOWN = 10;

/** The options of `policy-compile compile`, as commander hands them over. */
export interface CompileCommandOptions {
  out?: string;
  format?: string;
  stdout?: boolean;
  frail?: boolean;
  from?: 'text' | 'markdown';
  encoding?: Encoding;
}

/**
 * Compiles the inputs and writes `<id>.<format>` per document plus `index.json` into the
 * output folder, or one format of one document to stdout.
 * @param args files, folders, or `-` for stdin
 * @param options the command's options
 * @param io the outside world
 * @returns the exit code
 */
export async function compileCommand(args: string[], options: CompileCommandOptions, io: Io): Promise<number> {
  const formats = parseFormats(options.format);
  if (!options.stdout && !options.out) throw new UsageError('say where to write: -o <folder>, or --stdout');
  if (options.stdout && formats.length !== 1) throw new UsageError('--stdout writes one format: add --format json, yaml, csv or outline');

  const colors = colorsFor(io);
  const { inputs, missing } = collectInputs(args, io.cwd);
  const problems = missing.map(({ path, reason }) => `${path}: ${reason}`);
  if (options.stdout && inputs.length !== 1) throw new UsageError(`--stdout writes one document, but ${inputs.length} inputs were given`);

  const ids = uniqueIds(inputs.map((input) => input.path));
  // Only the code this run needs: the Markdown reader if an input is Markdown, one emitter per format asked for.
  const compile = await loadCompile(inputs, options.from);
  const emitters = Object.fromEntries(await Promise.all(formats.map(async (format) => [format, await loadEmitter(format)])));
  const results: CompileResult[] = [];
  for (const [i, input] of inputs.entries()) {
    try {
      const bytes = await readInput(input, io);
      const result = compile(bytes, { path: input.path, id: ids[i]!, ...readOptions(options) });
      const refusal = describeRefusal(input, result);
      if (refusal) problems.push(refusal);
      else results.push(result);
    } catch (error) {
      problems.push(describeReadError(input, error));
    }
  }

  const entries: RunEntry[] = [];
  if (options.stdout) {
    const result = results[0];
    if (result) io.stdout(emitters[formats[0]!]!(result.document));
  } else {
    const folder = resolve(io.cwd, options.out!);
    prepareFolder(folder, options.out!);
    refuseInputOverwrite(folder, ['index.json', ...ids.flatMap((id) => formats.map((format) => `${id}.${EXTENSIONS[format]}`))], inputs);
    removeStaleTemporaries(folder);
    for (const result of results) {
      const files = formats.map((format) => `${result.document.id}.${EXTENSIONS[format]}`);
      formats.forEach((format, k) => writeFileAtomic(join(folder, files[k]!), emitters[format]!(result.document)));
      entries.push({ ...result, files });
    }
    writeFileAtomic(join(folder, 'index.json'), toRunIndex(entries));
  }

  const diagnostics = results.flatMap((result) => result.diagnostics);
  for (const problem of problems) io.stderr(`${colors.red('error')}  ${problem}\n`);
  for (const result of results) {
    const counts = countNodes(result.document);
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const mark = errors ? colors.red('✖') : colors.green('✔');
    const parts = (['sections', 'subsections', 'items', 'subitems', 'points', 'obligations'] as const)
      .filter((kind) => counts[kind] > 0 || kind === 'obligations')
      .map((kind) => `${counts[kind]} ${counts[kind] === 1 ? kind.slice(0, -1) : kind}`);
    io.stderr(`${mark} ${colors.bold(result.document.id)}  ${parts.join(', ')}\n`);
    const shown = [...result.diagnostics].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error')).slice(0, MAX_SHOWN);
    for (const diagnostic of shown) io.stderr(`    ${formatDiagnostic(diagnostic, colors)}\n`);
    const hidden = result.diagnostics.length - MAX_SHOWN;
    if (hidden > 0) io.stderr(`    ${colors.dim(`… and ${hidden} more (policy-compile validate lists them all)`)}\n`);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const written = options.stdout ? 'to stdout' : `${entries.length * formats.length + 1} files in ${options.out}`;
  io.stderr(`${results.length} compiled, ${problems.length} unreadable, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}; wrote ${written}\n`);
  return exitCode(diagnostics, problems.length, options);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
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

/** The bytes of one input: the file, or all of stdin. */
export async function readInput(input: Input, io: Io): Promise<Uint8Array> {
  return input.file === null ? io.readStdin() : readFileSync(input.file);
}

/** The options of `compile` that say how to read an input, from the command's options. */
export function readOptions(options: { from?: 'text' | 'markdown'; encoding?: Encoding }): { format?: 'text' | 'markdown'; encoding?: Encoding } {
  return { ...(options.from ? { format: options.from } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) };
}

/**
 * Why an input that was read could not be compiled (not text, or no text), naming it and the
 * line where that is known; null when it compiled.
 */
export function describeRefusal(input: Input, result: CompileResult): string | null {
  const refusal = result.diagnostics.find((d) => d.ruleId === UNREADABLE);
  if (!refusal) return null;
  const line = refusal.position?.start.line;
  return `${input.path ?? '<stdin>'}${line ? `:${line}` : ''}: ${refusal.message}`;
}

/** Why an input could not be read from disk, naming it. */
export function describeReadError(input: Input, error: unknown): string {
  const where = input.path ?? '<stdin>';
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return `${where}: is a folder`;
  if (code === 'EACCES') return `${where}: permission denied`;
  if (code === 'ENOENT') return `${where}: no such file or folder`;
  if (code) return `${where}: cannot read (${(error as Error).message})`;
  // Not the input's fault: a fault of this tool, which should be reported rather than hidden.
  return `${where}: internal error while compiling (${(error as Error).message}); please report it with this file`;
}

function prepareFolder(folder: string, shown: string): void {
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new UsageError(`${shown} exists and is not a folder`);
  mkdirSync(folder, { recursive: true });
}
