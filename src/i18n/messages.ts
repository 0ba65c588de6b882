import type { Language } from './language.js';
import type { Localized } from './translate.js';

/** One message in every language; both take the same values. */
export type Message<P> = Record<Language, (params: P) => string>;

/** A message and its translation, typed by the values of the English one (`void` when it names none). */
function both<P = void>(message: Message<P>): Message<P> {
  return message;
}

/** `1 error`, `2 errors`: English counts; Chinese has no plural forms. */
function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The kinds of node, as messages name them. */
type NodeKindName = 'section' | 'subsection' | 'item' | 'subitem' | 'point';

/** The Chinese names of the kinds of node: 一、 部分, （一） 小节, 1. 条目, （1） 子条目, ① 细目. */
const NODE_KINDS_ZH: Record<NodeKindName, string> = { section: '部分', subsection: '小节', item: '条目', subitem: '子条目', point: '细目' };

/** A node as a finding names it: its kind and its marker (`item 3.`, `条目 3.`). */
interface NodeRef {
  kind: NodeKindName;
  num: string;
}

const nodeEn = (node: NodeRef) => `${node.kind} ${node.num}`;
const nodeZh = (node: NodeRef) => `${NODE_KINDS_ZH[node.kind]} ${node.num}`;

/** The formats a file can be read in, as messages name them. */
type FormatName = 'text' | 'markdown' | 'html' | 'docx' | 'doc' | 'pdf' | 'ofd';

/** What each readable format is called in a message, in each language. */
export const FORMAT_NAMES_IN: Record<Language, Record<FormatName, string>> = {
  en: {
    text: 'plain text',
    markdown: 'Markdown text',
    html: 'a web page',
    docx: 'a Word (.docx) file',
    doc: 'an old Word (.doc) or WPS (.wps) file, or a password-protected Office file',
    pdf: 'a PDF file',
    ofd: 'an OFD file',
  },
  zh: {
    text: '纯文本',
    markdown: 'Markdown 文本',
    html: '网页',
    docx: 'Word（.docx）文件',
    doc: '旧版 Word（.doc）或 WPS（.wps）文件，或设有密码的 Office 文件',
    pdf: 'PDF 文件',
    ofd: 'OFD 文件',
  },
};

/** Files refused by their first bytes, by kind. */
type RefusedKind = 'rtf' | 'png' | 'jpeg' | 'gif' | 'tiff' | 'riff' | 'gzip' | '7z' | 'rar';

const REFUSED_EN: Record<RefusedKind, string> = {
  rtf: 'an RTF file; save it as plain text (.txt) or Word (.docx) first',
  png: 'a PNG image; run OCR on it and compile the text',
  jpeg: 'a JPEG image; run OCR on it and compile the text',
  gif: 'a GIF image; run OCR on it and compile the text',
  tiff: 'a TIFF image (a scan); run OCR on it and compile the text',
  riff: 'a RIFF file (a WebP image, audio or video), not text',
  gzip: 'a gzip archive; unpack it first',
  '7z': 'a 7-Zip archive; unpack it first',
  rar: 'a RAR archive; unpack it first',
};

const OCR_ZH = '请先进行文字识别（OCR），再编译识别出的文本';
const REFUSED_ZH: Record<RefusedKind, string> = {
  rtf: 'RTF 文件；请先另存为纯文本（.txt）或 Word（.docx）',
  png: `PNG 图片；${OCR_ZH}`,
  jpeg: `JPEG 图片；${OCR_ZH}`,
  gif: `GIF 图片；${OCR_ZH}`,
  tiff: `TIFF 图片（扫描件）；${OCR_ZH}`,
  riff: 'RIFF 文件（WebP 图片、音频或视频），不是文本',
  gzip: 'gzip 压缩包；请先解压',
  '7z': '7-Zip 压缩包；请先解压',
  rar: 'RAR 压缩包；请先解压',
};

/** Other Office files found where a Word document was expected. */
type OtherOfficeKind = 'xlsx' | 'pptx' | 'ofd' | 'odt';
const OTHER_OFFICE_EN: Record<OtherOfficeKind, string> = { xlsx: 'an Excel workbook (.xlsx)', pptx: 'a PowerPoint presentation (.pptx)', ofd: 'an OFD document', odt: 'an OpenDocument file (.odt); save it as .docx' };
const OTHER_OFFICE_ZH: Record<OtherOfficeKind, string> = { xlsx: 'Excel 工作簿（.xlsx）', pptx: 'PowerPoint 演示文稿（.pptx）', ofd: 'OFD 文档', odt: 'OpenDocument 文件（.odt），请另存为 .docx' };

const SAVE_AS_DOCX_EN = 'open it in Word or WPS and save it as .docx';
const SAVE_AS_DOCX_ZH = '请用 Word 或 WPS 打开并另存为 .docx';
const SAVE_AGAIN_EN = 'open it in Word or WPS and save it again as .docx';
const SAVE_AGAIN_ZH = '请用 Word 或 WPS 打开后重新另存为 .docx';

/** The places of a paragraph outside the numbered nodes. */
type PlaceName = 'front' | 'preamble' | 'head' | 'continuation' | 'closing';
const PLACES_ZH: Record<PlaceName, string> = { front: '前置部分', preamble: '导语', head: '标题', continuation: '续段', closing: '结尾' };

/** The kinds of value zod names in its issues (and `typeof` gives), in Chinese; any other is shown as it is. */
const VALUE_TYPES_ZH: Record<string, string> = {
  object: '对象',
  record: '对象',
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  array: '数组',
  null: '空值（null）',
  undefined: '空',
  bigint: '整数',
  nan: 'NaN',
};
const valueTypeZh = (type: string) => VALUE_TYPES_ZH[type] ?? type;

/** The kinds of entry that are not regular files (as src/cli/read-regular-file.ts `notRegular` tells them). */
export type NotRegularKind = 'folder' | 'fifo' | 'socket' | 'device' | 'symlink' | 'other';
const NOT_REGULAR_EN: Record<NotRegularKind, string> = { folder: 'a folder', fifo: 'a FIFO (named pipe)', socket: 'a socket', device: 'a device', symlink: 'a symbolic link', other: 'not a file' };
const NOT_REGULAR_ZH: Record<NotRegularKind, string> = { folder: '文件夹', fifo: '命名管道（FIFO）', socket: '套接字（socket）', device: '设备文件', symlink: '符号链接', other: '非文件对象' };

/** The words of `--help`, shared by the commands that read plans. */
const INPUTS_EN = 'files or folders (.txt, .md, .html, .docx, .doc, .wps, .pdf, .ofd), or - for stdin';
const INPUTS_ZH = '文件或文件夹（.txt、.md、.html、.docx、.doc、.wps、.pdf、.ofd），或以 - 表示标准输入';

/**
 * The catalogue: every message the tool shows a person, in English and in Chinese, by key.
 * Rule ids, JSON keys, exit codes and machine formats are not messages and stay as they are.
 * The compiler checks that every key has both languages and that both take the same values
 * (test/i18n.test.ts checks that each gives a text).
 */
export const MESSAGES = {
  // ── The command line: the run's summary, errors, usage ───────────────────────────────────────
  'severity.error': both({ en: () => 'error', zh: () => '错误' }),
  'severity.warning': both({ en: () => 'warning', zh: () => '警告' }),
  'severity.info': both({ en: () => 'info', zh: () => '提示' }),
  'cli.see-help': both({ en: () => '(policy-compile --help shows usage)', zh: () => '（policy-compile --help 可查看用法）' }),
  'summary.count': both<{ kind: NodeKindName | 'obligation'; count: number }>({
    en: ({ kind, count }) => plural(count, kind),
    zh: ({ kind, count }) => (kind === 'obligation' ? `${count}项任务` : `${count}个${NODE_KINDS_ZH[kind]}`),
  }),
  'summary.counts': both<{ parts: string[] }>({ en: ({ parts }) => parts.join(', '), zh: ({ parts }) => parts.join('、') }),
  'summary.more': both<{ count: number }>({
    en: ({ count }) => `… and ${count} more (policy-compile validate lists them all)`,
    zh: ({ count }) => `……另有${count}条未列出（policy-compile validate 可列出全部）`,
  }),
  'summary.totals': both<{ compiled: number; unreadable: number; errors: number; warnings: number; written: string }>({
    en: (p) => `${p.compiled} compiled, ${p.unreadable} unreadable, ${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')}; wrote ${p.written}`,
    zh: (p) => `已编译${p.compiled}份，无法读取${p.unreadable}份，错误${p.errors}项，警告${p.warnings}项；已写入${p.written}`,
  }),
  'summary.written-files': both<{ files: number; folder: string; workers: number }>({
    en: (p) => `${plural(p.files, 'file')} in ${p.folder}${p.workers ? ` on ${p.workers} worker processes` : ''}`,
    zh: (p) => ` ${p.folder}，共${p.files}个文件${p.workers ? `（使用${p.workers}个工作进程）` : ''}`,
  }),
  'summary.written-stdout': both({ en: () => 'to stdout', zh: () => '标准输出' }),
  'summary.written-documents': both<{ documents: number; workers: number }>({
    en: (p) => `${plural(p.documents, 'document')} to stdout${p.workers ? ` on ${p.workers} worker processes` : ''}`,
    zh: (p) => `标准输出，共${p.documents}份文件${p.workers ? `（使用${p.workers}个工作进程）` : ''}`,
  }),
  'summary.left-out-docs': both<{ count: number; files: string[] }>({
    en: (p) => `left out ${plural(p.count, 'documentation file')}, not plans: ${p.files.join(', ')}`,
    zh: (p) => `略去${p.count}个说明文档（不是计划）：${p.files.join('、')}`,
  }),
  'usage.stdout-workbook': both<{ format: string }>({
    en: (p) => `--stdout writes text: --format ${p.format} writes a workbook, give -o <folder>`,
    zh: (p) => `--stdout 只能输出文本：--format ${p.format} 生成 Excel 工作簿，请用 -o <文件夹>`,
  }),
  'usage.stdout-and-out': both({ en: () => '-o and --stdout both say where to write: give one of them', zh: () => '-o 与 --stdout 都指定了输出位置：只能给出其中之一' }),
  'progress.documents': both<{ done: number; total: number }>({ en: (p) => `${p.done}/${p.total} documents`, zh: (p) => `${p.done}/${p.total} 份文件` }),
  'usage.where-to-write': both({ en: () => 'say where to write: -o <folder>, or --stdout', zh: () => '请指定输出位置：-o <文件夹>，或 --stdout' }),
  'usage.stdout-one-format': both({
    en: () => '--stdout writes one format: add --format json, yaml, csv, outline or jsonl',
    zh: () => '--stdout 只能输出一种格式：请加 --format json、yaml、csv、outline 或 jsonl',
  }),
  'usage.stdout-one-document': both<{ inputs: number }>({
    en: ({ inputs }) => `--stdout writes one document, but ${inputs} inputs were given (--format jsonl writes any number)`,
    zh: ({ inputs }) => `--stdout 只能输出一份文件，但给出了${inputs}个输入（--format jsonl 可输出任意份数）`,
  }),
  'usage.unknown-format': both<{ unknown: string[]; formats: readonly string[] }>({
    en: (p) => `unknown format ${p.unknown.join(', ') || '(none)'}: choose from ${p.formats.join(', ')}`,
    zh: (p) => `未知格式 ${p.unknown.join('、') || '（无）'}：可选 ${p.formats.join('、')}`,
  }),
  'usage.cannot-write-to': both<{ path: string; reason: string }>({ en: (p) => `cannot write to ${p.path}: ${p.reason}`, zh: (p) => `无法写入 ${p.path}：${p.reason}` }),
  'usage.not-a-folder': both<{ path: string }>({ en: (p) => `${p.path} exists and is not a folder`, zh: (p) => `${p.path} 已存在，但不是文件夹` }),
  'usage.cannot-create': both<{ path: string; reason: string }>({ en: (p) => `cannot create ${p.path}: ${p.reason}`, zh: (p) => `无法创建 ${p.path}：${p.reason}` }),
  'usage.overwrites-input': both<{ path: string }>({
    en: (p) => `${p.path} would be overwritten by the output; write to another folder (-o) or rename the input`,
    zh: (p) => `${p.path} 会被输出文件覆盖；请写入其他文件夹（-o），或为该输入文件改名`,
  }),
  'usage.whole-number-from-1': both({ en: () => 'expected a whole number, 1 or more', zh: () => '应为不小于 1 的整数' }),
  'usage.whole-number-from-0': both({ en: () => 'expected a whole number, 0 or more', zh: () => '应为不小于 0 的整数' }),
  'usage.unknown-encoding': both<{ encodings: readonly string[] }>({
    en: (p) => `unknown encoding; choose from ${p.encodings.join(', ')}, gbk, gb2312`,
    zh: (p) => `未知编码；可选 ${p.encodings.join('、')}、gbk、gb2312`,
  }),
  'exit.frail': both<{ warnings: number }>({
    en: (p) => `${plural(p.warnings, 'warning')}, and --frail allows none`,
    zh: (p) => `警告${p.warnings}项，而 --frail 不允许有任何警告`,
  }),
  'exit.max-warnings': both<{ warnings: number; max: number }>({
    en: (p) => `${plural(p.warnings, 'warning')}, more than --max-warnings ${p.max} allows`,
    zh: (p) => `警告${p.warnings}项，超过 --max-warnings 允许的${p.max}项`,
  }),
  'reason.no-such-file': both({ en: () => 'no such file', zh: () => '文件不存在' }),
  'usage.size': both({ en: () => 'expected a size such as 20000000, 500KB or 64MB', zh: () => '应为字节数，如 20000000、500KB 或 64MB' }),
  'write.cannot-write': both<{ file: string; reason: string }>({ en: (p) => `cannot write ${p.file}: ${p.reason}`, zh: (p) => `无法写入 ${p.file}：${p.reason}` }),
  'write.run-file-dropped': both<{ file: string; reason: string }>({
    en: (p) => `cannot write ${p.file}: ${p.reason}; it is left out of this run`,
    zh: (p) => `无法写入 ${p.file}：${p.reason}；本次运行不再输出该文件`,
  }),
  'write.standard-output': both({ en: () => 'standard output', zh: () => '标准输出' }),
  'write.too-large': both({ en: () => 'the output is too large to build as one string', zh: () => '输出过大，无法生成为单个字符串' }),
  'write.no-space': both({ en: () => 'no space left on the device', zh: () => '磁盘空间不足' }),
  'write.quota': both({ en: () => 'over the disk quota', zh: () => '超出磁盘配额' }),
  'write.file-too-big': both({ en: () => 'larger than the system lets one file grow (ulimit -f)', zh: () => '超过系统允许的单个文件大小（ulimit -f）' }),
  'write.read-only': both({ en: () => 'the file system is read-only', zh: () => '文件系统为只读' }),
  'write.folder-in-way': both({ en: () => 'a folder of that name is in the way', zh: () => '已有同名文件夹' }),
  'reason.permission-denied': both({ en: () => 'permission denied', zh: () => '权限不足' }),
  'reason.path-part-is-file': both({ en: () => 'a part of the path is a file', zh: () => '路径中有一级是文件' }),
  'reason.no-such-folder': both({ en: () => 'no such folder', zh: () => '文件夹不存在' }),
  'input.stdin-once': both({ en: () => 'standard input can be read only once', zh: () => '标准输入只能读取一次' }),
  'input.missing': both({ en: () => 'no such file or folder', zh: () => '文件或文件夹不存在' }),
  'input.empty-folder': both<{ extensions: readonly string[] }>({
    en: (p) => `folder has no ${p.extensions.join(' or ')} files`,
    zh: (p) => `文件夹中没有 ${p.extensions.join('、')} 文件`,
  }),
  'input.is-folder': both({ en: () => 'is a folder', zh: () => '是文件夹' }),
  'input.link-loop': both({ en: () => 'a link that leads back to itself (link loop)', zh: () => '链接最终指回自身（循环链接）' }),
  'input.dangling-link': both({ en: () => 'a link to nothing (dangling link)', zh: () => '链接指向的文件不存在（悬空链接）' }),
  'input.link-outside': both({
    en: () => 'a link to a file outside the folder given, not followed (--follow-links reads it)',
    zh: () => '链接指向所给文件夹之外的文件，未予跟随（--follow-links 可读取）',
  }),
  'input.link-to-folder': both({ en: () => 'a link to a folder, not walked', zh: () => '链接指向文件夹，不进入其中读取' }),
  'input.link-to-not-regular': both<{ kind: NotRegularKind }>({
    en: (p) => `a link to ${NOT_REGULAR_EN[p.kind]}, not a regular file; only files are read`,
    zh: (p) => `链接指向${NOT_REGULAR_ZH[p.kind]}，不是普通文件；只读取文件`,
  }),
  'input.not-regular': both<{ kind: NotRegularKind }>({
    en: (p) => `is ${NOT_REGULAR_EN[p.kind]}, not a regular file; only files are read`,
    zh: (p) => `是${NOT_REGULAR_ZH[p.kind]}，不是普通文件；只读取文件`,
  }),
  'input.symlink-not-followed': both({
    en: () => 'is a symbolic link, which is not followed here (--follow-links reads what it points to)',
    zh: () => '是符号链接，此处不予跟随（--follow-links 可读取其指向的文件）',
  }),
  'input.too-large': both<{ limit: string; size: string }>({
    en: (p) => `is larger than the ${p.limit} read per input (${p.size} or more; --max-input-size raises the limit)`,
    zh: (p) => `超过每个输入 ${p.limit} 的读取上限（至少 ${p.size}；可用 --max-input-size 提高上限）`,
  }),
  'input.stdin-too-large': both<{ limit: string }>({
    en: (p) => `holds more than the ${p.limit} read per input (--max-input-size raises the limit)`,
    zh: (p) => `超过每个输入 ${p.limit} 的读取上限（可用 --max-input-size 提高上限）`,
  }),
  'input.cannot-list': both<{ reason: string }>({ en: (p) => `cannot list this folder (${p.reason})`, zh: (p) => `无法列出此文件夹的内容（${p.reason}）` }),
  'input.name-not-utf8': both({ en: () => 'the name is not UTF-8; rename it to read it', zh: () => '文件名不是 UTF-8 编码；请改名后再读取' }),
  'input.no-match': both({ en: () => 'no file matches this pattern', zh: () => '没有与此模式匹配的文件' }),
  'input.all-ignored': both({ en: () => '--ignore leaves out every input: nothing to compile', zh: () => '--ignore 排除了全部输入，没有可编译的文件' }),
  'input.cannot-read': both<{ detail: string }>({ en: (p) => `cannot read (${p.detail})`, zh: (p) => `无法读取（${p.detail}）` }),
  'input.internal-error': both<{ detail: string }>({
    en: (p) => `internal error while compiling (${p.detail}); please report it with this file`,
    zh: (p) => `编译时发生内部错误（${p.detail}）；请连同此文件一并报告`,
  }),

  // ── the streaming filter, --from jsonl (src/cli/filter-command.ts, parse-record.ts) ──────────────
  'filter.no-out': both({ en: () => '--from jsonl writes to stdout: leave out -o', zh: () => '--from jsonl 只写到标准输出：请去掉 -o' }),
  'filter.no-inputs': both({
    en: () => '--from jsonl reads records from - (stdin) or files of records',
    zh: () => '--from jsonl 从 -（标准输入）或记录文件读取记录：请给出其一',
  }),
  'filter.unknown-format': both<{ formats: string[]; name: string }>({
    en: (p) => `--from jsonl writes one of ${p.formats.join(', ')}, not ${p.name}`,
    zh: (p) => `--from jsonl 只能输出 ${p.formats.join('、')} 之一，不能输出 ${p.name}`,
  }),
  'filter.at-line': both<{ line: number; id: string | null }>({
    en: (p) => `line ${p.line}${p.id === null ? '' : ` (${p.id})`}`,
    zh: (p) => `第${p.line}行${p.id === null ? '' : `（${p.id}）`}`,
  }),
  'filter.totals': both<{ compiled: number; failed: number; format: string }>({
    en: (p) => `${p.compiled} compiled, ${p.failed} failed; wrote ${p.format} to stdout`,
    zh: (p) => `已编译${p.compiled}条，失败${p.failed}条；已将 ${p.format} 写到标准输出`,
  }),
  'record.not-json': both<{ detail: string }>({ en: (p) => `not JSON (${p.detail})`, zh: (p) => `不是 JSON（${p.detail}）` }),
  'record.expected': both<{ check: string[] }>({
    en: (p) => `expected {"id", "text"} or {"id", "bytes" (base64), "name"}${p.check.length ? `; check ${p.check.map((key) => `"${key}"`).join(', ')}` : ''}`,
    zh: (p) => `应为 {"id", "text"} 或 {"id", "bytes"（base64）, "name"}${p.check.length ? `；请检查 ${p.check.map((key) => `"${key}"`).join('、')}` : ''}`,
  }),

  'place.page': both<{ page: number }>({ en: (p) => `page ${p.page}`, zh: (p) => `第${p.page}页` }),
  'place.paragraph': both<{ paragraph: number; cell: { table: number; row: number; column: number } | null }>({
    en: (p) => `paragraph ${p.paragraph}${p.cell ? ` (table ${p.cell.table}, row ${p.cell.row}, column ${p.cell.column})` : ''}`,
    zh: (p) => `第${p.paragraph}段${p.cell ? `（表${p.cell.table}第${p.cell.row}行第${p.cell.column}列）` : ''}`,
  }),

  // ── validate's configuration file, and zod's issues with it (src/i18n/localize-issues.ts) ─────────
  'config.cannot-read': both<{ detail: string }>({ en: (p) => `cannot read the configuration (${p.detail})`, zh: (p) => `无法读取配置文件（${p.detail}）` }),
  'config.syntax': both<{ detail: string }>({ en: (p) => p.detail, zh: (p) => `语法错误：${p.detail}` }),
  'config.whole': both({ en: () => 'configuration', zh: () => '配置' }),
  'config.unused-beside': both<{ used: string; unused: string[] }>({
    en: (p) => `${p.used} is used; ${p.unused.join(', ')} beside it ${p.unused.length === 1 ? 'is' : 'are'} not`,
    zh: (p) => `使用的是 ${p.used}；同一文件夹中的 ${p.unused.join('、')} 不会被使用`,
  }),
  'issue.invalid-type': both<{ expected: string; received: string }>({
    en: (p) => `Invalid input: expected ${p.expected}, received ${p.received}`,
    zh: (p) => `类型有误：应为${valueTypeZh(p.expected)}，实际为${valueTypeZh(p.received)}`,
  }),
  'issue.invalid-value': both<{ values: string[] }>({
    en: (p) => (p.values.length === 1 ? `Invalid input: expected ${p.values[0]}` : `Invalid option: expected one of ${p.values.join('|')}`),
    zh: (p) => (p.values.length === 1 ? `取值无效：应为 ${p.values[0]}` : `取值无效：应为 ${p.values.join('、')} 之一`),
  }),
  'issue.unrecognized-keys': both<{ keys: string[] }>({
    en: (p) => `Unrecognized key${p.keys.length === 1 ? '' : 's'}: ${p.keys.map((key) => `"${key}"`).join(', ')}`,
    zh: (p) => `无法识别的键：${p.keys.map((key) => `"${key}"`).join('、')}`,
  }),

  // ── validate's report ────────────────────────────────────────────────────────────────────────
  'report.unreadable': both<{ count: number }>({ en: (p) => `; ${plural(p.count, 'input')} could not be read`, zh: (p) => `；${p.count}个输入无法读取` }),
  'report.clean': both<{ files: number; unreadable: string }>({
    en: (p) => `${plural(p.files, 'file')} checked, no problems${p.unreadable}`,
    zh: (p) => `已检查${p.files}个文件，未发现问题${p.unreadable}`,
  }),
  'report.kinds': both<{ errors: number; warnings: number; infos: number }>({
    en: (p) => [plural(p.errors, 'error'), plural(p.warnings, 'warning'), ...(p.infos ? [plural(p.infos, 'info')] : [])].join(', '),
    zh: (p) => [`错误${p.errors}项`, `警告${p.warnings}项`, ...(p.infos ? [`提示${p.infos}项`] : [])].join('、'),
  }),
  'report.problems': both<{ problems: number; kinds: string; withFindings: number; files: number; unreadable: string }>({
    en: (p) => `${plural(p.problems, 'problem')} (${p.kinds}) in ${p.withFindings} of ${plural(p.files, 'file')}${p.unreadable}`,
    zh: (p) => `发现问题${p.problems}项（${p.kinds}），涉及${p.files}个文件中的${p.withFindings}个${p.unreadable}`,
  }),

  // ── validate's findings, one message a rule ──────────────────────────────────────────────────
  'rule.schema': both<{ path: string; detail: string }>({ en: (p) => `${p.path || 'document'}: ${p.detail}`, zh: (p) => `${p.path || '文档'}：${p.detail}` }),
  'rule.numbering-gap': both<{ node: NodeRef; missing: string }>({
    en: (p) => `${nodeEn(p.node)} follows a gap: ${p.missing} missing`,
    zh: (p) => `${nodeZh(p.node)} 之前缺号：缺少 ${p.missing}`,
  }),
  'rule.duplicate-number': both<{ node: NodeRef }>({ en: (p) => `${nodeEn(p.node)} repeats the number before it`, zh: (p) => `${nodeZh(p.node)} 与前一个编号重复` }),
  'rule.number-out-of-order': both<{ node: NodeRef; expected: number[] }>({
    en: (p) => `${nodeEn(p.node)} is out of order: expected ${p.expected.join(' or ')}`,
    zh: (p) => `${nodeZh(p.node)} 顺序有误：应为 ${p.expected.join(' 或 ')}`,
  }),
  'rule.skipped-level': both<{ node: NodeRef; parent: NodeRef | null; skipped: NodeKindName[] }>({
    en: (p) => `${nodeEn(p.node)} stands directly under ${p.parent ? nodeEn(p.parent) : 'the body'}, skipping the ${p.skipped.join(' and ')} level`,
    zh: (p) => `${nodeZh(p.node)} 直接位于${p.parent ? ` ${nodeZh(p.parent)} ` : '正文'}之下，跳过了${p.skipped.map((kind) => NODE_KINDS_ZH[kind]).join('和')}一级`,
  }),
  'rule.mixed-marker-style': both<{ node: NodeRef; usual: string }>({
    en: (p) => `${nodeEn(p.node)} is written in another style than the other ${p.node.kind}s, which would write it ${p.usual}`,
    zh: (p) => `${nodeZh(p.node)} 的编号样式与同级其他${NODE_KINDS_ZH[p.node.kind]}不同，按它们的样式应写作 ${p.usual}`,
  }),
  'rule.unmatched-bracket.open': both<{ mark: string; excerpt: string; more: number }>({
    en: (p) => `${p.mark} is never closed: ${p.excerpt}${p.more ? ` (and ${p.more} more in this paragraph)` : ''}`,
    zh: (p) => `${p.mark} 没有闭合：${p.excerpt}${p.more ? `（本段另有${p.more}处）` : ''}`,
  }),
  'rule.unmatched-bracket.close': both<{ mark: string; excerpt: string; more: number }>({
    en: (p) => `${p.mark} closes nothing: ${p.excerpt}${p.more ? ` (and ${p.more} more in this paragraph)` : ''}`,
    zh: (p) => `${p.mark} 没有对应的前半部分：${p.excerpt}${p.more ? `（本段另有${p.more}处）` : ''}`,
  }),
  'rule.mixed-width-bracket': both<{ open: string; close: string; excerpt: string }>({
    en: (p) => `${p.open} is closed by ${p.close}: ${p.excerpt}`,
    zh: (p) => `${p.open} 与 ${p.close} 全角半角不一致：${p.excerpt}`,
  }),
  'rule.empty-node': both<{ node: NodeRef }>({ en: (p) => `${nodeEn(p.node)} is empty`, zh: (p) => `${nodeZh(p.node)} 内容为空` }),
  'rule.node-without-obligations': both<{ node: NodeRef; label: string }>({
    en: (p) => `${nodeEn(p.node)}${p.label} has no task sentences and no children`,
    zh: (p) => `${nodeZh(p.node)}${p.label} 既无任务句，也无下级条目`,
  }),
  'rule.unplaced-text.marker': both<{ marker: string; where: string; excerpt: string }>({
    en: (p) => `${p.marker} looks like a numbering marker but is not on the ladder; ${p.where}: ${p.excerpt}`,
    zh: (p) => `${p.marker} 像是编号，但不属于任何编号层级；${p.where}：${p.excerpt}`,
  }),
  'rule.unplaced-text.in-node': both<{ node: NodeRef }>({ en: (p) => `kept as text of ${nodeEn(p.node)}`, zh: (p) => `已作为 ${nodeZh(p.node)} 的正文保留` }),
  'rule.unplaced-text.in-place': both<{ place: PlaceName }>({ en: (p) => `kept in the ${p.place}`, zh: (p) => `已保留在${PLACES_ZH[p.place]}中` }),
  'rule.unplaced-text.in-preamble': both({ en: () => 'in the preamble', zh: () => '位于导语中' }),
  'rule.unplaced-text.labels': both<{ count: number; where: string; first: string }>({
    en: (p) =>
      `${p.count === 1 ? `a line ${p.where} reads as a heading or table cell, not prose` : `${p.count} lines ${p.where} read as headings or table cells, not prose; the first`}: ${p.first}`,
    zh: (p) => `${p.count === 1 ? `有一行（${p.where}）像标题或表格单元格，而不是正文` : `有${p.count}行（${p.where}）像标题或表格单元格，而不是正文；第一行为`}：${p.first}`,
  }),
  'rule.garbled-text': both<{ signs: Array<'replacement' | 'gbk' | 'latin1' | 'control' | 'private-use'>; excerpt: string }>({
    en: (p) =>
      `${p.signs
        .map(
          (sign) =>
            ({
              replacement: 'replacement character: bytes that could not be decoded',
              gbk: 'UTF-8 text decoded as GBK (mojibake)',
              latin1: 'UTF-8 text decoded as Latin-1 (mojibake)',
              control: 'control character',
              'private-use': 'private-use character (a font glyph copied from a PDF, not text)',
            })[sign],
        )
        .join('; ')}: ${p.excerpt}`,
    zh: (p) =>
      `${p.signs
        .map(
          (sign) =>
            ({
              replacement: '替换字符：有字节无法解码',
              gbk: 'UTF-8 文本被按 GBK 解码（乱码）',
              latin1: 'UTF-8 文本被按 Latin-1 解码（乱码）',
              control: '控制字符',
              'private-use': '私用区字符（从 PDF 复制出的字形，不是文字）',
            })[sign],
        )
        .join('；')}：${p.excerpt}`,
  }),
  'rule.title-year-mismatch': both<{ year: number; years: number[] }>({
    en: (p) => `the title names ${p.year}, the preamble ${p.years.join(', ')}`,
    zh: (p) => `标题中的年份为${p.year}年，导语中的年份为${p.years.map((year) => `${year}年`).join('、')}`,
  }),
  'rule.duplicate-sentence': both<{ earlier: string; line: number | null; excerpt: string }>({
    en: (p) => `repeats the sentence of ${p.earlier}${p.line ? ` on line ${p.line}` : ''}: ${p.excerpt}`,
    zh: (p) => `与 ${p.earlier}${p.line ? `（第${p.line}行）` : ''}的任务句重复：${p.excerpt}`,
  }),
  'rule.missing-unit': both<{ node: NodeRef; label: string }>({
    en: (p) => `${nodeEn(p.node)}${p.label} names no responsible unit`,
    zh: (p) => `${nodeZh(p.node)}${p.label} 未写明责任单位`,
  }),
  'rule.no-structure': both({
    en: () => 'no numbered sections or items (一、 （一） 1. （1） ①) found: the text is kept, but it holds no tasks',
    zh: () => '未找到带编号的部分或条目（一、 （一） 1. （1） ①）：全文已保留，但其中没有任务',
  }),

  // ── Why a file cannot be read: the format by its bytes, decoding, each reader ─────────────────
  'refusal.refused-kind': both<{ kind: RefusedKind }>({ en: (p) => `this is ${REFUSED_EN[p.kind]}`, zh: (p) => `这是${REFUSED_ZH[p.kind]}` }),
  'refusal.zip-unlisted': both({
    en: () => 'this is a zip archive (such as a Word .docx or an OFD file) whose list of files cannot be read: it is damaged or cut short',
    zh: () => '这是一个 zip 压缩包（如 Word .docx 或 OFD 文件），但其文件列表无法读取：文件已损坏或不完整',
  }),
  'refusal.name-mismatch': both<{ named: FormatName; extension: string; format: FormatName }>({
    en: (p) =>
      `the name says ${FORMAT_NAMES_IN.en[p.named]} (.${p.extension}), but the bytes are ${FORMAT_NAMES_IN.en[p.format]}; ${
        p.format === 'text' ? `it is not ${FORMAT_NAMES_IN.en[p.named]} (perhaps an error page or a partial download)` : `rename it to .${p.format} if it is the plan`
      }`,
    zh: (p) =>
      `文件名表明是${FORMAT_NAMES_IN.zh[p.named]}（.${p.extension}），但内容是${FORMAT_NAMES_IN.zh[p.format]}；${
        p.format === 'text' ? `它不是${FORMAT_NAMES_IN.zh[p.named]}（可能是错误页面，或未下载完整）` : `如果它就是计划文本，请改名为 .${p.format}`
      }`,
  }),
  'refusal.excel': both({
    en: () => 'this is an Excel workbook, not a plan; save the plan as Word, PDF or text',
    zh: () => '这是 Excel 工作簿，不是计划文本；请将计划另存为 Word、PDF 或文本',
  }),
  'refusal.powerpoint': both({
    en: () => 'this is a PowerPoint file, not a plan; save the plan as Word, PDF or text',
    zh: () => '这是 PowerPoint 文件，不是计划文本；请将计划另存为 Word、PDF 或文本',
  }),
  'refusal.zip-other': both<{ files: number }>({
    en: (p) => (p.files ? `this is a zip archive holding ${p.files} files, but neither a Word (.docx) nor an OFD file; unpack it and compile the plan in it` : 'this is an empty zip archive'),
    zh: (p) => (p.files ? `这是包含${p.files}个文件的 zip 压缩包，但既不是 Word（.docx）文件，也不是 OFD 文件；请解压后编译其中的计划` : '这是一个空的 zip 压缩包'),
  }),
  'refusal.empty': both({ en: () => 'the file is empty', zh: () => '文件为空' }),
  'refusal.blank': both({ en: () => 'the file holds no text, only blank space', zh: () => '文件中只有空白，没有文字' }),
  'refusal.no-text-found': both({ en: () => 'no text was found in the file', zh: () => '文件中没有找到文字' }),
  'refusal.not-text': both<{ format: FormatName }>({
    en: (p) => `this is ${FORMAT_NAMES_IN.en[p.format]}, not text: read it with the reader of its format`,
    zh: (p) => `这是${FORMAT_NAMES_IN.zh[p.format]}，不是文本：请用该格式的读取器读取`,
  }),
  'refusal.binary': both({ en: () => 'this is a binary file, not text (it contains NUL bytes)', zh: () => '这是二进制文件，不是文本（含有 NUL 字节）' }),
  'refusal.utf16-odd-bytes': both({
    en: () => 'this reads as UTF-16 text without a byte-order mark, but it has an odd number of bytes (cut short, or a byte added?)',
    zh: () => '这看起来是不带字节顺序标记（BOM）的 UTF-16 文本，但字节数为奇数（文件不完整，或多了一个字节？）',
  }),
  'refusal.not-text-after-bom': both<{ encoding: string }>({
    en: (p) => `this is not text: the bytes after its ${p.encoding} byte-order mark do not read as text`,
    zh: (p) => `这不是文本：${p.encoding} 字节顺序标记（BOM）之后的字节无法读作文本`,
  }),
  'refusal.invalid-bytes': both({
    en: () => 'this is neither UTF-8 nor GB18030 text (invalid byte sequence)',
    zh: () => '这既不是 UTF-8 文本，也不是 GB18030 文本（字节序列无效）',
  }),
  'refusal.compile-takes-text': both<{ format: FormatName }>({
    en: (p) => `this is ${FORMAT_NAMES_IN.en[p.format]}; compile() takes text: pass the bytes through read() first, which reads this format`,
    zh: (p) => `这是${FORMAT_NAMES_IN.zh[p.format]}；compile() 只接受文本：请先用 read() 读取这些字节，read() 能读取此格式`,
  }),
  'refusal.reader-failed': both<{ format: FormatName; detail: string }>({
    en: (p) => `this looks like ${FORMAT_NAMES_IN.en[p.format]}, but reading it failed (${p.detail}); if it opens in other programs, please report it with this file`,
    zh: (p) => `这看起来是${FORMAT_NAMES_IN.zh[p.format]}，但读取失败（${p.detail}）；如果其他程序能打开它，请连同此文件一并报告`,
  }),
  'refusal.html-undecodable': both<{ reason: Localized }>({
    en: (p) => `this is not a web page this tool can read: ${p.reason.en}`,
    zh: (p) => `这不是本工具能读取的网页：${p.reason.zh}`,
  }),
  'refusal.html-only-links': both<{ links: string }>({
    en: (p) => `this web page only links to the plan as an attachment: ${p.links}; download the attachment and compile it instead`,
    zh: (p) => `此网页只以附件链接的形式提供计划：${p.links}；请下载附件并编译附件`,
  }),
  'refusal.html-only-images': both({
    en: () => 'this web page shows the plan only as images of its pages (a scan); run OCR on them, or find the plan as text or as an attached file',
    zh: () => '此网页只以页面图片（扫描件）展示计划；请先进行文字识别（OCR），或另找文本形式或附件形式的计划',
  }),
  'refusal.html-no-article': both({
    en: () =>
      'this web page has no article: no part of it holds more than links and a few words (is it a list of links or an error page?); save the page that shows the plan itself',
    zh: () => '此网页没有正文：各部分只有链接和少量文字（是否为链接列表或错误页面？）；请保存显示计划全文的页面',
  }),
  'refusal.docx-unreadable': both({
    en: () => `This Word file could not be read: its structure is damaged or nested too deeply; ${SAVE_AGAIN_EN}.`,
    zh: () => `无法读取此 Word 文件：文件结构已损坏或嵌套过深；${SAVE_AGAIN_ZH}。`,
  }),
  'refusal.docx-password': both({
    en: () => 'This Word file is password-protected; open it with its password and save it again without one.',
    zh: () => '此 Word 文件设有密码保护；请用密码打开后，另存为不设密码的文件。',
  }),
  'refusal.docx-is-ole': both({
    en: () => `This file is an OLE compound file (an old Word .doc or another Office file), not a .docx; ${SAVE_AS_DOCX_EN}.`,
    zh: () => `此文件是 OLE 复合文件（旧版 Word .doc 或其他 Office 文件），不是 .docx；${SAVE_AS_DOCX_ZH}。`,
  }),
  'refusal.docx-bad-xml': both<{ part: string }>({
    en: (p) => `This Word file's ${p.part} is not well-formed XML, so the file is damaged; ${SAVE_AGAIN_EN}.`,
    zh: (p) => `此 Word 文件的 ${p.part} 不是格式正确的 XML，文件已损坏；${SAVE_AGAIN_ZH}。`,
  }),
  'refusal.docx-damaged-zip': both({
    en: () => `This file is a damaged or cut-short zip archive, so it cannot be read as a Word file; ${SAVE_AGAIN_EN}.`,
    zh: () => `此文件是已损坏或不完整的 zip 压缩包，无法作为 Word 文件读取；${SAVE_AGAIN_ZH}。`,
  }),
  'refusal.docx-too-large': both<{ mib: number }>({
    en: (p) => `This Word file unpacks to more than ${p.mib} MiB of text and markup, far more than any plan; it is refused as a possible zip bomb.`,
    zh: (p) => `此 Word 文件解压后的文字和标记超过 ${p.mib} MiB，远超任何计划的篇幅；疑为压缩炸弹，拒绝读取。`,
  }),
  'refusal.docx-other-office': both<{ kind: OtherOfficeKind }>({
    en: (p) => `This file is ${OTHER_OFFICE_EN[p.kind]}, not a Word document.`,
    zh: (p) => `此文件是${OTHER_OFFICE_ZH[p.kind]}，不是 Word 文档。`,
  }),
  'refusal.docx-no-document': both({
    en: () => 'This zip archive holds no Word document (no word/document.xml), so it is not a .docx file.',
    zh: () => '此 zip 压缩包中没有 Word 文档（缺少 word/document.xml），不是 .docx 文件。',
  }),
  'refusal.doc-unreadable': both({ en: () => `This old Word or WPS file could not be read; ${SAVE_AS_DOCX_EN}.`, zh: () => `无法读取此旧版 Word 或 WPS 文件；${SAVE_AS_DOCX_ZH}。` }),
  'refusal.office-password': both({
    en: () => 'This Office file is password-protected; open it with its password and save it again without one.',
    zh: () => '此 Office 文件设有密码保护；请用密码打开后，另存为不设密码的文件。',
  }),
  'refusal.doc-is-xls': both({ en: () => 'This file is an old Excel workbook (.xls), not a Word document.', zh: () => '此文件是旧版 Excel 工作簿（.xls），不是 Word 文档。' }),
  'refusal.doc-is-ppt': both({
    en: () => 'This file is an old PowerPoint presentation (.ppt), not a Word document.',
    zh: () => '此文件是旧版 PowerPoint 演示文稿（.ppt），不是 Word 文档。',
  }),
  'refusal.ole-no-word': both({
    en: () => `This OLE compound file holds no Word document; if it is a plan, ${SAVE_AS_DOCX_EN}.`,
    zh: () => `此 OLE 复合文件中没有 Word 文档；如果它是计划文本，${SAVE_AS_DOCX_ZH}。`,
  }),
  'refusal.doc-damaged': both({ en: () => `This old Word or WPS file is damaged; ${SAVE_AS_DOCX_EN}.`, zh: () => `此旧版 Word 或 WPS 文件已损坏；${SAVE_AS_DOCX_ZH}。` }),
  'refusal.doc-auto-numbering': both({
    en: () => `This old Word file numbers its paragraphs with Word's automatic numbering, which this reader cannot put back; ${SAVE_AS_DOCX_EN}, which keeps the numbering.`,
    zh: () => `此旧版 Word 文件使用 Word 自动编号，本工具无法还原这些编号；${SAVE_AS_DOCX_ZH}（另存后编号得以保留）。`,
  }),
  'refusal.pdf-scan': both({
    en: () => 'this PDF is a scan: its pages are images without a text layer; run OCR on it (for example `ocrmypdf -l chi_sim`) and read the result',
    zh: () => '此 PDF 是扫描件：页面是没有文字层的图片；请先进行文字识别（OCR，例如 `ocrmypdf -l chi_sim`），再读取识别结果',
  }),
  'refusal.pdf-no-text': both({ en: () => 'this PDF has no text on its pages', zh: () => '此 PDF 的页面上没有文字' }),
  'refusal.pdf-password': both({
    en: () => 'this PDF is encrypted with a password; open it with the password and save an unprotected copy, then read that',
    zh: () => '此 PDF 设有密码加密；请用密码打开，另存一份未加密的副本，再读取该副本',
  }),
  'refusal.pdf-corrupt': both<{ detail: string | null }>({
    en: (p) => `this PDF is corrupt or not a PDF, and cannot be read${p.detail === null ? '' : `: ${p.detail}`}`,
    zh: (p) => `此 PDF 已损坏或不是 PDF，无法读取${p.detail === null ? '' : `：${p.detail}`}`,
  }),
  'refusal.ofd-no-text': both({
    en: () => 'this OFD file has no text on its pages: it is probably a scan; run OCR on it and read the result',
    zh: () => '此 OFD 文件的页面上没有文字，可能是扫描件；请先进行文字识别（OCR），再读取识别结果',
  }),
  'refusal.ofd-incomplete': both<{ path: string }>({ en: (p) => `this OFD file is incomplete: it has no readable ${p.path}`, zh: (p) => `此 OFD 文件不完整：缺少可读取的 ${p.path}` }),
  'refusal.ofd-not-ofd': both({
    en: () => 'this file is a zip archive but not an OFD document: it has no OFD.xml',
    zh: () => '此文件是 zip 压缩包，但不是 OFD 文档：缺少 OFD.xml',
  }),
  'refusal.ofd-no-document': both({
    en: () => 'this OFD file names no document (no DocBody/DocRoot in OFD.xml)',
    zh: () => '此 OFD 文件未指明文档（OFD.xml 中没有 DocBody/DocRoot）',
  }),
  'refusal.zip-too-large': both<{ what: string; mib: number }>({
    en: (p) => `this ${p.what} unpacks to more than ${p.mib} MiB and is refused (a zip bomb, or not a document)`,
    zh: (p) => `此${p.what === 'OFD file' ? ' OFD 文件' : `${p.what} `}解压后超过 ${p.mib} MiB，拒绝读取（疑为压缩炸弹，或不是文档）`,
  }),
  'refusal.zip-corrupt': both<{ what: string; detail: string }>({
    en: (p) => `this ${p.what} is corrupt: its zip archive cannot be read (${p.detail})`,
    zh: (p) => `此${p.what === 'OFD file' ? ' OFD 文件' : `${p.what} `}已损坏：其 zip 压缩包无法读取（${p.detail}）`,
  }),

  // ── diff: usage, editions that cannot be used, and what it wrote ─────────────────────────────
  'diff.two-editions': both({
    en: () => 'diff compares two editions or more, or two folders of editions: policy-compile diff <old> <new>',
    zh: () => 'diff 需要两个或更多版本，或两个版本文件夹：policy-compile diff <旧版> <新版>',
  }),
  'diff.one-stdin': both({ en: () => 'only one edition can come from stdin (-)', zh: () => '只能有一个版本来自标准输入（-）' }),
  'diff.unknown-format': both<{ format: string; formats: readonly string[] }>({
    en: (p) => `unknown report format ${p.format}: choose from ${p.formats.join(', ')}`,
    zh: (p) => `未知报告格式 ${p.format}：可选 ${p.formats.join('、')}`,
  }),
  'diff.format-from-name': both<{ out: string }>({
    en: (p) => `cannot tell the report format from ${p.out}: name it .html, .md, .json or .csv, or add --format`,
    zh: (p) => `无法从 ${p.out} 判断报告格式：请以 .html、.md、.json 或 .csv 结尾命名，或加 --format`,
  }),
  'diff.out-is-folder': both<{ out: string }>({
    en: (p) => `${p.out} is a folder: -o takes a file name such as report.html`,
    zh: (p) => `${p.out} 是文件夹：-o 后应为文件名，如 report.html`,
  }),
  'diff.out-folder-missing': both<{ out: string }>({ en: (p) => `cannot write ${p.out}: its folder does not exist`, zh: (p) => `无法写入 ${p.out}：所在文件夹不存在` }),
  'diff.invalid-json': both<{ detail: string }>({ en: (p) => `not valid JSON (${p.detail})`, zh: (p) => `不是有效的 JSON（${p.detail}）` }),
  'diff.edition-refused': both<{ detail: string }>({ en: (p) => `edition refused: ${p.detail}`, zh: (p) => `拒绝读取该版本：${p.detail}` }),
  'diff.limit.too-many-nodes': both<{ limit: number }>({
    en: (p) => `more than ${p.limit.toLocaleString('en')} nodes (the diff's limit for one edition)`,
    zh: (p) => `节点超过${p.limit.toLocaleString('en')}个（diff 对单个版本的上限）`,
  }),
  'diff.limit.too-deep': both<{ limit: number; path: string }>({
    en: (p) => `nodes nested more than ${p.limit} levels deep at ${p.path}`,
    zh: (p) => `节点嵌套超过${p.limit}层（位于 ${p.path}）`,
  }),
  'diff.limit.too-long': both<{ limit: number; path: string; length: number }>({
    en: (p) => `${p.path} is ${p.length.toLocaleString('en')} characters long, over the limit of ${p.limit.toLocaleString('en')}`,
    zh: (p) => `${p.path} 长${p.length.toLocaleString('en')}个字符，超过上限${p.limit.toLocaleString('en')}个字符`,
  }),
  'diff.not-compiled': both<{ at: string; detail: string }>({
    en: (p) => `not a compiled policy-compile document${p.at ? ` at ${p.at}` : ''}: ${p.detail} (compile the plan, or give the .txt/.md itself)`,
    zh: (p) => `不是 policy-compile 编译生成的文档${p.at ? `（位置 ${p.at}）` : ''}：${p.detail}（请先编译该计划，或直接给出 .txt/.md 文件）`,
  }),
  'diff.edition-is-folder': both({
    en: () => 'is a folder (diff takes one file per edition, or two folders)',
    zh: () => '是文件夹（diff 的每个版本只接受一个文件，或比较两个文件夹）',
  }),
  'diff.wrote': both<{ out: string }>({ en: (p) => `wrote ${p.out}`, zh: (p) => `已写入 ${p.out}` }),

  // ── commander's own errors, matched by their English (src/cli/localize-commander-error.ts) ──────
  'commander.error': both({ en: () => 'error:', zh: () => '错误：' }),
  'commander.unknown-option': both<{ flag: string }>({ en: (p) => `unknown option '${p.flag}'`, zh: (p) => `未知选项 '${p.flag}'` }),
  'commander.unknown-command': both<{ name: string }>({ en: (p) => `unknown command '${p.name}'`, zh: (p) => `未知命令 '${p.name}'` }),
  'commander.missing-argument': both<{ name: string }>({ en: (p) => `missing required argument '${p.name}'`, zh: (p) => `缺少必需的参数 '${p.name}'` }),
  'commander.option-missing-value': both<{ flags: string }>({ en: (p) => `option '${p.flags}' argument missing`, zh: (p) => `选项 '${p.flags}' 缺少值` }),
  'commander.invalid-value': both<{ flags: string; value: string }>({
    en: (p) => `option '${p.flags}' argument '${p.value}' is invalid.`,
    zh: (p) => `选项 '${p.flags}' 的值 '${p.value}' 无效。`,
  }),
  'commander.choices': both<{ choices: string }>({ en: (p) => `Allowed choices are ${p.choices}.`, zh: (p) => `可选值为 ${p.choices}。` }),
  'commander.too-many': both<{ expected: string; received: string }>({
    en: (p) => `too many arguments. Expected ${p.expected} arguments but got ${p.received}.`,
    zh: (p) => `参数过多：应为${p.expected}个，实际为${p.received}个。`,
  }),
  'commander.did-you-mean': both<{ names: string }>({ en: (p) => `(Did you mean ${p.names}?)`, zh: (p) => `（是否要使用 ${p.names}？）` }),

  // ── --help: commander's titles and options, each command's description, options and examples ──
  'help.title': both<{ title: string }>({
    en: (p) => p.title,
    zh: (p) =>
      ({ 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：' } as Record<string, string>)[p.title] ?? p.title,
  }),
  'help.default': both<{ value: string }>({ en: (p) => `default: ${p.value}`, zh: (p) => `默认：${p.value}` }),
  'help.choices': both<{ choices: string }>({ en: (p) => `choices: ${p.choices}`, zh: (p) => `可选：${p.choices}` }),
  'help.option-help': both({ en: () => 'display help for command', zh: () => '显示命令的帮助' }),
  'help.option-version': both({ en: () => 'output the version number', zh: () => '显示版本号' }),
  'help.command-help': both({ en: () => 'display help for command', zh: () => '显示命令的帮助' }),
  'help.option-lang': both({
    en: () => 'language of messages, help and reports: en or zh (default: zh when the locale is Chinese, else en)',
    zh: () => '消息、帮助和报告的语言：en 或 zh（默认：区域设置为中文时用 zh，否则用 en）',
  }),
  'help.program': both({
    en: () => 'Compile Chinese government policy plans (工作要点, 实施意见, 实施方案) into validated JSON, YAML and CSV.',
    zh: () => '将政府政策文件（工作要点、实施意见、实施方案）编译为经过校验的 JSON、YAML 和 CSV。',
  }),
  'help.program-after': both({
    en: () => `
compile is the default command. Each command has its own --help.

Examples:
  $ policy-compile seeds/ -o out/                 JSON, YAML and the CSV task table of every plan under seeds/
  $ policy-compile validate seeds/ -f github      structural checks, as GitHub Actions annotations
  $ policy-compile diff 2022.txt 2023.txt -o report.html

Exit codes: 0 clean, 1 errors found (or, for diff --exit-code, differences), 2 bad usage or unreadable input.`,
    zh: () => `
compile 是默认命令。每个命令都有各自的 --help。

示例：
  $ policy-compile seeds/ -o out/                 为 seeds/ 下每份计划生成 JSON、YAML 和 CSV 任务分解表
  $ policy-compile validate seeds/ -f github      结构检查，输出为 GitHub Actions 注释
  $ policy-compile diff 2022.txt 2023.txt -o report.html

退出码：0 无问题，1 发现错误（diff --exit-code 时为两版有差异），2 用法错误或输入无法读取。`,
  }),
  'help.compile': both({ en: () => 'compile plans into a tree of sections, items and obligations', zh: () => '将计划编译为由部分、条目和任务组成的树' }),
  'help.inputs': both({ en: () => INPUTS_EN, zh: () => INPUTS_ZH }),
  'help.compile.out': both({ en: () => 'write <id>.json, <id>.yaml, <id>.csv and index.json here', zh: () => '将 <id>.json、<id>.yaml、<id>.csv 和 index.json 写入此文件夹' }),
  'help.compile.format': both({
    en: () => 'formats to write, comma-separated or repeated: json, yaml, csv, outline, jsonl, xlsx, workbook (default: json,yaml,csv; with --from jsonl, one of jsonl, csv, tasks, default jsonl)',
    zh: () => '要写出的格式，以逗号分隔或重复给出：json、yaml、csv、outline、jsonl、xlsx、workbook（默认：json,yaml,csv；与 --from jsonl 同用时为 jsonl、csv、tasks 之一，默认 jsonl）',
  }),
  'help.compile.stdout': both({
    en: () => 'write one format of one document to stdout instead of files (--format jsonl: every document, one a line)',
    zh: () => '将一份文件的一种格式写到标准输出，而不写文件（--format jsonl：每份文件一行，不限份数）',
  }),
  'help.compile.quiet': both({ en: () => "print only the summary's last line and the errors", zh: () => '只显示汇总的最后一行和错误' }),
  'help.ignore': both({
    en: () => 'leave out the inputs this glob matches (relative to the working folder; may be repeated)',
    zh: () => '略去与此通配模式匹配的输入（相对于当前文件夹；可重复给出）',
  }),
  'help.max-input-size': both<{ size: string }>({
    en: (p) => `refuse an input larger than this (bytes, or 500KB, 64MB; default ${p.size})`,
    zh: (p) => `拒绝读取大于此值的输入（字节数，或 500KB、64MB；默认 ${p.size}）`,
  }),
  'help.follow-links': both({
    en: () => 'read links in an input folder that point outside it (by default they are refused)',
    zh: () => '读取输入文件夹中指向其外部的链接（默认拒绝读取）',
  }),
  'help.from': both({
    en: () => 'read the input as text or markdown (default: by its bytes; Markdown for .md/.markdown)',
    zh: () => '按 text 或 markdown 读取输入（默认：按文件内容判断；.md/.markdown 按 Markdown）',
  }),
  'help.compile.from': both({
    en: () => 'read the input as text or markdown (default: by its bytes; Markdown for .md/.markdown); jsonl: a stream of records, one plan a line, compiled to stdout',
    zh: () => '按 text 或 markdown 读取输入（默认：按文件内容判断；.md/.markdown 按 Markdown）；jsonl：逐行读取记录流（每行一份计划），编译结果写到标准输出',
  }),
  'help.compile.compact': both({
    en: () => 'write JSON on one line, without indentation: about half the size, quicker to write (for corpus runs that machines read)',
    zh: () => 'JSON 写成一行、不缩进：体积约为一半，写出更快（适用于供程序读取的语料库批量运行）',
  }),
  'help.frail': both({ en: () => 'exit 1 on warnings too', zh: () => '有警告时也以 1 退出' }),
  'help.compile.jobs': both({
    en: () => 'worker processes for a large run (default: one per core; 1: none, all in this process)',
    zh: () => '大批量运行时的工作进程数（默认：每个处理器核心一个；1：不另开进程）',
  }),
  'help.encoding': both<{ encodings: readonly string[] }>({
    en: (p) => `read the inputs in this encoding instead of detecting it: ${p.encodings.join(', ')} (gbk and gb2312 read as gb18030)`,
    zh: (p) => `按此编码读取输入，不自动检测：${p.encodings.join('、')}（gbk 和 gb2312 按 gb18030 读取）`,
  }),
  'help.compile-after': both({
    en: () => `
Examples:
  $ policy-compile seeds/ -o out/                   compile every plan under seeds/ (.txt .md .html .docx .doc .pdf .ofd …)
  $ policy-compile plan.pdf -o out/ --format csv    only the task table
  $ policy-compile corpus/ -o out/ -f jsonl -j 4    one documents.jsonl for a corpus, on 4 processes
  $ policy-compile plan.txt --stdout --format outline
  $ cat plan.txt | policy-compile - --stdout --format json
  $ policy-compile 'plans/**/*.txt' --ignore 'plans/drafts' --stdout -f jsonl | jq .title
  $ policy-compile --from jsonl - < plans.jsonl > documents.jsonl       a stream filter: {"id","text"} a line in, a document a line out
  $ parallel --pipe -k -j 2 policy-compile --from jsonl - < plans.jsonl  the same, on 2 cores (or hosts, with -S)

Exit codes: 0 clean, 1 errors found (warnings too with --frail), 2 bad usage or unreadable input.`,
    zh: () => `
示例：
  $ policy-compile seeds/ -o out/                   编译 seeds/ 下的每份计划（.txt .md .html .docx .doc .pdf .ofd …）
  $ policy-compile plan.pdf -o out/ --format csv    只生成任务分解表
  $ policy-compile corpus/ -o out/ -f jsonl -j 4    为整个语料库生成一个 documents.jsonl，使用 4 个进程
  $ policy-compile plan.txt --stdout --format outline
  $ cat plan.txt | policy-compile - --stdout --format json
  $ policy-compile 'plans/**/*.txt' --ignore 'plans/drafts' --stdout -f jsonl | jq .title
  $ policy-compile --from jsonl - < plans.jsonl > documents.jsonl       流式过滤：每行输入一条 {"id","text"}，每行输出一份文件
  $ parallel --pipe -k -j 2 policy-compile --from jsonl - < plans.jsonl  同上，使用 2 个核心（加 -S 可用多台主机）

退出码：0 无问题，1 发现错误（加 --frail 时警告也算），2 用法错误或输入无法读取。`,
  }),
  'help.validate': both({
    en: () => 'check plans for numbering, structure and text problems, with CI-native reports',
    zh: () => '检查计划的编号、结构和文字问题，输出适用于持续集成（CI）的报告',
  }),
  'help.validate.format': both({ en: () => 'report format', zh: () => '报告格式' }),
  'help.validate.config': both({
    en: () => 'configuration file (default: the nearest policy-compile.config.json or .yaml above each input)',
    zh: () => '配置文件（默认：各输入文件所在位置向上最近的 policy-compile.config.json 或 .yaml）',
  }),
  'help.validate.max-warnings': both({ en: () => 'exit 1 when there are more than n warnings', zh: () => '警告多于 n 条时以 1 退出' }),
  'help.validate.quiet': both({ en: () => 'report errors only (warnings then neither show nor count)', zh: () => '只报告错误（警告既不显示，也不计数）' }),
  'help.validate-after': both({
    en: () => `
Examples:
  $ policy-compile validate seeds/                        check every .txt and .md file under seeds/
  $ policy-compile validate plan.txt --format github      annotations for GitHub Actions
  $ policy-compile validate seeds/ --format sarif > policy.sarif
  $ policy-compile validate plan.txt --max-warnings 0     fail on any warning

Configuration: policy-compile.config.json or .yaml, found upward from each input (or --config).
Exit codes: 0 clean, 1 errors found (warnings too with --frail, or more than --max-warnings),
2 bad usage, an invalid configuration or unreadable input.`,
    zh: () => `
示例：
  $ policy-compile validate seeds/                        检查 seeds/ 下的每个 .txt 和 .md 文件
  $ policy-compile validate plan.txt --format github      输出为 GitHub Actions 注释
  $ policy-compile validate seeds/ --format sarif > policy.sarif
  $ policy-compile validate plan.txt --max-warnings 0     有任何警告即判为不通过

配置：policy-compile.config.json 或 .yaml，从各输入文件所在位置向上查找（或用 --config 指定）。
退出码：0 无问题，1 发现错误（加 --frail 时警告也算，或警告多于 --max-warnings），
2 用法错误、配置无效或输入无法读取。`,
  }),
  'help.diff': both({
    en: () => 'compare yearly editions of a plan: added, removed, reworded, moved, split, merged and renumbered parts',
    zh: () => '比较计划的年度版本：新增、删除、修改、移动、拆分、合并和重新编号的部分',
  }),
  'help.diff.editions': both({
    en: () => 'two editions or more, oldest first: a plan in any format read (.txt, .md, .html, .docx, .pdf, .ofd …) or a compiled .json (- for stdin); or two folders of plans',
    zh: () => '两个或更多版本，旧版在前：可读取的任何格式的计划（.txt、.md、.html、.docx、.pdf、.ofd …）或编译生成的 .json（- 表示标准输入）；或两个计划文件夹',
  }),
  'help.diff.out': both({
    en: () => 'write the report to this file; its extension picks the format (.html, .md, .json; .csv for the table of field changes)',
    zh: () => '将报告写入此文件；按扩展名确定格式（.html、.md、.json；.csv 为任务要素变化表）',
  }),
  'help.diff.format': both({ en: () => 'report format, to stdout unless -o is given', zh: () => '报告格式；未给出 -o 时写到标准输出' }),
  'help.diff.exit-code': both({ en: () => 'exit 1 when the editions differ, like diff(1)', zh: () => '两版有差异时以 1 退出，与 diff(1) 相同' }),
  'help.diff.from': both({
    en: () => 'read editions as text or markdown (default: by their bytes; Markdown for .md)',
    zh: () => '按 text 或 markdown 读取各版本（默认：按文件内容判断；.md/.markdown 按 Markdown）',
  }),
  'help.diff-after': both({
    en: () => `
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
--exit-code), 2 bad usage or an edition that cannot be read.`,
    zh: () => `
各版本按内容而非编号对应：前面插入一条后，其后条目重新编号，不会被报告为文字修改。

示例：
  $ policy-compile diff 2022.txt 2023.txt                      在终端显示彩色概要
  $ policy-compile diff 2022.txt 2023.txt -o report.html       左右对照报告，单个独立文件
  $ policy-compile diff 2022.txt 2023.txt --format md > c.md   用于合并请求评论的 Markdown
  $ policy-compile diff 2022.txt 2023.txt -o changes.csv       目标、时限和责任单位的变化，每项一行
  $ policy-compile diff 2022.json 2023.json -o changes.json    基于编译生成的 JSON，输出带类型的变化记录
  $ policy-compile diff 2021.txt 2022.txt 2023.txt -o s.html   系列比较：每个版本与下一版本比较
  $ policy-compile diff 2022/ 2023/ -o folders.html            比较两个文件夹：按标题配对计划，逐对比较

退出码：0 完成（加 --exit-code 时表示无差异），1 两版有差异（仅在加 --exit-code 时），
2 用法错误或某个版本无法读取。`,
  }),
} satisfies Record<string, Message<never>>;
