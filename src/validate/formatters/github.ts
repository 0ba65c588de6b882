import type { Diagnostic } from '../../model/index.js';
import { pointInFile, placeInWords } from './place-in-file.js';
import { allDiagnostics, type Formatter } from './report.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands, one a finding:
 * `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=rule-id::message`, which the
 * runner shows as annotations on the file and in the run's summary; an input that could not
 * be read is an `::error::` of its own, and so is the reason a run fails on its warnings alone
 * (`--frail`, `--max-warnings`), without a file. A finding in a Word, PDF or OFD file, whose lines mean
 * nothing, is annotated on the file, its message saying where (`page 3`).
 * @param report the run's findings
 */
export const github: Formatter = (report) =>
  [
    ...allDiagnostics(report).map((d) => `::${COMMAND[d.severity]} ${properties(d)}::${escapeData(messageOf(d))}\n`),
    ...report.unreadable.map(({ problem }) => `::error title=unreadable::${escapeData(problem)}\n`),
    ...(report.failure ? [`::error title=policy-compile::${escapeData(report.failure)}\n`] : []),
  ].join('');

function properties(d: Diagnostic): string {
  const fields: Array<[string, string | number]> = [['file', d.file ?? '<stdin>']];
  const point = pointInFile(d.position);
  if (point) {
    const { start, end } = point;
    fields.push(['line', start.line], ...(end ? [['endLine', end.line] as [string, number]] : []), ['col', start.column], ...(end ? [['endColumn', end.column] as [string, number]] : []));
  }
  fields.push(['title', d.ruleId]);
  return fields.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
}

/** The finding's message, saying where it stands when the annotation cannot (a page, a paragraph). */
function messageOf(d: Diagnostic): string {
  const place = placeInWords(d.position);
  return place ? `${d.message} (${place})` : d.message;
}

/** The runner's escaping of a command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping of a property value, which also may not hold `:` or `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
