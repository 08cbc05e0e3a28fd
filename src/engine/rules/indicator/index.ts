import type { Rule } from '../rule';

/** The indicator rules, in the order they run. */
export const indicatorRules: Rule[] = [];
