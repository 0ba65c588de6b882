import type * as z from 'zod';

/**
 * The first thing wrong with a value that failed a schema, naming the field: `body.0.kind: Invalid option …`.
 * @param error what `safeParse` gave
 * @param what the value's name when the issue is at its top (`document`, `series`)
 */
export function describeIssue(error: z.ZodError, what: string): string {
  const issue = error.issues[0];
  if (!issue) return `${what}: invalid`;
  return `${issue.path.length ? issue.path.map(String).join('.') : what}: ${issue.message}`;
}
