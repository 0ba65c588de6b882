import type { Diagnostic } from '../../model/index.js';
import { pointInFile, placeInWords } from './place-in-file.js';
import { escapeName } from '../../text/escape-name.js';
import { columnsOf, padColumns } from '../../text/pad-columns.js';
import { translate } from '../../i18n/translate.js';
import { allDiagnostics, type Formatter } from './report.js';

/**
 * The default report for people: findings grouped under their file, one a line
 * (`line:column  severity  rule-id  message`, with `page 3` or `paragraph 12` in place of the
 * line and column for PDF, OFD and Word files, whose lines mean nothing), then a summary line,
 * and the reason when the run fails on its warnings alone.
 * @param report the run's findings
 * @param context colours, and the language
 */
export const stylish: Formatter = (report, { colors, lang }) => {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    const where = (d: Diagnostic) => placeInWords(d.position, lang) ?? pointAt(d);
    const whereWidth = file.diagnostics.reduce((max, d) => Math.max(max, columnsOf(where(d))), 0);
    const idWidth = file.diagnostics.reduce((max, d) => Math.max(max, d.ruleId.length), 0);
    lines.push(colors.underline(escapeName(file.path ?? '<stdin>')));
    for (const d of file.diagnostics) {
      // Padded by the columns a terminal draws, `warning`'s seven: `警告` takes four of them.
      const severity = d.severity === 'error' ? colors.red(padColumns(translate(lang, 'severity.error'), 7)) : d.severity === 'warning' ? colors.yellow(padColumns(translate(lang, 'severity.warning'), 7)) : colors.blue(padColumns(translate(lang, 'severity.info'), 7));
      lines.push(`  ${colors.dim(padColumns(where(d), whereWidth))}  ${severity}  ${colors.dim(d.ruleId.padEnd(idWidth))}  ${escapeName(d.message)}`);
    }
    lines.push('');
  }
  const all = allDiagnostics(report);
  const count = (severity: Diagnostic['severity']) => all.filter((d) => d.severity === severity).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const files = report.files.length;
  const unreadable = report.unreadable.length ? translate(lang, 'report.unreadable', { count: report.unreadable.length }) : '';
  if (all.length === 0) {
    const summary = `${unreadable ? '✖' : '✔'} ${translate(lang, 'report.clean', { files, unreadable })}`;
    lines.push(unreadable ? colors.bold(colors.red(summary)) : colors.green(summary));
  } else {
    const withFindings = report.files.filter((file) => file.diagnostics.length > 0).length;
    const kinds = translate(lang, 'report.kinds', { errors, warnings, infos });
    const summary = `✖ ${translate(lang, 'report.problems', { problems: all.length, kinds, withFindings, files, unreadable })}`;
    lines.push(errors || unreadable ? colors.bold(colors.red(summary)) : colors.bold(colors.yellow(summary)));
  }
  if (report.failure) lines.push(colors.bold(colors.red(`✖ ${report.failure}`)));
  return `${lines.join('\n')}\n`;
};

function pointAt(d: Diagnostic): string {
  const point = pointInFile(d.position);
  return point ? `${point.start.line}:${point.start.column}` : '0:0';
}
