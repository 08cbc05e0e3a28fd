import type { Rule } from '../rule';
import { rule as duplicateColumns } from './duplicate-columns';
import { rule as evaluation } from './evaluation';
import { rule as missingValue } from './missing-value';
import { rule as numbering } from './numbering';
import { rule as pairedShares } from './paired-shares';
import { rule as parentRange } from './parent-range';

/** The indicator rules, in the order they run. */
export const indicatorRules: Rule[] = [numbering, pairedShares, parentRange, duplicateColumns, missingValue, evaluation];
