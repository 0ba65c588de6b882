import { Document, type Diagnostic } from '../model/index.js';
import { rules } from './rules/index.js';

/** Options for `validate`. */
export interface ValidateOptions {
  /** The file named in diagnostics; defaults to the document's source path. */
  file?: string | null;
}

/**
 * Checks a document against the schema and the structural rules.
 * @param document a compiled document (or anything claiming to be one)
 * @param options the file to name in diagnostics
 */
export function validate(document: Document, options: ValidateOptions = {}): Diagnostic[] {
  const file = options.file ?? document.source?.path ?? null;
  const parsed = Document.safeParse(document);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      ruleId: 'schema',
      severity: 'error' as const,
      message: `${issue.path.join('.') || 'document'}: ${issue.message}`,
      file,
      position: null,
    }));
  }
  return rules.flatMap((rule) =>
    rule.check(document).map((finding) => ({ ruleId: rule.id, severity: rule.severity, file, ...finding })),
  );
}
