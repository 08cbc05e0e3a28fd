import type { Rule } from '../rule';

/** The budget rules, in the order they run. */
export const budgetRules: Rule[] = [];
