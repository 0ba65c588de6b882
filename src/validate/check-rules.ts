import type { Config, Diagnostic, Document, Severity } from '../model/index.js';
import type { Rule, RuleOptions } from './rule.js';
import { rules } from './rules/index.js';
import type { Language } from '../i18n/language.js';

/** Options for `validate` and `checkRules`. */
export interface ValidateOptions {
  /** The file named in diagnostics; defaults to the document's source path. */
  file?: string | null;
  /** Rule severities and options, as read from `policy-compile.config.json`; defaults apply where it says nothing. */
  config?: Config | null;
  /** The language of the findings' messages; English by default. Rule ids do not change with it. */
  lang?: Language;
}

/**
 * Runs the structural rules on a document that matches the model, without the schema check
 * (and so without loading zod): `compile` calls it on the trees it builds itself.
 * @param document a document that matches the model
 * @param options the file to name in diagnostics, and the configuration
 * @returns the findings, ordered by position (findings without one first), then by rule
 */
export function checkRules(document: Document, options: ValidateOptions = {}): Diagnostic[] {
  const file = options.file ?? document.source?.path ?? null;
  const ruleOptions: RuleOptions = { numbering: options.config?.numbering ?? 'any', lang: options.lang ?? 'en' };
  const diagnostics = rules.flatMap((rule) => {
    const severity = severityOf(rule, options.config);
    if (!severity) return [];
    return rule.check(document, ruleOptions).map((finding): Diagnostic => ({ ruleId: rule.id, severity, file, ...finding }));
  });
  const offset = (diagnostic: Diagnostic) => diagnostic.position?.start.offset ?? -1;
  return diagnostics.sort((a, b) => offset(a) - offset(b));
}

/**
 * The severity a rule reports with under a configuration, or null when it is off.
 * @param rule the rule
 * @param config the configuration, if any
 */
export function severityOf(rule: Rule, config?: Config | null): Severity | null {
  const setting = config?.rules?.[rule.id] ?? rule.severity;
  return setting === 'off' ? null : setting === 'warn' ? 'warning' : setting;
}
