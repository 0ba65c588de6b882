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
  /** Each input that could not be read: one line naming it and why (also written to stderr), and the same as an `unreadable` error finding. */
  unreadable: Array<{ problem: string; finding: Diagnostic }>;
  /** Why the run fails on its warnings alone (`--frail`, `--max-warnings`), or null. */
  failure?: string | null;
}

/** The colours the stylish report uses; chalk's instance has them all, and so does an object of identity functions (no colour). */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

/** What a formatter may need besides the report. */
export interface FormatContext {
  /** Colours, possibly none. */
  colors: Paint;
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
 * Every finding of a report, file by file, then each input that could not be read as an
 * `unreadable` error: what the JSON report lists, so that a CI job reading it sees those inputs.
 * @param report the run's findings
 */
export function allFindings(report: ValidationReport): Diagnostic[] {
  return [...allDiagnostics(report), ...report.unreadable.map(({ finding }) => finding)];
}
