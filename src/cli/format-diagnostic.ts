import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../model/index.js';
import { escapeName } from '../text/escape-name.js';
import { pointInFile, placeInWords } from '../validate/formatters/place-in-file.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';

/**
 * One finding on one line: `file:line:column  severity  message  rule-id` (`file, page 3` for a
 * PDF or OFD file, `file, paragraph 12` for a Word file).
 * @param diagnostic the finding
 * @param colors chalk, possibly without colour
 * @param lang the language of the severity
 */
export function formatDiagnostic(diagnostic: Diagnostic, colors: ChalkInstance, lang?: Language): string {
  const start = pointInFile(diagnostic.position)?.start;
  const place = placeInWords(diagnostic.position, lang);
  const where = `${escapeName(diagnostic.file ?? '<stdin>')}${place ? `, ${place}` : start ? `:${start.line}:${start.column}` : ''}`;
  const severity =
    diagnostic.severity === 'error' ? colors.red(translate(lang, 'severity.error')) : diagnostic.severity === 'warning' ? colors.yellow(translate(lang, 'severity.warning')) : colors.blue(translate(lang, 'severity.info'));
  return `${where}  ${severity}  ${escapeName(diagnostic.message)}  ${colors.dim(diagnostic.ruleId)}`;
}
