import type { Diagnostic } from '../model/index.js';

/** Exit codes: 0 clean, 1 errors (warnings too when frail), 2 usage errors or unreadable input. */
export const EXIT = { clean: 0, findings: 1, failure: 2 } as const;

/**
 * The exit code of a run.
 * @param diagnostics everything the run found
 * @param unreadable how many inputs could not be read
 * @param frail whether warnings fail the run too
 */
export function exitCode(diagnostics: Diagnostic[], unreadable: number, frail = false): number {
  if (unreadable > 0) return EXIT.failure;
  const failing = diagnostics.some((d) => d.severity === 'error' || (frail && d.severity === 'warning'));
  return failing ? EXIT.findings : EXIT.clean;
}
