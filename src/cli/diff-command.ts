import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { diffSeries } from '../diff/diff.js';
import { diffFolders } from '../diff/diff-folders.js';
import { localizeIssues } from '../i18n/localize-issues.js';
import { editionLimitProblem, type EditionLimitProblem } from '../diff/edition-limits.js';
import { terminalSummary } from '../diff/render/terminal.js';
import { DIFF_FORMATS, diffFormatOf, isDiffFormat, type DiffFormat } from '../diff/render/diff-formats.js';
import { diffRenderers } from '../diff/render/renderers.js';
import { Document, type DiffSeries } from '../model/index.js';
import { collectInputs } from './collect-inputs.js';
import { colorsFor } from './colors.js';
import { compileInput } from './compile-input.js';
import { describePathError } from './describe-path-error.js';
import { describeReadError } from './describe-read-error.js';
import { describeWriteError } from './describe-write-error.js';
import { readOptions } from './read-options.js';
import { readInput } from './read-regular-file.js';
import { EXIT } from './exit-code.js';
import type { Io } from './io.js';
import { uniqueIds } from './unique-ids.js';
import { UsageError } from './usage-error.js';
import { writeFileAtomic } from './write-file-atomic.js';
import type { Encoding } from '../read/decode.js';
import { errorLine } from './error-line.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/** The options of `policy-compile diff`, as commander hands them over. */
export interface DiffCommandOptions {
  /** `--max-input-size`: most bytes read from one edition. */
  maxInputSize?: number;
  out?: string;
  format?: string;
  exitCode?: boolean;
  from?: 'text' | 'markdown';
  encoding?: Encoding;
  /** The language of messages and report labels (chosen by the command line from `--lang` or the locale). */
  lang?: Language;
}

/**
 * Compares each edition with the next, or the plans of two folders paired by title, writes the
 * report (to a file or stdout) and a short summary to stderr.
 * @param args the editions, oldest first, or two folders (old, new)
 * @param options the command's options
 * @param io the outside world
 * @returns the exit code
 */
export async function diffCommand(args: string[], options: DiffCommandOptions, io: Io): Promise<number> {
  const { lang } = options;
  if (args.length < 2) throw new UsageError(translate(lang, 'diff.two-editions'));
  if (args.filter((arg) => arg === '-').length > 1) throw new UsageError(translate(lang, 'diff.one-stdin'));
  const format = reportFormat(options);
  const out = options.out ? resolve(io.cwd, options.out) : null;
  if (out) checkWritable(out, options.out!, lang);

  const colors = colorsFor(io);
  const isFolder = (arg: string) => arg !== '-' && statSync(resolve(io.cwd, arg), { throwIfNoEntry: false })?.isDirectory() === true;
  // Two folders: every plan in each, paired by title; otherwise each argument is one edition.
  const folders = args.length === 2 && args.every(isFolder);
  const lists = folders ? args.map((arg) => collectInputs([arg], io.cwd, { lang })) : null;
  const files = lists ? lists.flatMap((list) => list.inputs.map((input) => input.path!)) : args;
  const ids = uniqueIds(files.map((arg) => (arg === '-' ? null : arg)));
  const documents: Document[] = [];
  const problems: string[] = lists ? lists.flatMap((list) => list.missing.map((missing) => `${missing.path}: ${missing.reason}`)) : [];
  for (const [i, arg] of files.entries()) {
    try {
      documents.push(await readEdition(arg, ids[i]!, options, io));
    } catch (error) {
      problems.push(describe(arg, error, lang));
    }
  }
  if (problems.length) {
    for (const problem of problems) io.stderr(errorLine(problem, colors, lang));
    return EXIT.failure;
  }

  const series = lists ? diffFolders(documents.slice(0, lists[0]!.inputs.length), documents.slice(lists[0]!.inputs.length)) : diffSeries(documents);
  if (format) {
    const text = diffRenderers[format](series, { lang: lang ?? 'en' });
    if (!out) io.stdout(text);
    else {
      try {
        writeFileAtomic(out, text);
      } catch (error) {
        io.stderr(errorLine(translate(lang, 'write.cannot-write', { file: options.out!, reason: describeWriteError(error, lang) }), colors, lang));
        return EXIT.failure;
      }
    }
  }
  io.stderr(terminalSummary(series, colors, lang).join('\n') + '\n');
  if (out) io.stderr(`${translate(lang, 'diff.wrote', { out: options.out! })}\n`);
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
    if (!isDiffFormat(options.format)) throw new UsageError(translate(options.lang, 'diff.unknown-format', { format: options.format, formats: DIFF_FORMATS }));
    return options.format;
  }
  if (!options.out) return null;
  const format = diffFormatOf(options.out);
  if (!format) throw new UsageError(translate(options.lang, 'diff.format-from-name', { out: options.out }));
  return format;
}

function checkWritable(file: string, shown: string, lang?: Language): void {
  try {
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(translate(lang, 'diff.out-is-folder', { out: shown }));
    if (!statSync(dirname(file), { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(translate(lang, 'diff.out-folder-missing', { out: shown }));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(translate(lang, 'usage.cannot-write-to', { path: shown, reason: describePathError(error, lang) }));
  }
}

/** Reads one edition: compiled JSON (a `.json` file, or JSON on stdin) is checked against the Document schema, anything else is compiled. */
async function readEdition(arg: string, id: string, options: DiffCommandOptions, io: Io): Promise<Document> {
  const path = arg === '-' ? null : arg;
  // An edition is named on the command line: a link there is followed, as for compile's own arguments.
  const bytes = await readInput({ path, file: path === null ? null : resolve(io.cwd, arg), followLink: true }, io, options.maxInputSize);
  // A .json file, or stdin that opens with `{` (no plan does), holds a compiled document.
  if (/\.json$/i.test(arg) || (arg === '-' && /^\s*\{/.test(new TextDecoder().decode(bytes.subarray(0, 64))))) return compiledDocument(bytes, options.lang);
  const outcome = await compileInput({ path, file: null, bytes }, { path, id, ...readOptions(options), ...(options.lang ? { lang: options.lang } : {}) }, io);
  if (outcome.kind === 'unreadable') throw new InputError(outcome.problem, true);
  return outcome.result.document;
}

/** A compiled document from JSON bytes, or an error that says what is wrong with it. */
function compiledDocument(bytes: Uint8Array, lang?: Language): Document {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InputError(translate(lang, 'diff.invalid-json', { detail: (error as Error).message }));
  }
  const tooBig = editionLimitProblem(value);
  if (tooBig) throw new InputError(translate(lang, 'diff.edition-refused', { detail: describeLimit(tooBig, lang) }));
  const parsed = Document.safeParse(value, { error: localizeIssues(lang) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(translate(lang, 'diff.not-compiled', { at: issue.path.join('.'), detail: issue.message }));
  }
  return parsed.data;
}

/** The limit a compiled edition passes, in words. */
function describeLimit(problem: EditionLimitProblem, lang?: Language): string {
  switch (problem.code) {
    case 'too-many-nodes':
      return translate(lang, 'diff.limit.too-many-nodes', problem);
    case 'too-deep':
      return translate(lang, 'diff.limit.too-deep', problem);
    case 'too-long':
      return translate(lang, 'diff.limit.too-long', problem);
  }
}

/** An edition that was read but cannot be used; its message is shown after the file name, unless it names the file itself. */
class InputError extends Error {
  constructor(
    message: string,
    readonly named = false,
  ) {
    super(message);
  }
}

function describe(arg: string, error: unknown, lang?: Language): string {
  const where = arg === '-' ? '<stdin>' : arg;
  if (error instanceof InputError) return error.named ? error.message : `${where}: ${error.message}`;
  if ((error as NodeJS.ErrnoException).code === 'EISDIR') return `${where}: ${translate(lang, 'diff.edition-is-folder')}`;
  return describeReadError({ path: arg === '-' ? null : arg, file: null }, error, lang);
}
