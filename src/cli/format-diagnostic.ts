import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../model/index.js';
import { escapeName } from '../text/escape-name.js';
import { pointInFile, placeInWords } from '../validate/formatters/place-in-file.js';

/**
 * One finding on one line: `file:line:column  severity  message  rule-id` (`file, page 3` for a
 * PDF or OFD file, `file, paragraph 12` for a Word file).
 * @param diagnostic the finding
 * @param colors chalk, possibly without colour
 */
export function formatDiagnostic(diagnostic: Diagnostic, colors: ChalkInstance): string {
  const start = pointInFile(diagnostic.position)?.start;
  const place = placeInWords(diagnostic.position);
  const where = `${escapeName(diagnostic.file ?? '<stdin>')}${place ? `, ${place}` : start ? `:${start.line}:${start.column}` : ''}`;
  const severity =
    diagnostic.severity === 'error' ? colors.red('error') : diagnostic.severity === 'warning' ? colors.yellow('warning') : colors.blue('info');
  return `${where}  ${severity}  ${escapeName(diagnostic.message)}  ${colors.dim(diagnostic.ruleId)}`;
}
