import { budgetRules } from './budget';
import { indicatorRules } from './indicator';
import { valuesRules } from './values';
import { rule as errorValue } from './values/error-value';
import type { Rule } from './rule';

/** Error values run first: a total row of `#REF!` is the first thing the officer must see. */
export const allRules: Rule[] = [errorValue, ...valuesRules, ...budgetRules, ...indicatorRules];
