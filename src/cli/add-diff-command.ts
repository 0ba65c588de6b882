import { Option, type Command } from 'commander';
import { DIFF_FORMATS } from '../diff/render/diff-formats.js';
import type { DiffCommandOptions } from './diff-command.js';
import { encodingOption } from './encoding-option.js';
import type { Io } from './io.js';

const DIFF_EXAMPLES = `
Editions are matched by content, not by number: an item inserted early renumbers the rest
without being reported as changed text.

Examples:
  $ policy-compile diff 2022.txt 2023.txt                      a coloured summary on the terminal
  $ policy-compile diff 2022.txt 2023.txt -o report.html       side-by-side report, one self-contained file
  $ policy-compile diff 2022.txt 2023.txt --format md > c.md   Markdown for a pull-request comment
  $ policy-compile diff 2022.txt 2023.txt -o changes.csv       targets, deadlines and units that changed, one row each
  $ policy-compile diff 2022.json 2023.json -o changes.json    from compiled JSON, typed change records
  $ policy-compile diff 2021.txt 2022.txt 2023.txt -o s.html   a series: each edition against the next
  $ policy-compile diff 2022/ 2023/ -o folders.html            two folders: plans paired by title, each pair compared

Exit codes: 0 done (and, with --exit-code, no differences), 1 the editions differ (only with
--exit-code), 2 bad usage or an edition that cannot be read.`;

/**
 * Adds the `diff` command to the program; the command's code (alignment, renderers, zod for
 * compiled editions) is loaded only when it runs.
 * @param program the commander program
 * @param io the outside world
 * @param done receives the exit code of the run
 */
export function addDiffCommand(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('diff')
    .description('compare yearly editions of a plan: added, removed, reworded, moved, split, merged and renumbered parts')
    .argument('<editions...>', 'two editions or more, oldest first: a plan in any format read (.txt, .md, .html, .docx, .pdf, .ofd …) or a compiled .json (- for stdin); or two folders of plans')
    .option('-o, --out <file>', 'write the report to this file; its extension picks the format (.html, .md, .json; .csv for the table of field changes)')
    .addOption(new Option('-f, --format <format>', 'report format, to stdout unless -o is given').choices(DIFF_FORMATS))
    .option('--exit-code', 'exit 1 when the editions differ, like diff(1)')
    .addOption(new Option('--lang <lang>', 'labels of the HTML report: en or zh (default: zh when the locale is Chinese)').choices(['en', 'zh']))
    .addOption(new Option('--from <format>', 'read editions as text or markdown (default: by their bytes; Markdown for .md)').choices(['text', 'markdown']))
    .addOption(encodingOption())
    .addHelpText('after', DIFF_EXAMPLES)
    .action(async (editions: string[], options: DiffCommandOptions) => {
      const { diffCommand } = await import('./diff-command.js');
      done(await diffCommand(editions, options, io));
    });
}
