import type { Rule } from '../rule';

/** The values rules, in the order they run. */
export const valuesRules: Rule[] = [];
