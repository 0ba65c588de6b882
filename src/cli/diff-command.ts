import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { diffSeries } from '../diff/diff.js';
import { changedNodes, editionName, KIND_ORDER } from '../diff/render/entries.js';
import { DIFF_FORMATS, diffFormatOf, isDiffFormat, type DiffFormat } from '../diff/render/diff-formats.js';
import { diffRenderers } from '../diff/render/renderers.js';
import { Document, type DiffReport, type DiffSeries, type KindCounts } from '../model/index.js';
import { colorsFor } from './colors.js';
import { describeReadError } from './describe-read-error.js';
import { describeRefusal } from './describe-refusal.js';
import { readOptions } from './read-options.js';
import { readRegularFile } from './read-regular-file.js';
import { EXIT } from './exit-code.js';
import type { Io } from './io.js';
import { loadCompile, type Compile } from './load-compile.js';
import { uniqueIds } from './unique-ids.js';
import { UsageError } from './usage-error.js';
import { writeFileAtomic } from './write-file-atomic.js';
import type { Encoding } from '../read/decode.js';

/** The options of `policy-compile diff`, as commander hands them over. */
export interface DiffCommandOptions {
  /** `--max-input-size`: most bytes read from one edition. */
  maxInputSize?: number;
  out?: string;
  format?: string;
  exitCode?: boolean;
  from?: 'text' | 'markdown';
  encoding?: Encoding;
}

/**
 * Compares each edition with the next, writes the report (to a file or stdout) and a short
 * summary to stderr.
 * @param args the editions, oldest first
 * @param options the command's options
 * @param io the outside world
 * @returns the exit code
 */
export async function diffCommand(args: string[], options: DiffCommandOptions, io: Io): Promise<number> {
  if (args.length < 2) throw new UsageError('diff compares two editions or more: policy-compile diff <old> <new>');
  if (args.filter((arg) => arg === '-').length > 1) throw new UsageError('only one edition can come from stdin (-)');
  const format = reportFormat(options);
  const out = options.out ? resolve(io.cwd, options.out) : null;
  if (out) checkWritable(out, options.out!);

  const colors = colorsFor(io);
  const paths = args.map((arg) => (arg === '-' ? null : arg));
  const ids = uniqueIds(paths);
  const compile = await loadCompile(paths.map((path) => ({ path })), options.from);
  const documents: Document[] = [];
  const problems: string[] = [];
  for (const [i, arg] of args.entries()) {
    try {
      documents.push(await readEdition(arg, ids[i]!, options, io, compile));
    } catch (error) {
      problems.push(describe(arg, error));
    }
  }
  if (problems.length) {
    for (const problem of problems) io.stderr(`${colors.red('error')}  ${problem}\n`);
    return EXIT.failure;
  }

  const series = diffSeries(documents);
  if (format) {
    const text = diffRenderers[format](series);
    if (out) writeFileAtomic(out, text);
    else io.stdout(text);
  }
  io.stderr(summaryLines(series, colors).join('\n') + '\n');
  if (out) io.stderr(`wrote ${options.out}\n`);
  return diffExitCode(series, options.exitCode ?? false);
}

/**
 * The exit code of a diff run that read every edition: 1 when asked (`--exit-code`) and the
 * editions differ, else 0.
 * @param series the comparison
 * @param exitCode whether differences fail the run
 */
export function diffExitCode(series: DiffSeries, exitCode: boolean): number {
  return exitCode && series.reports.some((report) => report.changed) ? EXIT.findings : EXIT.clean;
}

function reportFormat(options: DiffCommandOptions): DiffFormat | null {
  if (options.format) {
    if (!isDiffFormat(options.format)) throw new UsageError(`unknown report format ${options.format}: choose from ${DIFF_FORMATS.join(', ')}`);
    return options.format;
  }
  if (!options.out) return null;
  const format = diffFormatOf(options.out);
  if (!format) throw new UsageError(`cannot tell the report format from ${options.out}: name it .html, .md or .json, or add --format`);
  return format;
}

function checkWritable(file: string, shown: string): void {
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${shown} is a folder: -o takes a file name such as report.html`);
  if (!statSync(dirname(file), { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`cannot write ${shown}: its folder does not exist`);
}

/** Reads one edition: compiled JSON (a `.json` file, or JSON on stdin) is checked against the Document schema, anything else is compiled. */
async function readEdition(arg: string, id: string, options: DiffCommandOptions, io: Io, compile: Compile): Promise<Document> {
  const bytes = arg === '-' ? await io.readStdin(options.maxInputSize) : readRegularFile(resolve(io.cwd, arg), { maxBytes: options.maxInputSize, followLink: true });
  const path = arg === '-' ? null : arg;
  // A .json file, or stdin that opens with `{` (no plan does), holds a compiled document.
  if (/\.json$/i.test(arg) || (arg === '-' && /^\s*\{/.test(new TextDecoder().decode(bytes.subarray(0, 64))))) return compiledDocument(bytes);
  const result = compile(bytes, { path, id, ...readOptions(options) });
  const refusal = describeRefusal({ path: null, file: null }, result);
  if (refusal) throw new InputError(refusal.replace(/^<stdin>:?\s*/, ''));
  return result.document;
}

/** A compiled document from JSON bytes, or an error that says what is wrong with it. */
function compiledDocument(bytes: Uint8Array): Document {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`);
  }
  const parsed = Document.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new InputError(`not a compiled policy-compile document${at}: ${issue.message} (compile the plan, or give the .txt/.md itself)`);
  }
  return parsed.data;
}

/** An edition that was read but cannot be used; its message is shown after the file name. */
class InputError extends Error {}

function describe(arg: string, error: unknown): string {
  const where = arg === '-' ? '<stdin>' : arg;
  if (error instanceof InputError) return `${where}: ${error.message}`;
  if ((error as NodeJS.ErrnoException).code === 'EISDIR') return `${where}: is a folder (diff takes one file per edition)`;
  return describeReadError({ path: arg === '-' ? null : arg, file: null }, error);
}

/** The terminal summary: per comparison, counts of node and obligation changes, cited documents and terms. */
function summaryLines(series: DiffSeries, colors: ChalkInstance): string[] {
  return series.reports.flatMap((report) => reportLines(report, colors));
}

function reportLines(report: DiffReport, colors: ChalkInstance): string[] {
  const s = report.summary;
  const title = `${colors.bold(editionName(report.old))} → ${colors.bold(editionName(report.new))}`;
  if (!report.changed) return [`${colors.green('=')} ${title}  no differences`];
  const lines = [`${colors.yellow('≠')} ${title}  ${changedNodes(report)} nodes changed`];
  lines.push(`  nodes        ${counts(s.nodes, colors)}`);
  lines.push(`  obligations  ${s.obligations.old} → ${s.obligations.new}: ${counts(s.obligations.changes, colors)}`);
  const text = report.changes.filter((change) => change.level === 'text' && change.kind !== 'unchanged');
  if (text.length) lines.push(`  text         ${text.map((change) => `${(change.new[0] ?? change.old[0]!).kind} ${change.kind}`).join(', ')}`);
  const names = (label: string, list: { added: string[]; removed: string[] }, wrap: (name: string) => string) => {
    if (list.added.length || list.removed.length) {
      lines.push(`  ${label.padEnd(12)} ${[...list.added.map((n) => colors.green(`+${wrap(n)}`)), ...list.removed.map((n) => colors.red(`−${wrap(n)}`))].join(' ')}`);
    }
  };
  names('cited', s.citedDocuments, (n) => `《${n}》`);
  names('units', s.units, (n) => n);
  names('terms', { added: s.terms.added.slice(0, 8).map((t) => t.term), removed: s.terms.removed.slice(0, 8).map((t) => t.term) }, (n) => n);
  return lines;
}

const PAINT: Record<keyof KindCounts, keyof ChalkInstance> = {
  added: 'green',
  removed: 'red',
  reworded: 'yellow',
  moved: 'magenta',
  split: 'cyan',
  merged: 'cyan',
  renumbered: 'blue',
  unchanged: 'dim',
};

function counts(kinds: KindCounts, colors: ChalkInstance): string {
  const shown = KIND_ORDER.filter((kind) => kinds[kind] > 0);
  if (shown.length === 0) return colors.dim('none');
  return shown.map((kind) => (colors[PAINT[kind]] as (text: string) => string)(`${kinds[kind]} ${kind}`)).join(', ');
}
