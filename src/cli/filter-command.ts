import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { RECORD_FORMATS, type RecordFormatName } from '../emit/record-formats.js';
import { colorsFor } from './colors.js';
import { compileInput } from './compile-input.js';
import { explainFileError } from './explain-file-error.js';
import { errorLine } from './error-line.js';
import { EXIT } from './exit-code.js';
import type { Io } from './io.js';
import { parseRecord } from './parse-record.js';
import { readLines } from './read-lines.js';
import { UsageError } from './usage-error.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/** The options of `policy-compile --from jsonl`, as commander hands them over. */
export interface FilterCommandOptions {
  out?: string;
  format?: string;
  /** The language of the messages on stderr and of the `error` text of error records (their keys stay as they are). */
  lang?: Language;
}

/**
 * The streaming filter for distributed engines (Spark's `RDD.pipe`, Hadoop Streaming, GNU
 * parallel `--pipe`): reads one input record a line (`{"id", "text"}` or `{"id", "bytes", "name"}`)
 * from stdin or files, and writes to stdout what became of each, in input order, as soon as it is
 * compiled: a compiled document a line, or its task rows. A record that cannot be read or
 * compiled gives an error line (and a line on stderr) and the stream goes on; nothing is kept
 * from one record to the next, so memory stays flat however long the stream.
 * @param args `-` for stdin, or files of records, read one after the other
 * @param options `--format` (one of `RECORD_FORMATS`; default `jsonl`), and the language of messages
 * @param io the outside world
 * @returns 0 once every record has been answered, bad ones included (an engine would fail the
 *   whole partition on any other code); 2 for bad usage or a file of records that cannot be read
 */
export async function filterCommand(args: string[], options: FilterCommandOptions, io: Io): Promise<number> {
  const { lang } = options;
  const format = recordFormat(options.format, lang);
  if (options.out) throw new UsageError(translate(lang, 'filter.no-out'));
  if (args.length === 0) throw new UsageError(translate(lang, 'filter.no-inputs'));
  const colors = colorsFor(io);
  const write = RECORD_FORMATS[format];
  let compiled = 0;
  let failed = 0;
  for (const arg of args) {
    const chunks = arg === '-' ? (io.stdinChunks?.() ?? wholeStdin(io)) : createReadStream(resolve(io.cwd, arg));
    const where = arg === '-' ? '' : `${arg}: `;
    let line = 0;
    try {
      for await (const bytes of readLines(chunks)) {
        line++;
        if (bytes.length === 0) continue;
        const record = parseRecord(bytes.toString('utf8'), lang);
        let problem: string;
        if ('error' in record) problem = record.error;
        else {
          const outcome = await compileInput({ path: record.name, file: null, bytes: record.bytes }, { path: record.name, id: record.id, ...(lang ? { lang } : {}) }, { readStdin: noStdin });
          if (outcome.kind === 'compiled') {
            io.stdout(write.document(outcome.result.document));
            compiled++;
            await io.stdoutDrained?.();
            continue;
          }
          problem = outcome.problem;
        }
        failed++;
        if (write.error) io.stdout(write.error({ id: record.id, line, error: problem }));
        io.stderr(errorLine(`${where}${translate(lang, 'filter.at-line', { line, id: record.id })}: ${problem}`, colors, lang));
        await io.stdoutDrained?.();
      }
    } catch (error) {
      throw new UsageError(`${arg}: ${explainFileError(error, lang)}`);
    }
  }
  io.stderr(`${translate(lang, 'filter.totals', { compiled, failed, format })}\n`);
  return EXIT.clean;
}

/** The filter's output format: one name of `RECORD_FORMATS`. */
function recordFormat(list: string | undefined, lang?: Language): RecordFormatName {
  const name = (list ?? 'jsonl').trim();
  if (!Object.hasOwn(RECORD_FORMATS, name)) throw new UsageError(translate(lang, 'filter.unknown-format', { formats: Object.keys(RECORD_FORMATS), name }));
  return name as RecordFormatName;
}

/** Standard input read whole, as one chunk, for an Io that cannot stream it. */
async function* wholeStdin(io: Io): AsyncGenerator<Uint8Array> {
  yield await io.readStdin();
}

/** A record carries its bytes: there is no stdin to read for it. */
async function noStdin(): Promise<Uint8Array> {
  return new Uint8Array();
}
