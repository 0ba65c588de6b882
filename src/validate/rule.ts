import type { Document, Numbering, Position, RuleId, RuleSetting } from '../model/index.js';
import type { Language } from '../i18n/language.js';

/** What a rule found at one place. */
export interface Finding {
  message: string;
  position: Position | null;
  eId?: string | null;
  expected?: string | null;
  actual?: string | null;
}

/** The options rules read, with their defaults filled in. */
export interface RuleOptions {
  /** How numbering may go on from one parent to the next. */
  numbering: Numbering;
  /** The language of the messages. */
  lang: Language;
}

/** A structural check with a readable id; `check` returns what it finds, the caller adds id and severity. */
export interface Rule {
  id: RuleId;
  /** One line: what the rule reports. */
  description: string;
  /** The severity when no configuration says otherwise; `off` for rules that must be asked for. */
  severity: RuleSetting;
  check(document: Document, options: RuleOptions): Finding[];
}
