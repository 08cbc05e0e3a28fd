import { budgetRules } from './budget';
import { indicatorRules } from './indicator';
import { valuesRules } from './values';
import type { Rule } from './rule';

export const allRules: Rule[] = [...valuesRules, ...budgetRules, ...indicatorRules];
