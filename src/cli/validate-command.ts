import { dirname, resolve } from 'node:path';
import type { Config } from '../model/index.js';
import { colorsFor } from './colors.js';
import { gatherInputs } from './gather-inputs.js';
import { compileInput, unreadableOutcome } from './compile-input.js';
import { exitCode, failureReason, tally } from './exit-code.js';
import { formatters } from '../validate/formatters/formatters.js';
import type { ReportFormat } from '../validate/formatters/report-formats.js';
import type { FileReport } from '../validate/formatters/report.js';
import type { Io } from './io.js';
import { CONFIG_RULE, configsBeside, findConfig, loadConfig, shownConfig } from './load-config.js';
import { readOptions } from './read-options.js';
import type { Encoding } from '../read/decode.js';
import type { InputLimits } from './input-limit-options.js';
import { UsageError } from './usage-error.js';
import { errorLine } from './error-line.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/** The options of `policy-compile validate`, as commander hands them over. */
export interface ValidateCommandOptions extends InputLimits {
  format?: ReportFormat;
  config?: string;
  frail?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  from?: 'text' | 'markdown';
  encoding?: Encoding;
  /** Globs of inputs to leave out. */
  ignore?: string[];
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
 * Note: throws `UsageError` (exit 2) for a `--config` that cannot be read or is invalid; a
 * configuration found beside the inputs that is broken gives each file it governs a `config` error
 * instead (exit 2), and the other files are validated.
 */
export async function validateCommand(args: string[], options: ValidateCommandOptions, io: Io, version: string): Promise<number> {
  const explicit = options.config ? loadConfig(resolve(io.cwd, options.config), io.cwd, options.lang) : null;
  const colors = colorsFor(io);
  // Each configuration found is read once; one that is broken fails the files it governs (a
  // `config` error for each), never the whole report, so a CI job still gets the other files' findings.
  const found = new Map<string, Config | { broken: string }>();
  const searched = new Map<string, string | null>();
  const configFor = (file: string | null): Config | { broken: string } | null => {
    if (explicit) return explicit;
    const path = findConfig(file ? dirname(file) : io.cwd, searched);
    if (!path) return null;
    if (!found.has(path)) {
      const unused = configsBeside(path);
      if (unused.length) io.stderr(`${colors.yellow(translate(options.lang, 'severity.warning'))}  ${translate(options.lang, 'config.unused-beside', { used: shownConfig(path, io.cwd), unused })}\n`);
      try {
        found.set(path, loadConfig(path, io.cwd, options.lang));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        found.set(path, { broken: error.message });
        io.stderr(errorLine(error.message, colors, options.lang));
      }
    }
    return found.get(path)!;
  };

  const { inputs, missing, skipped } = await gatherInputs(args, io.cwd, options.ignore, { followLinks: options.followLinks, lang: options.lang });
  if (skipped.length) io.stderr(`${translate(options.lang, 'summary.left-out-docs', { count: skipped.length, files: skipped })}\n`);
  const unreadable = missing.map(({ path, reason }) => unreadableOutcome(path, `${path}: ${reason}`));
  const files: FileReport[] = [];
  let broken = 0;
  for (const input of inputs) {
    const config = configFor(input.file);
    if (config && 'broken' in config) {
      broken++;
      files.push({ path: input.path, diagnostics: [{ ruleId: CONFIG_RULE, severity: 'error', message: config.broken, file: input.path, position: null }] });
      continue;
    }
    const limit = options.maxInputSize ? { maxBytes: options.maxInputSize } : {};
    const outcome = await compileInput({ ...input, ...limit }, { path: input.path, config, ...readOptions(options), ...(options.lang ? { lang: options.lang } : {}) }, io);
    if (outcome.kind === 'unreadable') unreadable.push(outcome);
    else {
      const { diagnostics } = outcome.result;
      files.push({ path: input.path, diagnostics: options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics });
    }
  }

  const tallied = tally(files.flatMap((file) => file.diagnostics));
  // Broken configurations fail the run as unreadable inputs do (exit 2).
  const failing = unreadable.length + broken;
  const failure = failureReason(tallied, failing, options, options.lang);
  const stdoutColors = colorsFor({ ...io, stderrIsTTY: io.stdoutIsTTY ?? io.stderrIsTTY });
  io.stdout(formatters[options.format ?? 'stylish']({ files, unreadable, failure }, { colors: stdoutColors, version, ...(options.lang ? { lang: options.lang } : {}) }));
  for (const { problem } of unreadable) io.stderr(errorLine(problem, colors, options.lang));
  return exitCode(tallied, failing, options);
}
