/** Where a string is written, which decides how it may be written. */
export interface YamlStringContext {
  /** The indentation of the lines that continue the string (a block scalar's body, a quoted string's breaks). */
  indent: string;
  /** The string is a mapping key. */
  implicitKey: boolean;
  /** The string stands inside a flow collection (`{ … }`). */
  inFlow: boolean;
}

// The rules below are those of the `yaml` package (2.x, `stringifyString`) for the options
// toYaml used with it, with its YAML 1.1 schema (`version: '1.1'`): plain by default, single or
// double quotes as needed, literal blocks for multi-line text, and no folding (lineWidth 0). The
// 1.1 schema quotes what a YAML 1.1 reader such as PyYAML would take for a boolean, a number, a
// date or a merge key (`yes`, `on`, `1:20`, `2023-03-01`, `<<`), so that readers of YAML 1.1 and
// 1.2 both get the JSON's strings. Beyond the package: `=` is quoted too (PyYAML's safe loader
// refuses its `value` tag), and characters outside YAML 1.1's printable set (C1 controls, U+FFFE)
// are escaped inside double quotes, where the package writes them as they are and PyYAML refuses
// the whole file. The test compares the two on every input and reads the output back as 1.1 and 1.2.

/** A line that a YAML 1.1 reader would take for a document marker or directive. */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
/**
 * What a plain scalar must not contain, start or end with: a tab anywhere (PyYAML takes it for the
 * start of a token), `:` before a break (a reader takes it for a key) and `-` or `?` before a
 * break (in a flow collection, a reader takes it for a block entry) go beyond the package.
 */
const NOT_PLAIN = /\t|^[\n ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t\n]|[\n:][ \t]|:\n|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/**
 * Characters that only double quotes can carry: control characters, unpaired surrogates, the
 * noncharacters U+FFFE and U+FFFF, and U+2028/U+2029, which YAML 1.1 reads as line breaks.
 */
const NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}\ufffe\uffff\u2028\u2029]/u;
/**
 * What JSON.stringify leaves as it is but YAML 1.1 does not allow in a file even inside quotes
 * (DEL, C1 controls, U+FFFE, U+FFFF), or reads as a line break there (U+0085, U+2028, U+2029).
 */
const NOT_PRINTABLE_11 = /[\x7f-\x9f\ufffe\uffff\u2028\u2029]/g;
/** Plain text that the 1.2 core schema or the 1.1 schema would read as null, a boolean, a number, a date or a merge key. */
const NOT_A_STRING = [
  // YAML 1.2 core schema
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  // YAML 1.1: booleans, numbers with `_`, binary, octal, sexagesimal, floats, dates, merge and value keys
  /^(?:[Yy]|[Yy]es|YES|[Nn]|[Nn]o|NO|[Oo]n|ON|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  // a date, with its time when it has one, as the whole text (`2023-03-01` but not `2023-03-01　字号`), as the 1.1 schema reads it;
  // its zone's hours any one or two digits, as PyYAML matches them (`…10:00:00-31:20`, which it then refuses to read)
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
  /^(?:<<|=)$/,
];
/**
 * Text that is written plainly wherever it stands outside a flow collection: it opens with a
 * letter that starts no keyword (`null`, `true`, `false`, `yes`, `on`, `off`, `y`, `n`, and `e5`, which the `yaml` package's 1.1 schema reads as a float) or a CJK character, has no control
 * characters, `#`, `:` or line breaks (U+2028 and U+2029 too, which a regular expression's `^`
 * counts as such), and does not end in white space. Most text of a plan
 * is such; it skips the checks below.
 */
const SAFE_PLAIN = /^[^\x00-\x40\x5b-\x60\x7b-\x9fNnTtFfYyOoEe\u2028\u2029\ud800-\udfff\ufffe\uffff](?:[^\x00-\x1f#:\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]*[^\x00-\x20#:\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff])?$/;
/** `NOT_A_STRING` as one expression: one test of the text instead of one per pattern. */
const NOT_A_STRING_ANY = new RegExp(NOT_A_STRING.map((pattern) => `(?:${pattern.source})`).join('|'));
/** Characters that end a plain scalar inside a flow collection (for PyYAML `?` and `:` too). */
const FLOW_INDICATORS = /[[\]{},?:]/;
/** First characters of the texts `NOT_A_STRING` matches. */
const MAY_BE_NOT_A_STRING = /^(?:$|[~nNtTfFyYoOeE0-9+\-.<=])/;
/** Shortest double-quoted string whose line breaks are written as breaks rather than `\n`. */
const MIN_MULTILINE = 40;
const INDENT_STEP = '  ';
const BLOCK_END_NEWLINES = /(^|(?<!\n))\n+(?!\n|$)/g;
const SHORT_ESCAPES: Record<string, string> = { '0000': '\\0', '0007': '\\a', '000b': '\\v', '001b': '\\e', '0085': '\\N', '00a0': '\\_', '2028': '\\L', '2029': '\\P' };

/**
 * Whether a string is written as it is wherever it stands (as a key or a value, at any depth),
 * so that a caller may skip `yamlString`.
 * @param value the string
 * @param inFlow whether it stands in a flow collection
 */
export function isPlainAnywhere(value: string, inFlow: boolean): boolean {
  return SAFE_PLAIN.test(value) && !(inFlow && FLOW_INDICATORS.test(value));
}

/**
 * Whether `yamlString` writes a key the same at every indentation: one without a line break that
 * a reader would not take for a document marker (a multi-line key, or one that opens like `---`,
 * is written by where it stands).
 * @param key the key
 */
export function isWrittenAlikeAtAnyIndent(key: string): boolean {
  return !key.includes('\n') && !DOCUMENT_MARKER.test(key);
}

/**
 * A string as a YAML scalar: plain where it reads back as the same string, else quoted or as a
 * literal block.
 * @param value the string
 * @param context where it is written
 * @param doubleQuoted write it in double quotes whatever it holds (layout strings, to keep them visible)
 */
export function yamlString(value: string, context: YamlStringContext, doubleQuoted = false): string {
  if (doubleQuoted) return doubleQuotedString(value, context);
  if (isPlainAnywhere(value, context.inFlow)) return value;
  if (NEEDS_ESCAPES.test(value)) return doubleQuotedString(value, context);
  return plainString(value, context);
}

function plainString(value: string, context: YamlStringContext): string {
  const { implicitKey, inFlow, indent } = context;
  if ((implicitKey && value.includes('\n')) || (inFlow && FLOW_INDICATORS.test(value))) return quotedString(value, context);
  if (NOT_PLAIN.test(value)) {
    return implicitKey || inFlow || !value.includes('\n') ? quotedString(value, context) : blockString(value, context, false);
  }
  if (!implicitKey && !inFlow && value.includes('\n')) return blockString(value, context, false);
  if (DOCUMENT_MARKER.test(value)) {
    if (indent === '') return blockString(value, context, true);
    if (implicitKey && indent === INDENT_STEP) return quotedString(value, context);
  }
  const text = value.replace(/\n+/g, `$&\n${indent}`);
  return MAY_BE_NOT_A_STRING.test(text) && NOT_A_STRING_ANY.test(text) ? quotedString(value, context) : text;
}

function quotedString(value: string, context: YamlStringContext): string {
  const hasDouble = value.includes('"');
  const hasSingle = value.includes("'");
  return hasDouble && !hasSingle ? singleQuotedString(value, context) : doubleQuotedString(value, context);
}

function singleQuotedString(value: string, context: YamlStringContext): string {
  // Single quotes cannot keep white space around a line break, nor a break in a key.
  if ((context.implicitKey && value.includes('\n')) || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, context);
  const indent = context.indent || (DOCUMENT_MARKER.test(value) ? '  ' : '');
  return `'${value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`)}'`;
}

/** JSON's escapes, made YAML's: short escapes, `\xNN`, a space before a break escaped, long strings broken at their breaks. */
function doubleQuotedString(value: string, context: YamlStringContext): string {
  const json = JSON.stringify(value);
  const indent = context.indent || (DOCUMENT_MARKER.test(value) ? '  ' : '');
  let out = '';
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      // A space before a line break is escaped so that it is not folded away.
      out += `${json.slice(start, i)}\\ `;
      i += 1;
      start = i;
      ch = '\\';
    }
    if (ch !== '\\') continue;
    if (json[i + 1] === 'u') {
      out += json.slice(start, i);
      const code = json.substr(i + 2, 4);
      out += SHORT_ESCAPES[code] ?? (code.startsWith('00') ? `\\x${code.slice(2)}` : json.substr(i, 6));
      i += 5;
      start = i + 1;
    } else if (json[i + 1] === 'n' && !context.implicitKey && json[i + 2] !== '"' && json.length >= MIN_MULTILINE) {
      // The break is written as a break: the first one doubled, as a reader folds one away.
      out += `${json.slice(start, i)}\n\n`;
      while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
        out += '\n';
        i += 2;
      }
      out += indent;
      i += 1;
      // A space that opens the line is escaped, else it would be read as indentation; it is
      // written here whole, so that the rule for a space before a break does not escape it again.
      if (json[i + 1] === ' ') {
        out += '\\ ';
        i += 1;
      }
      start = i + 1;
    } else {
      i += 1;
    }
  }
  out = start ? out + json.slice(start) : json;
  return out.replace(NOT_PRINTABLE_11, escapeCharacter);
}

/** `\N`, `\L`, `\P` for YAML's own line breaks, else `\xNN` or `\uNNNN`. */
function escapeCharacter(ch: string): string {
  const code = ch.charCodeAt(0).toString(16).padStart(4, '0');
  return SHORT_ESCAPES[code] ?? (code.startsWith('00') ? `\\x${code.slice(2)}` : `\\u${code}`);
}

/** A literal block (`|`), with the chomping and indentation indicators its ends need. */
function blockString(value: string, context: YamlStringContext, forceIndent: boolean): string {
  // A block cannot end in white space after its last break, and one of blanks alone would lose
  // its spaces (its indentation is read from its first line that is not blank).
  if (/\n[\t ]+$/.test(value) || (/[\t ]/.test(value) && !/[^\n\t ]/.test(value))) return quotedString(value, context);
  const indent = context.indent || (forceIndent || DOCUMENT_MARKER.test(value) ? '  ' : '');
  if (!value) return '|\n';
  let endStart = value.length;
  while (endStart > 0 && '\n\t '.includes(value[endStart - 1]!)) endStart--;
  let end = value.substring(endStart);
  const endNewline = end.indexOf('\n');
  const chomp = endNewline === -1 ? '-' : value === end || endNewline !== end.length - 1 ? '+' : '';
  if (end) {
    value = value.slice(0, -end.length);
    if (end.endsWith('\n')) end = end.slice(0, -1);
    end = end.replace(BLOCK_END_NEWLINES, `$&${indent}`);
  }
  let startsWithSpace = false;
  let startEnd = 0;
  let startNewline = -1;
  for (; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === ' ') startsWithSpace = true;
    else if (ch === '\n') startNewline = startEnd;
    else break;
  }
  let start = value.substring(0, startNewline < startEnd ? startNewline + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const header = (startsWithSpace ? (indent ? '2' : '1') : '') + chomp;
  return `|${header}\n${indent}${start}${value.replace(/\n+/g, `$&${indent}`)}${end}`;
}
