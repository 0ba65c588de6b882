import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { isDocumentation } from './is-documentation.js';

/** One input to read: a file, or `-` for standard input. */
export interface Input {
  /** The path to show and record, relative to the working folder when inside it; null for stdin. */
  path: string | null;
  /** Absolute path to read, or null for stdin. */
  file: string | null;
}

/** Extensions read when a folder is given: text, Markdown, web pages, Word (and WPS), PDF and OFD. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.shtml', '.xhtml', '.docx', '.doc', '.wps', '.pdf', '.ofd'];

/**
 * Expands the arguments into files: folders recursively (only files of `INPUT_EXTENSIONS`, sorted,
 * not the `.outline.txt` files this tool writes), files as given, `-` as standard input.
 * @param args the paths on the command line
 * @param cwd the working folder
 * @returns the inputs, the arguments that name nothing, with the reason, and the documentation
 * files (README.md, CHANGELOG.md …) a folder held, which are left out
 */
export function collectInputs(args: string[], cwd: string): { inputs: Input[]; missing: Array<{ path: string; reason: string }>; skipped: string[] } {
  const skipped: string[] = [];
  const inputs: Input[] = [];
  const missing: Array<{ path: string; reason: string }> = [];
  for (const arg of args) {
    if (arg === '-') {
      if (inputs.some((input) => input.file === null)) missing.push({ path: '-', reason: 'standard input can be read only once' });
      else inputs.push({ path: null, file: null });
      continue;
    }
    const file = resolve(cwd, arg);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) missing.push({ path: arg, reason: 'no such file or folder' });
    else if (stat.isDirectory()) {
      const all = walk(file);
      const found = all.filter((each) => !isDocumentation(basename(each)));
      skipped.push(...all.filter((each) => isDocumentation(basename(each))).map((each) => show(each, cwd)));
      if (found.length === 0) missing.push({ path: arg, reason: `folder has no ${INPUT_EXTENSIONS.join(' or ')} files` });
      for (const each of found) inputs.push({ path: show(each, cwd), file: each });
    } else inputs.push({ path: show(file, cwd), file });
  }
  return { inputs, missing, skipped };
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : walk(path);
      const name = entry.name.toLowerCase();
      // `*.outline.txt` is this tool's own output: compiling into the input folder must not feed it back in.
      return INPUT_EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.outline.txt') ? [path] : [];
    });
}

/** Relative to `cwd` with forward slashes when inside it, else absolute. */
function show(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : file;
}
