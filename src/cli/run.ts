import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Help, Option } from 'commander';
import { colorsFor } from './colors.js';
import { compileCommand, parseJobs } from './compile-command.js';
import { addDiffCommand } from './add-diff-command.js';
import { encodingOption } from './encoding-option.js';
import { followLinksOption, maxInputSizeOption } from './input-limit-options.js';
import { EXIT } from './exit-code.js';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';
import { addValidateCommand } from './add-validate-command.js';
import { ignoreOption } from './ignore-option.js';
import { suggestCommand } from './suggest-command.js';
import { errorLine } from './error-line.js';
import { describeWriteError } from './describe-write-error.js';
import { StandardOutputError } from './standard-output-error.js';
import { chooseLanguage } from './choose-language.js';
import { langOption } from './lang-option.js';
import { localizeCommanderError } from './localize-commander-error.js';
import { translate } from '../i18n/translate.js';
import type { Language } from '../i18n/language.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Runs the command line.
 * @param argv the arguments after the program name
 * @param io the outside world
 * @returns the exit code
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const colors = colorsFor(io);
  const lang = chooseLanguage(argv, io.env);
  let code: number = EXIT.clean;
  const program = new Command('policy-compile')
    .description(translate(lang, 'help.program'))
    .version(version, '-v, --version', translate(lang, 'help.option-version'))
    .helpOption('-h, --help', translate(lang, 'help.option-help'))
    .helpCommand('help [command]', translate(lang, 'help.command-help'))
    .addOption(langOption(lang))
    .configureHelp({
      styleTitle: (title) => translate(lang, 'help.title', { title }),
      optionDescription(option) {
        return localizeExtras(Help.prototype.optionDescription.call(this, option), lang);
      },
    })
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(colors.red(localizeCommanderError(text, lang))),
    })
    .showHelpAfterError(translate(lang, 'cli.see-help'))
    .addHelpText('after', translate(lang, 'help.program-after'));

  program
    .command('compile', { isDefault: true })
    .description(translate(lang, 'help.compile'))
    .argument('<inputs...>', translate(lang, 'help.inputs'))
    .option('-o, --out <folder>', translate(lang, 'help.compile.out'))
    .addOption(
      // Repeated -f adds formats (`-f json -f csv`), as a comma does.
      new Option('-f, --format <list>', translate(lang, 'help.compile.format')).argParser(
        (value: string, previous: string | undefined) => (previous ? `${previous},${value}` : value),
      ),
    )
    .option('--stdout', translate(lang, 'help.compile.stdout'))
    .addOption(new Option('--from <format>', translate(lang, 'help.compile.from')).choices(['text', 'markdown', 'jsonl']))
    .addOption(encodingOption(lang))
    .option('--frail', translate(lang, 'help.frail'))
    .addOption(maxInputSizeOption(lang))
    .addOption(followLinksOption(lang))
    .option('--quiet', translate(lang, 'help.compile.quiet'))
    .addOption(ignoreOption(lang))
    .option('-j, --jobs <n>', translate(lang, 'help.compile.jobs'), (value: string) => parseJobs(value, lang))
    .option('--compact', translate(lang, 'help.compile.compact'))
    .addOption(langOption(lang))
    .addHelpText('after', translate(lang, 'help.compile-after'))
    .action(async (inputs: string[], options) => {
      code = await compileCommand(inputs, { ...options, lang }, io);
    });

  addValidateCommand(program, io, version, (result) => {
    code = result;
  }, lang);
  addDiffCommand(program, io, (result) => (code = result), lang);

  try {
    // A bare command shows what it can do; a mistyped command is named as such, not read as a missing file.
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.clean;
    }
    const [first = ''] = argv;
    const names = program.commands.map((command) => command.name());
    const suggestion = names.includes(first) || existsSync(resolve(io.cwd, first)) ? null : suggestCommand(first, names);
    if (suggestion) {
      io.stderr(colors.red(localizeCommanderError(`error: unknown command '${first}'\n(Did you mean ${suggestion}?)\n`, lang)));
      return EXIT.failure;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.clean : EXIT.failure;
    }
    if (error instanceof UsageError) {
      io.stderr(`${errorLine(error.message, colors, lang)}${translate(lang, 'cli.see-help')}\n`);
      return EXIT.failure;
    }
    if (error instanceof StandardOutputError) {
      const message = translate(lang, 'write.cannot-write', { file: translate(lang, 'write.standard-output'), reason: describeWriteError(error.reason, lang) });
      io.stderr(errorLine(message, colors, lang));
      return EXIT.failure;
    }
    io.stderr(errorLine((error as Error).message, colors, lang));
    if (io.env.DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return EXIT.failure;
  }
}

/** `(choices: …, default: …)` after an option's description, in the interface's language. */
function localizeExtras(description: string, lang: Language): string {
  if (lang === 'en') return description;
  return description.replace(/ \(((?:choices|default): .*)\)$/, (_, inner: string) => {
    const parts = inner.split(/, (?=default: )/).map((part) =>
      part.startsWith('choices: ') ? translate(lang, 'help.choices', { choices: part.slice(9) }) : translate(lang, 'help.default', { value: part.slice(9) }),
    );
    return `（${parts.join('；')}）`;
  });
}
