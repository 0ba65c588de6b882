import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { colorsFor } from './colors.js';
import { compileCommand, parseJobs } from './compile-command.js';
import { addDiffCommand } from './add-diff-command.js';
import { encodingOption } from './encoding-option.js';
import { EXIT } from './exit-code.js';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';
import { addValidateCommand } from './add-validate-command.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const COMPILE_EXAMPLES = `
Examples:
  $ policy-compile seeds/ -o out/                   compile every plan under seeds/ (.txt .md .html .docx .doc .pdf .ofd …)
  $ policy-compile plan.pdf -o out/ --format csv    only the task table
  $ policy-compile corpus/ -o out/ -f jsonl -j 4    one documents.jsonl for a corpus, on 4 processes
  $ policy-compile plan.txt --stdout --format outline
  $ cat plan.txt | policy-compile - --stdout --format json
  $ policy-compile --from jsonl - < plans.jsonl > documents.jsonl       a stream filter: {"id","text"} a line in, a document a line out
  $ parallel --pipe -k -j 2 policy-compile --from jsonl - < plans.jsonl  the same, on 2 cores (or hosts, with -S)

Exit codes: 0 clean, 1 errors found (warnings too with --frail), 2 bad usage or unreadable input.`;

const PROGRAM_EXAMPLES = `
compile is the default command. Each command has its own --help.

Examples:
  $ policy-compile seeds/ -o out/                 JSON, YAML and the CSV task table of every plan under seeds/
  $ policy-compile validate seeds/ -f github      structural checks, as GitHub Actions annotations
  $ policy-compile diff 2022.txt 2023.txt -o report.html

Exit codes: 0 clean, 1 errors found (or, for diff --exit-code, differences), 2 bad usage or unreadable input.`;

/**
 * Runs the command line.
 * @param argv the arguments after the program name
 * @param io the outside world
 * @returns the exit code
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const colors = colorsFor(io);
  let code: number = EXIT.clean;
  const program = new Command('policy-compile')
    .description('Compile Chinese government policy plans (工作要点, 实施意见, 实施方案) into validated JSON, YAML and CSV.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(colors.red(text)),
    })
    .showHelpAfterError('(policy-compile --help shows usage)')
    .addHelpText('after', PROGRAM_EXAMPLES);

  program
    .command('compile', { isDefault: true })
    .description('compile plans into a tree of sections, items and obligations')
    .argument('<inputs...>', 'files or folders (.txt, .md, .html, .docx, .doc, .wps, .pdf, .ofd), or - for stdin')
    .option('-o, --out <folder>', 'write <id>.json, <id>.yaml, <id>.csv and index.json here')
    .option('-f, --format <list>', 'formats to write, comma-separated: json, yaml, csv, outline, jsonl (default: json,yaml,csv; with --from jsonl, one of jsonl, csv, tasks, default jsonl)')
    .option('--stdout', 'write one format of one document to stdout instead of files')
    .addOption(
      new Option('--from <format>', 'read the input as text or markdown (default: by its bytes; Markdown for .md); jsonl: a stream of records, one plan a line, compiled to stdout').choices(['text', 'markdown', 'jsonl']),
    )
    .addOption(encodingOption())
    .option('--frail', 'exit 1 on warnings too')
    .option('-j, --jobs <n>', 'worker processes for a large run (default: one per core; 1: none, all in this process)', parseJobs)
    .option('--compact', 'write JSON on one line, without indentation: less than half the size, twice as fast to write (for corpus runs that machines read)')
    .addHelpText('after', COMPILE_EXAMPLES)
    .action(async (inputs: string[], options) => {
      code = await compileCommand(inputs, options, io);
    });

  addValidateCommand(program, io, version, (result) => {
    code = result;
  });
  addDiffCommand(program, io, (result) => (code = result));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.clean : EXIT.failure;
    }
    if (error instanceof UsageError) {
      io.stderr(`${colors.red('error')}  ${error.message}\n(policy-compile --help shows usage)\n`);
      return EXIT.failure;
    }
    io.stderr(`${colors.red('error')}  ${(error as Error).message}\n`);
    if (io.env.DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return EXIT.failure;
  }
}
