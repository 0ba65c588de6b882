import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { escapeName } from '../text/escape-name.js';
import { isDocumentation } from './is-documentation.js';
import { notRegular } from './read-regular-file.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/** One input to read: a file, or `-` for standard input. */
export interface Input {
  /** The path to show and record, relative to the working folder when inside it; null for stdin. */
  path: string | null;
  /** Absolute path to read, or null for stdin. */
  file: string | null;
  /**
   * Whether a link at the end of `file` may be followed: only for a file named on the command
   * line. A link found in a folder is resolved here, checked, and `file` is its target.
   */
  followLink?: boolean;
}

/** How to walk folders given as inputs. */
export interface CollectOptions {
  /** Read links that point outside the folder given (`--follow-links`); by default they are refused. */
  followLinks?: boolean;
  /** The language of the reasons. */
  lang?: Language;
}

/** Extensions read when a folder is given: text, Markdown, web pages, Word (and WPS), PDF and OFD. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.shtml', '.xhtml', '.docx', '.doc', '.wps', '.pdf', '.ofd'];

/**
 * Expands the arguments into files: folders recursively (only files of `INPUT_EXTENSIONS`,
 * sorted, not the `.outline.txt` files this tool writes), files as given, `-` as standard input. An entry
 * that cannot be read (a dangling link, a link loop, a link out of the folder, a FIFO or device,
 * a folder it may not list, a name that is not UTF-8) is one problem, named with its bytes
 * escaped; the walk goes on.
 * @param args the paths on the command line
 * @param cwd the working folder
 * @param options whether links out of a folder are followed
 * @returns the inputs, the arguments or entries that give none, with the reason, and the
 * documentation files (README.md, CHANGELOG.md …) a folder held, which are left out
 */
export function collectInputs(args: string[], cwd: string, options: CollectOptions = {}): { inputs: Input[]; missing: Array<{ path: string; reason: string }>; skipped: string[] } {
  const skipped: string[] = [];
  const inputs: Input[] = [];
  const missing: Array<{ path: string; reason: string }> = [];
  for (const arg of args) {
    if (arg === '-') {
      if (inputs.some((input) => input.file === null)) missing.push({ path: '-', reason: translate(options.lang, 'input.stdin-once') });
      else inputs.push({ path: null, file: null });
      continue;
    }
    const file = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(file, { throwIfNoEntry: false });
    } catch (error) {
      missing.push({ path: escapeName(arg), reason: linkProblem(error, options.lang) });
      continue;
    }
    if (!stat) missing.push({ path: escapeName(arg), reason: translate(options.lang, lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ? 'input.dangling-link' : 'input.missing') });
    else if (stat.isDirectory()) {
      const before = inputs.length + missing.length;
      walk(file, realOf(file), cwd, options, inputs, missing, skipped);
      if (inputs.length + missing.length === before) missing.push({ path: escapeName(arg), reason: translate(options.lang, 'input.empty-folder', { extensions: INPUT_EXTENSIONS }) });
    } else inputs.push({ path: show(file, cwd), file, followLink: true });
  }
  return { inputs, missing, skipped };
}

function walk(folder: string, root: string, cwd: string, options: CollectOptions, inputs: Input[], missing: Array<{ path: string; reason: string }>, skipped: string[]): void {
  let entries: Dirent<Buffer>[];
  try {
    // Names as bytes: a name that is not UTF-8 (GBK names from zips made on Chinese Windows)
    // would otherwise come back with U+FFFD in place of its bytes and name no file.
    entries = readdirSync(folder, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    missing.push({ path: show(folder, cwd), reason: translate(options.lang, 'input.cannot-list', { reason: reasonOf(error, options.lang) }) });
    return;
  }
  const named = entries.map((entry) => ({ entry, name: entry.name.toString('utf8'), utf8: isUtf8(entry.name) }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { entry, name, utf8 } of named) {
    const lower = name.toLowerCase();
    const wanted = INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !lower.endsWith('.outline.txt');
    if (!utf8) {
      // Which file it is can only be shown, not read by a name in text: say so, when it would be read.
      if (wanted || entry.isDirectory()) missing.push({ path: `${show(folder, cwd)}/${escapeName(entry.name)}`, reason: translate(options.lang, 'input.name-not-utf8') });
      continue;
    }
    const path = join(folder, name);
    if (entry.isDirectory()) {
      if (!(name.startsWith('.') || name === 'node_modules')) walk(path, root, cwd, options, inputs, missing, skipped);
      continue;
    }
    // `*.outline.txt` is this tool's own output: compiling into the input folder must not feed it back in.
    if (!wanted) continue;
    if (isDocumentation(name)) {
      skipped.push(show(path, cwd));
      continue;
    }
    if (entry.isSymbolicLink()) {
      const target = followLink(path, root, options);
      if (typeof target === 'string') inputs.push({ path: show(path, cwd), file: target });
      else missing.push({ path: show(path, cwd), reason: target.reason });
      continue;
    }
    const kind = entry.isFile() ? null : (notRegular(entry) ?? 'other');
    if (kind) missing.push({ path: show(path, cwd), reason: translate(options.lang, 'input.not-regular', { kind }) });
    else inputs.push({ path: show(path, cwd), file: path });
  }
}

/** The file a link in a folder stands for, when it may be read: a regular file inside the folder, or anywhere with `--follow-links`. */
function followLink(path: string, root: string, options: CollectOptions): string | { reason: string } {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (error) {
    return { reason: linkProblem(error, options.lang) };
  }
  const inside = target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
  if (!inside && !options.followLinks) return { reason: translate(options.lang, 'input.link-outside') };
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return { reason: translate(options.lang, 'input.dangling-link') };
  if (stat.isDirectory()) return { reason: translate(options.lang, 'input.link-to-folder') };
  const kind = notRegular(stat);
  return kind ? { reason: translate(options.lang, 'input.link-to-not-regular', { kind }) } : target;
}

function linkProblem(error: unknown, lang?: Language): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return translate(lang, 'input.link-loop');
  if (code === 'ENOENT') return translate(lang, 'input.dangling-link');
  return reasonOf(error, lang);
}

function reasonOf(error: unknown, lang?: Language): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return translate(lang, 'reason.permission-denied');
  return code ?? (error as Error).message;
}

function realOf(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

function isUtf8(bytes: Buffer): boolean {
  return Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
}

/** Relative to `cwd` with forward slashes when inside it, else absolute; control characters escaped. */
function show(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return escapeName(rel && !rel.startsWith('..') ? rel.split('\\').join('/') : file);
}
