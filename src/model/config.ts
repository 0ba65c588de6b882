import * as z from 'zod';

/** The id of every structural rule of `validate`; `schema` (the document failed its zod schema) is not configurable. */
export const RuleId = z
  .enum([
    'numbering-gap',
    'duplicate-number',
    'number-out-of-order',
    'skipped-level',
    'mixed-marker-style',
    'unmatched-bracket',
    'mixed-width-bracket',
    'empty-node',
    'node-without-obligations',
    'unplaced-text',
    'garbled-text',
    'title-year-mismatch',
    'duplicate-sentence',
    'missing-unit',
    'no-structure',
  ])
  .meta({ id: 'RuleId' });
export type RuleId = z.infer<typeof RuleId>;

/** What a configuration may make of a rule: a severity, or `off`. */
export const RuleSetting = z.enum(['error', 'warning', 'info', 'off']).meta({ id: 'RuleSetting' });
export type RuleSetting = z.infer<typeof RuleSetting>;

/** What a configuration file may write for a rule: a setting, or `warn`, read as `warning` (the word ESLint's configurations use). */
export const ConfigSetting = z.enum(['error', 'warning', 'warn', 'info', 'off']).meta({ id: 'ConfigSetting' });
export type ConfigSetting = z.infer<typeof ConfigSetting>;

/**
 * How numbers may go on from one parent to the next: `any` accepts both a restart at 1 and a
 * number that runs on from the last of its kind; `restart` demands 1 under every parent;
 * `continuous` demands that numbers run on across parents.
 */
export const Numbering = z.enum(['any', 'restart', 'continuous']).meta({ id: 'Numbering' });
export type Numbering = z.infer<typeof Numbering>;

/**
 * `policy-compile.config.json` (or `.yaml`): severities of the rules and their options.
 * Every key is optional; unknown keys and rule ids are refused.
 */
export const Config = z
  .strictObject({
    $schema: z.string().optional(),
    rules: z.partialRecord(RuleId, ConfigSetting).optional().describe('severity of each rule by id ("warn" is "warning"), or "off"; missing-unit is off unless set here'),
    numbering: Numbering.optional().describe('how numbering goes on from one parent to the next (default "any")'),
  })
  .meta({ id: 'Config' });
export type Config = z.infer<typeof Config>;
