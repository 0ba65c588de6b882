import type { Document, Position, Severity } from '../model/index.js';

/** What a rule found at one place. */
export interface Finding {
  message: string;
  position: Position | null;
  eId?: string | null;
  expected?: string | null;
  actual?: string | null;
}

/** A structural check with a readable id; `check` returns what it finds, the caller adds id and severity. */
export interface Rule {
  id: string;
  description: string;
  severity: Severity;
  check(document: Document): Finding[];
}
