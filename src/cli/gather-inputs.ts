import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectInputs, type CollectOptions } from './collect-inputs.js';
import { translate } from '../i18n/translate.js';

/** Characters that make an argument a glob, when no file or folder has it as its name. */
const GLOB = /[*?[\]{}]/;

/**
 * The inputs of a compile or validate run: `collectInputs` over the arguments, with quoted globs
 * (`'plans/**\/*.txt'`) expanded first and the files `--ignore` names left out. The matcher is
 * loaded only when a run has a pattern.
 * @param args the paths and globs on the command line
 * @param cwd the working folder
 * @param ignore the globs of `--ignore`
 * @param options whether links out of a folder are followed, and the language of the reasons
 * @returns what `collectInputs` returns; a glob that matches no file is among the missing, and so is
 *   each argument when `--ignore` leaves out every input
 */
export async function gatherInputs(args: string[], cwd: string, ignore: string[] = [], options: CollectOptions = {}): Promise<ReturnType<typeof collectInputs>> {
  const patterns = new Set(args.filter((arg) => arg !== '-' && GLOB.test(arg) && !existsSync(resolve(cwd, arg))));
  const paths = patterns.size || ignore.length ? await import('./match-paths.js') : null;
  const unmatched: Array<{ path: string; reason: string }> = [];
  const expanded = args.flatMap((arg) => {
    if (!patterns.has(arg)) return [arg];
    const files = paths!.expandGlob(arg, cwd);
    if (files.length === 0) unmatched.push({ path: arg, reason: translate(options.lang, 'input.no-match') });
    return files;
  });
  const { inputs, missing, skipped } = collectInputs(expanded, cwd, options);
  if (!ignore.length) return { inputs, missing: [...unmatched, ...missing], skipped };
  const ignored = paths!.ignoredBy(ignore, cwd);
  const kept = inputs.filter((input) => input.file === null || !ignored(input.file));
  // A run whose every input `--ignore` left out compiled nothing, as a folder without plans does:
  // each argument is named, so that a CI job cannot pass having checked nothing.
  const emptied = inputs.length > 0 && kept.length === 0 ? args.filter((arg) => !missing.some((m) => m.path === arg) && !unmatched.some((m) => m.path === arg)).map((path) => ({ path, reason: translate(options.lang, 'input.all-ignored') })) : [];
  return { inputs: kept, missing: [...unmatched, ...missing, ...emptied], skipped: skipped.filter((path) => !ignored(resolve(cwd, path))) };
}
