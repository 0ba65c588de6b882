import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';
import type { Diagnostic } from '../model/index.js';

/** Exit codes: 0 clean, 1 findings that fail the run, 2 usage errors or unreadable input. */
export const EXIT = { clean: 0, findings: 1, failure: 2 } as const;

/** What makes findings fail a run besides errors. */
export interface Strictness {
  /** Warnings fail the run too. */
  frail?: boolean | undefined;
  /** More warnings than this fail the run. */
  maxWarnings?: number | undefined;
}

/** How many errors and warnings a run found: all its exit code needs, whatever the size of the run. */
export interface Tally {
  errors: number;
  warnings: number;
}

/**
 * Counts the errors and warnings among findings.
 * @param diagnostics the findings
 */
export function tally(diagnostics: Diagnostic[]): Tally {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

/**
 * The exit code of a compile or validate run.
 * @param found how many errors and warnings the run found
 * @param unreadable how many inputs could not be read
 * @param strictness `--frail` and `--max-warnings`
 */
export function exitCode(found: Tally, unreadable: number, strictness: Strictness = {}): number {
  if (unreadable > 0) return EXIT.failure;
  const failing =
    found.errors > 0 ||
    (strictness.frail && found.warnings > 0) ||
    (strictness.maxWarnings !== undefined && found.warnings > strictness.maxWarnings);
  return failing ? EXIT.findings : EXIT.clean;
}

/**
 * Why a run fails on its warnings alone, in one line (`1 warning, more than --max-warnings 0
 * allows`), so that a CI log says what to change; null when the run passes, or fails for errors
 * or unreadable input, which speak for themselves.
 * @param found how many errors and warnings the run found
 * @param unreadable how many inputs could not be read
 * @param strictness `--frail` and `--max-warnings`
 * @param lang the language of the line
 */
export function failureReason(found: Tally, unreadable: number, strictness: Strictness = {}, lang?: Language): string | null {
  if (unreadable > 0 || found.errors > 0 || found.warnings === 0) return null;
  const { warnings } = found;
  if (strictness.frail) return translate(lang, 'exit.frail', { warnings });
  if (strictness.maxWarnings !== undefined && warnings > strictness.maxWarnings) return translate(lang, 'exit.max-warnings', { warnings, max: strictness.maxWarnings });
  return null;
}
