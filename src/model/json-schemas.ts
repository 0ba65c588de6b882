import * as z from 'zod';
import { Config } from './config.js';
import { Diagnostic } from './diagnostic.js';
import { DiffReport, DiffSeries } from './diff.js';
import { Document } from './document.js';
import { RunIndex } from './run-index.js';

/**
 * The JSON Schema files in `schemas/`, by file name, generated from the zod schemas.
 * A test fails when the committed files differ; `npm run schemas` rewrites them.
 */
export function jsonSchemas(): Record<string, unknown> {
  const schemas: Record<string, z.ZodType> = {
    'document.schema.json': Document,
    'diagnostics.schema.json': z.array(Diagnostic),
    'index.schema.json': RunIndex,
    'config.schema.json': Config,
    'diff.schema.json': DiffReport,
    'diff-series.schema.json': DiffSeries,
  };
  return Object.fromEntries(Object.entries(schemas).map(([file, schema]) => [file, z.toJSONSchema(schema)]));
}
