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

/**
 * The exit code of a compile or validate run.
 * @param diagnostics everything the run found
 * @param unreadable how many inputs could not be read
 * @param strictness `--frail` and `--max-warnings`
 */
export function exitCode(diagnostics: Diagnostic[], unreadable: number, strictness: Strictness = {}): number {
  if (unreadable > 0) return EXIT.failure;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const failing =
    diagnostics.some((d) => d.severity === 'error') ||
    (strictness.frail && warnings > 0) ||
    (strictness.maxWarnings !== undefined && warnings > strictness.maxWarnings);
  return failing ? EXIT.findings : EXIT.clean;
}
