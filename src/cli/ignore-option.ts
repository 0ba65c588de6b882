import { Option } from 'commander';

/** `--ignore <glob>`, given once per glob: inputs to leave out, also inside the folders given; shared by compile and validate. */
export function ignoreOption(): Option {
  return new Option('--ignore <glob>', 'leave out the inputs this glob matches (relative to the working folder; may be repeated)').argParser(
    (glob: string, previous: string[] | undefined): string[] => [...(previous ?? []), glob],
  );
}
