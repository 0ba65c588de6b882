import { Document, type Config, type Diagnostic, type Severity } from '../model/index.js';
import type { Rule, RuleOptions } from './rule.js';
import { rules } from './rules/index.js';

/** The check that runs before the rules: the document must match the model's zod schema. */
export const SCHEMA_RULE = {
  id: 'schema',
  description: 'The document does not match the model: a tree built or edited by hand is malformed.',
  severity: 'error',
} as const satisfies Pick<Rule, 'description' | 'severity'> & { id: string };

/** Options for `validate`. */
export interface ValidateOptions {
  /** The file named in diagnostics; defaults to the document's source path. */
  file?: string | null;
  /** Rule severities and options, as read from `policy-compile.config.json`; defaults apply where it says nothing. */
  config?: Config | null;
}

/**
 * Checks a document against the schema and the structural rules.
 * @param document a compiled document (or anything claiming to be one)
 * @param options the file to name in diagnostics, and the configuration
 * @returns the findings, ordered by position (findings without one first), then by rule
 */
export function validate(document: Document, options: ValidateOptions = {}): Diagnostic[] {
  const file = options.file ?? document.source?.path ?? null;
  const parsed = Document.safeParse(document);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      ruleId: SCHEMA_RULE.id,
      severity: SCHEMA_RULE.severity,
      message: `${issue.path.join('.') || 'document'}: ${issue.message}`,
      file,
      position: null,
    }));
  }
  const ruleOptions: RuleOptions = { numbering: options.config?.numbering ?? 'any' };
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
  return setting === 'off' ? null : setting;
}
