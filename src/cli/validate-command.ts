import { dirname, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { compile } from '../compile.js';
import type { Config } from '../model/index.js';
import { colorsFor } from './colors.js';
import { collectInputs } from './collect-inputs.js';
import { readInput } from './compile-command.js';
import { describeReadError } from './describe-read-error.js';
import { describeRefusal } from './describe-refusal.js';
import { exitCode, tally } from './exit-code.js';
import { formatters, type ReportFormat } from './formatters/index.js';
import type { FileReport } from './formatters/report.js';
import type { Io } from './io.js';
import { findConfig, loadConfig } from './load-config.js';
import { encodingOption } from './encoding-option.js';
import { readOptions } from './read-options.js';
import type { Encoding } from '../read/decode.js';

/** The options of `policy-compile validate`, as commander hands them over. */
export interface ValidateCommandOptions {
  format?: ReportFormat;
  config?: string;
  frail?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  from?: 'text' | 'markdown';
  encoding?: Encoding;
}

const VALIDATE_EXAMPLES = `
Examples:
  $ policy-compile validate seeds/                        check every .txt and .md file under seeds/
  $ policy-compile validate plan.txt --format github      annotations for GitHub Actions
  $ policy-compile validate seeds/ --format sarif > policy.sarif
  $ policy-compile validate plan.txt --max-warnings 0     fail on any warning

Configuration: policy-compile.config.json or .yaml, found upward from each input (or --config).
Exit codes: 0 clean, 1 errors found (warnings too with --frail, or more than --max-warnings),
2 bad usage, an invalid configuration or unreadable input.`;

/**
 * Adds the `validate` command to the program.
 * @param program the commander program
 * @param io the outside world
 * @param version the tool's version, named in SARIF reports
 * @param done receives the exit code
 */
export function addValidateCommand(program: Command, io: Io, version: string, done: (code: number) => void): void {
  program
    .command('validate')
    .description('check plans for numbering, structure and text problems, with CI-native reports')
    .argument('<inputs...>', 'files or folders (.txt, .md), or - for stdin')
    .addOption(new Option('-f, --format <name>', 'report format').choices(Object.keys(formatters)).default('stylish'))
    .option('-c, --config <file>', 'configuration file (default: the nearest policy-compile.config.json or .yaml above each input)')
    .option('--frail', 'exit 1 on warnings too')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--quiet', 'report errors only (warnings then neither show nor count)')
    .addOption(new Option('--from <format>', 'read the input as text or markdown (default: by extension)').choices(['text', 'markdown']))
    .addOption(encodingOption())
    .addHelpText('after', VALIDATE_EXAMPLES)
    .action(async (inputs: string[], options: ValidateCommandOptions) => {
      done(await validateCommand(inputs, options, io, version));
    });
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

  const { inputs, missing } = collectInputs(args, io.cwd);
  const problems = missing.map(({ path, reason }) => `${path}: ${reason}`);
  const files: FileReport[] = [];
  for (const input of inputs) {
    const config = configFor(input.file);
    let bytes: Uint8Array;
    try {
      bytes = await readInput(input, io);
    } catch (error) {
      problems.push(describeReadError(input, error));
      continue;
    }
    try {
      const result = compile(bytes, { path: input.path, config, ...readOptions(options) });
      const refusal = describeRefusal(input, result);
      if (refusal) problems.push(refusal);
      else files.push({ path: input.path, diagnostics: options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics });
    } catch (error) {
      problems.push(describeReadError(input, error));
    }
  }

  const stdoutColors = colorsFor({ ...io, stderrIsTTY: io.stdoutIsTTY ?? io.stderrIsTTY });
  io.stdout(formatters[options.format ?? 'stylish']({ files, unreadable: problems }, { colors: stdoutColors, version }));
  const colors = colorsFor(io);
  for (const problem of problems) io.stderr(`${colors.red('error')}  ${problem}\n`);
  return exitCode(tally(files.flatMap((file) => file.diagnostics)), problems.length, options);
}


function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(value);
}
