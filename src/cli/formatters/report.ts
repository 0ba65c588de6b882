import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../model/index.js';
import type { Language } from '../../i18n/language.js';

/** What one file of a validate run found. */
export interface FileReport {
  /** The path as shown (relative to the working folder when inside it), null for stdin. */
  path: string | null;
  diagnostics: Diagnostic[];
}

/** What a validate run hands to a formatter: every file read, in order, with its findings, and the inputs that could not be read. */
export interface ValidationReport {
  files: FileReport[];
  /** One line per input that could not be read, naming it and why (also written to stderr). */
  unreadable: string[];
}

/** What a formatter may need besides the report. */
export interface FormatContext {
  /** Colours, possibly none. */
  colors: ChalkInstance;
  /** The version of policy-compile, for formats that name the tool. */
  version: string;
  /** The language of a report for people (machine formats ignore it); English by default. */
  lang?: Language;
}

/** Turns a report into the text written to stdout. */
export type Formatter = (report: ValidationReport, context: FormatContext) => string;

/**
 * Every finding of a report, file by file.
 * @param report the run's findings
 */
export function allDiagnostics(report: ValidationReport): Diagnostic[] {
  return report.files.flatMap((file) => file.diagnostics);
}

/**
 * `n thing` or `n things`.
 * @param count how many
 * @param word the singular
 */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
