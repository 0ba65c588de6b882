import type { NameChanges } from '../model/index.js';

/**
 * The names one list has and the other has not, each in the order of its own list.
 * @param before the names of the old edition
 * @param after the names of the new edition
 */
export function nameChanges(before: Iterable<string>, after: Iterable<string>): NameChanges {
  const old = new Set(before);
  const next = new Set(after);
  return { added: [...next].filter((name) => !old.has(name)), removed: [...old].filter((name) => !next.has(name)) };
}
