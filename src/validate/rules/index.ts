import type { RuleId } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { duplicateNumber } from './duplicate-number.js';
import { duplicateSentence } from './duplicate-sentence.js';
import { emptyNode } from './empty-node.js';
import { garbledText } from './garbled-text.js';
import { missingUnit } from './missing-unit.js';
import { mixedMarkerStyle } from './mixed-marker-style.js';
import { noStructure } from './no-structure.js';
import { mixedWidthBracket } from './mixed-width-bracket.js';
import { nodeWithoutObligations } from './node-without-obligations.js';
import { numberOutOfOrder } from './number-out-of-order.js';
import { numberingGap } from './numbering-gap.js';
import { skippedLevel } from './skipped-level.js';
import { titleYearMismatch } from './title-year-mismatch.js';
import { unmatchedBracket } from './unmatched-bracket.js';
import { unplacedText } from './unplaced-text.js';

/** Every structural rule by id; the compiler checks that each id of `RuleId` has its rule and no other. */
export const ruleById = {
  'numbering-gap': numberingGap,
  'duplicate-number': duplicateNumber,
  'number-out-of-order': numberOutOfOrder,
  'skipped-level': skippedLevel,
  'mixed-marker-style': mixedMarkerStyle,
  'unmatched-bracket': unmatchedBracket,
  'mixed-width-bracket': mixedWidthBracket,
  'empty-node': emptyNode,
  'node-without-obligations': nodeWithoutObligations,
  'unplaced-text': unplacedText,
  'garbled-text': garbledText,
  'title-year-mismatch': titleYearMismatch,
  'duplicate-sentence': duplicateSentence,
  'missing-unit': missingUnit,
  'no-structure': noStructure,
} satisfies Record<RuleId, Rule>;

/** Every structural rule, in the order of `RuleId`. */
export const rules: Rule[] = Object.values(ruleById);
