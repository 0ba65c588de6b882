import { github } from './github.js';
import { json } from './json.js';
import type { Formatter } from './report.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** The report formats of `validate --format`, by name; the first is the default. */
export const formatters = { stylish, json, github, sarif } satisfies Record<string, Formatter>;

/** The name of a report format. */
export type ReportFormat = keyof typeof formatters;
