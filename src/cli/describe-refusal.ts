import { UNREADABLE, type CompileResult } from '../compile-with.js';
import type { Input } from './collect-inputs.js';

/**
 * Why an input that was read could not be compiled (not text, or no text), naming it and the
 * line where that is known; null when it compiled.
 * @param input the input, as collected
 * @param result what compiling it gave
 */
export function describeRefusal(input: Input, result: CompileResult): string | null {
  const refusal = result.diagnostics.find((d) => d.ruleId === UNREADABLE);
  if (!refusal) return null;
  const line = refusal.position?.start.line;
  return `${input.path ?? '<stdin>'}${line ? `:${line}` : ''}: ${refusal.message}`;
}
