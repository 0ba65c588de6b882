import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isCollection, isNode, LineCounter, parseDocument } from 'yaml';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';
import { Config } from '../model/index.js';
import { explainFileError } from './explain-file-error.js';
import { localizeIssues } from '../i18n/localize-issues.js';
import { UsageError } from './usage-error.js';

/** The names a configuration file may have, looked for in this order in each folder. */
export const CONFIG_FILES = ['policy-compile.config.json', 'policy-compile.config.yaml', 'policy-compile.config.yml'];

/** The rule id of the finding a file gets when the configuration that governs it is broken. */
export const CONFIG_RULE = 'config';

/**
 * The other configuration files in the folder of the one used, by name: those `findConfig`
 * passes over, which a user who wrote both should hear about.
 * @param file the configuration file used
 */
export function configsBeside(file: string): string[] {
  const folder = dirname(file);
  return CONFIG_FILES.filter((name) => join(folder, name) !== file && existsSync(join(folder, name)));
}

/**
 * A configuration file as messages name it: relative to the working folder when inside it.
 * @param file absolute path of the file
 * @param cwd the working folder
 */
export function shownConfig(file: string, cwd: string): string {
  return relative(cwd, file).startsWith('..') ? file : relative(cwd, file) || file;
}

/**
 * The nearest configuration file in `folder` or a folder above it, or null.
 * @param folder an absolute folder, where the search starts
 * @param cache folders already searched, with what they found
 */
export function findConfig(folder: string, cache = new Map<string, string | null>()): string | null {
  const seen: string[] = [];
  let found: string | null = null;
  for (let at = folder; ; at = dirname(at)) {
    const known = cache.get(at);
    if (known !== undefined) {
      found = known;
      break;
    }
    seen.push(at);
    const file = CONFIG_FILES.map((name) => join(at, name)).find((path) => existsSync(path));
    if (file) {
      found = file;
      break;
    }
    if (dirname(at) === at) break;
  }
  for (const at of seen) cache.set(at, found);
  return found;
}

/**
 * Reads and checks a configuration file (JSON or YAML; JSON is read by the YAML parser, so both
 * report the line of a mistake).
 * @param file absolute path of the file
 * @param cwd the working folder, to name the file in messages
 * @param lang the language of the messages (the YAML parser's own detail stays English, framed)
 * Note: throws `UsageError` naming file, line and column when the file cannot be read or is not a valid configuration.
 */
export function loadConfig(file: string, cwd: string, lang?: Language): Config {
  const shown = shownConfig(file, cwd);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${shown}: ${translate(lang, 'config.cannot-read', { detail: explainFileError(error, lang) })}`);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${shown}:${line}:${col}`;
  };
  const syntax = document.errors[0];
  if (syntax) throw new UsageError(`${at(syntax.pos[0])}: ${translate(lang, 'config.syntax', { detail: syntax.message.split('\n')[0]! })}`);
  // `__proto__` would become the object's prototype, or vanish, rather than a key the schema refuses.
  const proto = protoKey(document.contents, []);
  if (proto) throw new UsageError(`${proto.node.range ? at(proto.node.range[0]) : shown}: ${[...proto.path, '__proto__'].join('.')}: ${translate(lang, 'issue.unrecognized-keys', { keys: ['__proto__'] })}`);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // An alias bomb (`&a [*b, *b, …]` nested) is refused by the YAML library; name the file.
    throw new UsageError(`${shown}: ${translate(lang, 'config.syntax', { detail: (error as Error).message })}`);
  }
  const parsed = Config.safeParse(value ?? {}, { error: localizeIssues(lang) });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // Point at the offending value: for an unknown key, at that key inside its object.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const node = nodeAt(document.contents, path as Array<string | number>, issue.code === 'unrecognized_keys');
  const where = node?.range ? at(node.range[0]) : shown;
  const name = path.length ? path.join('.') : translate(lang, 'config.whole');
  throw new UsageError(`${where}: ${name}: ${issue.message}`);
}

/** Aliases a configuration may expand: a real one has none; the YAML library's own default (100) allows a bomb of millions of nodes. */
const MAX_ALIAS_COUNT = 100;

/** The first key `__proto__` in a YAML tree, with the path of the map that holds it. */
function protoKey(node: unknown, path: Array<string | number>): { node: { range?: [number, number, number] | null }; path: Array<string | number> } | null {
  if (!isCollection(node)) return null;
  for (const [i, item] of (node.items as Array<{ key?: unknown; value?: unknown }>).entries()) {
    const key = isNode(item.key) ? String((item.key as { toJSON(): unknown }).toJSON()) : null;
    if (key === '__proto__') return { node: item.key as { range?: [number, number, number] | null }, path };
    const inner = protoKey(isNode(item) ? item : item.value, [...path, key ?? i]);
    if (inner) return inner;
  }
  return null;
}

/** The YAML node at a path (its key node when `key`), or the deepest node on the way there. */
function nodeAt(root: unknown, path: Array<string | number>, key: boolean): { range?: [number, number, number] | null } | null {
  let node: unknown = root;
  for (const [i, step] of path.entries()) {
    if (!isCollection(node)) break;
    const pair = (node.items as Array<{ key?: unknown; value?: unknown }>).find((item) => isNode(item.key) && String((item.key as { toJSON(): unknown }).toJSON()) === String(step));
    if (!pair) break;
    node = (key && i === path.length - 1) || !isNode(pair.value) ? pair.key : pair.value;
  }
  return isNode(node) ? (node as { range?: [number, number, number] | null }) : null;
}
