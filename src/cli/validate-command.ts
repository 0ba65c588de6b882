import { dirname, resolve } from 'node:path';
import type { Config } from '../model/index.js';
import { colorsFor } from './colors.js';
import { collectInputs } from './collect-inputs.js';
import { compileInput } from './compile-input.js';
import { exitCode, tally } from './exit-code.js';
import { formatters } from './formatters/index.js';
import type { ReportFormat } from './formatters/report-formats.js';
import type { FileReport } from './formatters/report.js';
import type { Io } from './io.js';
import { findConfig, loadConfig } from './load-config.js';
import { readOptions } from './read-options.js';
import type { Encoding } from '../read/decode.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/** The options of `policy-compile validate`, as commander hands them over. */
export interface ValidateCommandOptions {
  format?: ReportFormat;
  config?: string;
  frail?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  from?: 'text' | 'markdown';
  encoding?: Encoding;
  /** The language of messages (chosen by the command line from `--lang` or the locale). */
  lang?: Language;
}

/**
 * Validates the inputs and writes the report to stdout; unreadable inputs are named on stderr.
 * @param args files, folders, or `-` for stdin
 * @param options the command's options
 * @param io the outside world
 * @param version the tool's version
 * @returns the exit code
 * Note: throws `UsageError` (exit 2) for a configuration that cannot be read or is invalid.
 */
export async function validateCommand(args: string[], options: ValidateCommandOptions, io: Io, version: string): Promise<number> {
  const explicit = options.config ? loadConfig(resolve(io.cwd, options.config), io.cwd) : null;
  const found = new Map<string, Config>();
  const searched = new Map<string, string | null>();
  const configFor = (file: string | null): Config | null => {
    if (explicit) return explicit;
    const path = findConfig(file ? dirname(file) : io.cwd, searched);
    if (!path) return null;
    if (!found.has(path)) found.set(path, loadConfig(path, io.cwd));
    return found.get(path)!;
  };

  const { inputs, missing } = collectInputs(args, io.cwd, options.lang);
  const problems = missing.map(({ path, reason }) => `${path}: ${reason}`);
  const files: FileReport[] = [];
  for (const input of inputs) {
    const outcome = await compileInput(input, { path: input.path, config: configFor(input.file), ...readOptions(options), ...(options.lang ? { lang: options.lang } : {}) }, io.readStdin);
    if (outcome.kind === 'unreadable') problems.push(outcome.problem);
    else {
      const { diagnostics } = outcome.result;
      files.push({ path: input.path, diagnostics: options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics });
    }
  }

  const stdoutColors = colorsFor({ ...io, stderrIsTTY: io.stdoutIsTTY ?? io.stderrIsTTY });
  io.stdout(formatters[options.format ?? 'stylish']({ files, unreadable: problems }, { colors: stdoutColors, version, ...(options.lang ? { lang: options.lang } : {}) }));
  const colors = colorsFor(io);
  for (const problem of problems) io.stderr(`${colors.red(translate(options.lang, 'severity.error'))}  ${problem}\n`);
  return exitCode(tally(files.flatMap((file) => file.diagnostics)), problems.length, options);
}
