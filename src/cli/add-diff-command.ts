import { Option, type Command } from 'commander';
import { DIFF_FORMATS } from '../diff/render/diff-formats.js';
import type { DiffCommandOptions } from './diff-command.js';
import { encodingOption } from './encoding-option.js';
import { maxInputSizeOption } from './input-limit-options.js';
import type { Io } from './io.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';
import { langOption } from './lang-option.js';

/**
 * Adds the `diff` command to the program; the command's code (alignment, renderers, zod for
 * compiled editions) is loaded only when it runs.
 * @param program the commander program
 * @param io the outside world
 * @param done receives the exit code of the run
 * @param lang the language of its help, messages and report labels
 */
export function addDiffCommand(program: Command, io: Io, done: (code: number) => void, lang: Language = 'en'): void {
  program
    .command('diff')
    .description(translate(lang, 'help.diff'))
    .argument('<editions...>', translate(lang, 'help.diff.editions'))
    .option('-o, --out <file>', translate(lang, 'help.diff.out'))
    .addOption(new Option('-f, --format <format>', translate(lang, 'help.diff.format')).choices(DIFF_FORMATS))
    .option('--exit-code', translate(lang, 'help.diff.exit-code'))
    .addOption(langOption(lang))
    .addOption(new Option('--from <format>', translate(lang, 'help.diff.from')).choices(['text', 'markdown']))
    .addOption(encodingOption(lang))
    .addOption(maxInputSizeOption(lang))
    .addHelpText('after', translate(lang, 'help.diff-after'))
    .action(async (editions: string[], options: DiffCommandOptions) => {
      const { diffCommand } = await import('./diff-command.js');
      done(await diffCommand(editions, { ...options, lang }, io));
    });
}
