import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

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
 * @param lang the language of the reasons
 * @returns the inputs, and the arguments that name nothing, with the reason
 */
export function collectInputs(args: string[], cwd: string, lang?: Language): { inputs: Input[]; missing: Array<{ path: string; reason: string }> } {
  const inputs: Input[] = [];
  const missing: Array<{ path: string; reason: string }> = [];
  for (const arg of args) {
    if (arg === '-') {
      if (inputs.some((input) => input.file === null)) missing.push({ path: '-', reason: translate(lang, 'input.stdin-once') });
      else inputs.push({ path: null, file: null });
      continue;
    }
    const file = resolve(cwd, arg);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) missing.push({ path: arg, reason: translate(lang, 'input.missing') });
    else if (stat.isDirectory()) {
      const found = walk(file);
      if (found.length === 0) missing.push({ path: arg, reason: translate(lang, 'input.empty-folder', { extensions: INPUT_EXTENSIONS }) });
      for (const each of found) inputs.push({ path: show(each, cwd), file: each });
    } else inputs.push({ path: show(file, cwd), file });
  }
  return { inputs, missing };
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
