import type { Rule } from '../rule';
import { rule as allocationExceedsInvestment } from './allocation-exceeds-investment';
import { rule as childrenSum } from './children-sum';
import { rule as columnNumbers } from './column-numbers';
import { rule as duplicateRow } from './duplicate-row';
import { rule as formulaRange } from './formula-range';
import { rule as hiddenRow } from './hidden-row';
import { rule as missingNumber } from './missing-number';
import { rule as numbering } from './numbering';
import { rule as product } from './product';
import { rule as ratio } from './ratio';
import { rule as rowTotal } from './row-total';
import { rule as totalRows } from './total-rows';
import { rule as typedAmongFormulas } from './typed-among-formulas';
import { rule as unitOutlier } from './unit-outlier';
import { rule as unreadableAmount } from './unreadable-amount';

/** The budget rules, in the order they run. */
export const budgetRules: Rule[] = [rowTotal, childrenSum, totalRows, formulaRange, typedAmongFormulas, unitOutlier, missingNumber, unreadableAmount, numbering, hiddenRow, columnNumbers, ratio, product, duplicateRow, allocationExceedsInvestment];
