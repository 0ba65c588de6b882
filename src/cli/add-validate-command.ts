import { InvalidArgumentError, Option, type Command } from 'commander';
import { REPORT_FORMATS } from '../validate/formatters/report-formats.js';
import { encodingOption } from './encoding-option.js';
import { followLinksOption, maxInputSizeOption } from './input-limit-options.js';
import { ignoreOption } from './ignore-option.js';
import type { Io } from './io.js';
import type { ValidateCommandOptions } from './validate-command.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';
import { langOption } from './lang-option.js';

/**
 * Adds the `validate` command to the program; the command's code (report formatters, the
 * configuration reader, zod) is loaded only when it runs.
 * @param program the commander program
 * @param io the outside world
 * @param version the tool's version, named in SARIF reports
 * @param done receives the exit code
 * @param lang the language of its help and messages
 */
export function addValidateCommand(program: Command, io: Io, version: string, done: (code: number) => void, lang: Language = 'en'): void {
  program
    .command('validate')
    .description(translate(lang, 'help.validate'))
    .argument('<inputs...>', translate(lang, 'help.inputs'))
    .addOption(new Option('-f, --format <name>', translate(lang, 'help.validate.format')).choices(REPORT_FORMATS).default(REPORT_FORMATS[0]))
    .option('-c, --config <file>', translate(lang, 'help.validate.config'))
    .option('--frail', translate(lang, 'help.frail'))
    .option('--max-warnings <n>', translate(lang, 'help.validate.max-warnings'), (value: string) => parseCount(value, lang))
    .option('--quiet', translate(lang, 'help.validate.quiet'))
    .addOption(new Option('--from <format>', translate(lang, 'help.from')).choices(['text', 'markdown']))
    .addOption(encodingOption(lang))
    .addOption(maxInputSizeOption(lang))
    .addOption(followLinksOption(lang))
    .addOption(ignoreOption(lang))
    .addOption(langOption(lang))
    .addHelpText('after', translate(lang, 'help.validate-after'))
    .action(async (inputs: string[], options: ValidateCommandOptions) => {
      const { validateCommand } = await import('./validate-command.js');
      done(await validateCommand(inputs, { ...options, lang }, io, version));
    });
}

function parseCount(value: string, lang: Language): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(translate(lang, 'usage.whole-number-from-0'));
  return Number(value);
}
