import { InvalidArgumentError, Option, type Command } from 'commander';
import { REPORT_FORMATS } from '../validate/formatters/report-formats.js';
import { encodingOption } from './encoding-option.js';
import { followLinksOption, maxInputSizeOption } from './input-limit-options.js';
import { ignoreOption } from './ignore-option.js';
import type { Io } from './io.js';
import type { ValidateCommandOptions } from './validate-command.js';

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
 * Adds the `validate` command to the program; the command's code (report formatters, the
 * configuration reader, zod) is loaded only when it runs.
 * @param program the commander program
 * @param io the outside world
 * @param version the tool's version, named in SARIF reports
 * @param done receives the exit code
 */
export function addValidateCommand(program: Command, io: Io, version: string, done: (code: number) => void): void {
  program
    .command('validate')
    .description('check plans for numbering, structure and text problems, with CI-native reports')
    .argument('<inputs...>', 'files or folders (.txt, .md, .html, .docx, .doc, .wps, .pdf, .ofd), or - for stdin')
    .addOption(new Option('-f, --format <name>', 'report format').choices(REPORT_FORMATS).default(REPORT_FORMATS[0]))
    .option('-c, --config <file>', 'configuration file (default: the nearest policy-compile.config.json or .yaml above each input)')
    .option('--frail', 'exit 1 on warnings too')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--quiet', 'report errors only (warnings then neither show nor count)')
    .addOption(new Option('--from <format>', 'read the input as text or markdown (default: by its bytes; Markdown for .md)').choices(['text', 'markdown']))
    .addOption(encodingOption())
    .addOption(maxInputSizeOption())
    .addOption(followLinksOption())
    .addOption(ignoreOption())
    .addHelpText('after', VALIDATE_EXAMPLES)
    .action(async (inputs: string[], options: ValidateCommandOptions) => {
      const { validateCommand } = await import('./validate-command.js');
      done(await validateCommand(inputs, options, io, version));
    });
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(value);
}
