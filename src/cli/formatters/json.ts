import { allDiagnostics, type Formatter } from './report.js';

/**
 * Every finding as one JSON array of `Diagnostic`s (see `schemas/diagnostics.schema.json`),
 * file by file, in position order.
 * @param report the run's findings
 */
export const json: Formatter = (report) => `${JSON.stringify(allDiagnostics(report), null, 2)}\n`;
