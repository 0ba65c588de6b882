import { isAbsolute, relative } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { isDocumentation } from './is-documentation.js';

/**
 * The files a glob names (`plans/**\/*.txt`), for shells that do not expand a quoted pattern
 * (Windows' cmd and PowerShell, or `'…'` in any shell): absolute paths, sorted, without hidden
 * folders, `node_modules` and documentation files, as a folder's walk leaves them out.
 * Note: tinyglobby (with picomatch) reads globs as bash and fast-glob do; it is loaded only when a run has a pattern.
 * @param pattern the glob, relative to `cwd` or absolute
 * @param cwd the working folder
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  return globSync(pattern, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false })
    .filter((file) => !isDocumentation(file.slice(file.lastIndexOf('/') + 1)))
    .sort();
}

/**
 * A test of whether `--ignore` globs leave a path out: a pattern matches the path relative to the
 * working folder, or a folder it lies in (`--ignore drafts` leaves out all of `drafts/`).
 * @param patterns the globs given to `--ignore`
 * @param cwd the working folder
 */
export function ignoredBy(patterns: string[], cwd: string): (file: string) => boolean {
  const matches = picomatch(patterns, { dot: true });
  return (file) => {
    const path = (isAbsolute(file) ? relative(cwd, file) : file).split('\\').join('/');
    const parts = path.split('/');
    return parts.some((_, i) => matches(parts.slice(0, i + 1).join('/')));
  };
}
