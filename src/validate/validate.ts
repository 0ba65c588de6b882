import { Document, type Diagnostic } from '../model/index.js';
import { checkRules, type ValidateOptions } from './check-rules.js';
import type { Rule } from './rule.js';
import { localizeIssues } from '../i18n/localize-issues.js';
import { translate } from '../i18n/translate.js';

export { severityOf, type ValidateOptions } from './check-rules.js';

/** The check that runs before the rules: the document must match the model's zod schema. */
export const SCHEMA_RULE = {
  id: 'schema',
  description: 'The document does not match the model: a tree built or edited by hand is malformed.',
  severity: 'error',
} as const satisfies Pick<Rule, 'description' | 'severity'> & { id: string };

/**
 * Checks a document against the schema and the structural rules.
 * @param document a compiled document (or anything claiming to be one)
 * @param options the file to name in diagnostics, and the configuration
 * @returns the findings, ordered by position (findings without one first), then by rule
 */
export function validate(document: Document, givenOptions: ValidateOptions | null = {}): Diagnostic[] {
  // Callers in JavaScript may pass anything: no options, or options that are not an object.
  const options: ValidateOptions = givenOptions && typeof givenOptions === 'object' ? givenOptions : {};
  const parsed = Document.safeParse(document, { error: localizeIssues(options.lang) });
  if (!parsed.success) {
    const source = (document as Partial<Document> | null | undefined)?.source;
    const file = (typeof options.file === 'string' ? options.file : null) ?? (typeof source?.path === 'string' ? source.path : null);
    return parsed.error.issues.map((issue) => ({
      ruleId: SCHEMA_RULE.id,
      severity: SCHEMA_RULE.severity,
      message: translate(options.lang, 'rule.schema', { path: issue.path.join('.'), detail: issue.message }),
      file,
      position: null,
    }));
  }
  return checkRules(document, options);
}
