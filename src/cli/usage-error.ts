/** Bad usage found by a command after commander accepted the arguments; exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
