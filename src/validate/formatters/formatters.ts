import { github } from './github.js';
import { json } from './json.js';
import type { Formatter } from './report.js';
import type { ReportFormat } from './report-formats.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { ReportFormat } from './report-formats.js';

/**
 * The report formats of `validate --format`, by name, as the diff's renderers are
 * (`src/diff/render/renderers.ts`): each turns a run's findings into the text written to
 * stdout; the compiler checks the names against `REPORT_FORMATS`.
 */
export const formatters = { stylish, json, github, sarif } satisfies Record<ReportFormat, Formatter>;
