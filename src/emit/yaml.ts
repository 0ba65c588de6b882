import type { Document } from '../model/index.js';
import { isPlainAnywhere, isWrittenAlikeAtAnyIndent, yamlString } from './yaml-string.js';

/** Keys whose maps are written on one line. */
const FLOW_KEYS = new Set(['position', 'start', 'end']);
/** Keys whose strings are layout (`" \n"`, `"\u3000\u3000"`), kept visible in double quotes. */
const QUOTED_KEYS = new Set(['lead', 'trail']);
const INDENT_STEP = '  ';
/** Longest key written plainly; a longer one is an explicit key (`? …`), as YAML 1.2 asks. */
const MAX_IMPLICIT_KEY = 1024;

/**
 * The document as YAML for people to read: the same data as the JSON, with positions written
 * on one line (`{ line: 3, column: 1, offset: 120 }`), whitespace in double quotes, long lines
 * not folded.
 * @param document a compiled document
 * Note: written here rather than by the `yaml` package, whose output with its YAML 1.1 schema it
 * matches byte for byte on plans (a test compares them), as that package takes most of a short
 * run's time to load and warm up. Readers of YAML 1.1 (PyYAML) and 1.2 both read it as the JSON.
 * Positions shared between nodes are written out in full, never as anchors.
 */
export function toYaml(document: Document): string {
  return `${value(document, '', false, false, false, { block: new Map(), flow: new Map() })}\n`;
}

/**
 * The keys written so far in one document, as written, apart for block and flow maps: a plan's
 * maps repeat a few dozen keys thousands of times (`line`, `column`, `offset` in every position),
 * and keys that open like a YAML 1.1 keyword (`offset`, `end`, `obligations`) take the slow checks
 * of `yamlString` each time.
 */
interface WrittenKeys {
  block: Map<string, string>;
  flow: Map<string, string>;
}

/** A key as `yamlString` writes it, from `keys` when it was written before. */
function keyText(key: string, indent: string, inFlow: boolean, keys: WrittenKeys): string {
  const seen = inFlow ? keys.flow : keys.block;
  let written = seen.get(key);
  if (written === undefined) {
    written = yamlString(key, { indent, implicitKey: true, inFlow });
    // A key whose text depends on the indentation (rare) is written anew each time.
    if (isWrittenAlikeAtAnyIndent(key)) seen.set(key, written);
  }
  return written;
}

/**
 * One value: a scalar, or a collection in block or flow style.
 * @param indent the indentation of the lines inside it
 * @param inFlow whether it stands in a flow collection
 * @param flow whether a map or sequence is written in flow style
 * @param quoted whether a string is written in double quotes
 * @param keys the keys written so far
 */
function value(data: unknown, indent: string, inFlow: boolean, flow: boolean, quoted: boolean, keys: WrittenKeys): string {
  if (data === null || data === undefined) return 'null';
  // Most strings of a plan are written as they are: told so before a context is made for yamlString.
  if (typeof data === 'string') return !quoted && isPlainAnywhere(data, inFlow) ? data : yamlString(data, { indent, implicitKey: false, inFlow }, quoted);
  if (typeof data === 'number') return number(data);
  if (typeof data === 'boolean') return String(data);
  flow ||= inFlow;
  const numbers = flow && !Array.isArray(data) ? numberMap(data as Record<string, unknown>, indent, keys) : null;
  if (numbers !== null) return numbers;
  const lines: string[] = [];
  if (Array.isArray(data)) {
    const itemIndent = indent + INDENT_STEP + (flow ? INDENT_STEP : '');
    for (const item of data) lines.push(value(item, itemIndent, flow, false, false, keys));
    return collection(lines, indent, flow, '[', ']');
  }
  const itemIndent = indent + (flow ? INDENT_STEP : '');
  for (const key in data as Record<string, unknown>) {
    const item = (data as Record<string, unknown>)[key];
    if (item !== undefined) lines.push(pair(key, item, itemIndent, flow, keys));
  }
  return collection(lines, indent, flow, '{', '}');
}

/** The written items of a map (`key: value`) or sequence, joined in block or flow style. */
function collection(lines: string[], indent: string, flow: boolean, open: string, close: string): string {
  if (lines.length === 0) return open + close;
  if (flow) {
    const items = lines.map((line, i) => (i < lines.length - 1 ? `${line},` : line));
    if (!lines.some((line) => line.includes('\n'))) return `${open} ${items.join(' ')} ${close}`;
    return `${open}${items.map((line) => `\n${INDENT_STEP}${indent}${line}`).join('')}\n${indent}${close}`;
  }
  return open === '[' ? `- ${lines.join(`\n${indent}- `)}` : lines.join(`\n${indent}`);
}

/** One `key: value` of a map whose items are indented by `indent`. */
function pair(key: string, item: unknown, indent: string, inFlow: boolean, keys: WrittenKeys): string {
  const inner = indent + INDENT_STEP;
  const written = keyText(key, inner, inFlow, keys);
  const explicit = !inFlow && written.length > MAX_IMPLICIT_KEY;
  const head = explicit ? `? ${written}\n${indent}:` : `${written}:`;
  const isCollection = item !== null && typeof item === 'object';
  const flow = isCollection && !Array.isArray(item) && FLOW_KEYS.has(key);
  const text = value(item, inner, inFlow, flow, typeof item === 'string' && QUOTED_KEYS.has(key), keys);
  // A block collection starts on the next line; a flow or empty one, and a scalar, after the colon.
  if (!explicit && isCollection && (text.includes('\n') || !(inFlow || flow || isEmpty(item)))) return `${head}\n${inner}${text}`;
  return text === '' || text.startsWith('\n') ? head + text : `${head} ${text}`;
}

/**
 * A flow map of numbers and of such maps (a position), written straight, as `collection` would
 * write it: positions are most of a document's values. Null when it holds anything else, or a key
 * that is not written as it is.
 * @param indent the indentation `value` was given for the map
 */
function numberMap(data: Record<string, unknown>, indent: string, keys: WrittenKeys): string | null {
  const items: string[] = [];
  // The indentation `pair` gives a key of this map, and `value` the map inside it.
  const inner = indent + INDENT_STEP + INDENT_STEP;
  for (const key in data) {
    const item = data[key];
    if (item === undefined) continue;
    if (keyText(key, inner, true, keys) !== key) return null;
    const text = typeof item === 'number' ? number(item) : item !== null && typeof item === 'object' && !Array.isArray(item) ? numberMap(item as Record<string, unknown>, inner, keys) : null;
    if (text === null) return null;
    items.push(`${key}: ${text}`);
  }
  return items.length ? `{ ${items.join(', ')} }` : '{}';
}

function isEmpty(collection: object): boolean {
  for (const key in collection) if ((collection as Record<string, unknown>)[key] !== undefined) return false;
  return true;
}

/**
 * A number as YAML's core schema writes it, and as JSON does for -0 (`0`); an exponent without a
 * point gets `.0` (`1.0e+21`), as YAML 1.1 readers such as PyYAML read `1e+21` as a string.
 */
function number(n: number): string {
  // Line, column and offset, most numbers written: an integer below 2^53 is its digits (-0 is `0`, as JSON writes it).
  if (Number.isSafeInteger(n)) return String(n);
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '.nan' : n < 0 ? '-.inf' : '.inf';
  const json = JSON.stringify(n);
  return json.includes('e') && !json.includes('.') ? json.replace('e', '.0e') : json;
}
