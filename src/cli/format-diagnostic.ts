import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../model/index.js';
import { escapeName } from './escape-name.js';

/**
 * One finding on one line: `file:line:column  severity  message  rule-id`.
 * @param diagnostic the finding
 * @param colors chalk, possibly without colour
 */
export function formatDiagnostic(diagnostic: Diagnostic, colors: ChalkInstance): string {
  const start = diagnostic.position?.start;
  const where = `${escapeName(diagnostic.file ?? '<stdin>')}${start ? `:${start.line}:${start.column}` : ''}`;
  const severity =
    diagnostic.severity === 'error' ? colors.red('error') : diagnostic.severity === 'warning' ? colors.yellow('warning') : colors.blue('info');
  return `${where}  ${severity}  ${escapeName(diagnostic.message)}  ${colors.dim(diagnostic.ruleId)}`;
}
