import { allFindings, type Formatter } from './report.js';

/**
 * Every finding as one JSON array of `Diagnostic`s (see `schemas/diagnostics.schema.json`),
 * file by file, in position order, then each input that could not be read as an `unreadable` error.
 * @param report the run's findings
 */
export const json: Formatter = (report) => `${JSON.stringify(allFindings(report), null, 2)}\n`;
