import type { Rule } from '../rule.js';
import { duplicateNumber } from './duplicate-number.js';
import { numberOutOfOrder } from './number-out-of-order.js';
import { numberingGap } from './numbering-gap.js';

/** Every structural rule, in the order their findings are listed. */
export const rules: Rule[] = [numberingGap, duplicateNumber, numberOutOfOrder];
