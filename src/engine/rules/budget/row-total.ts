import type { Rule } from '../rule';
import { checkIdentities } from './arithmetic';

/** Across a row: a source's period total = that source over the years; a year's total = its sources; the period total = all of them. */
export const rule: Rule = {
  meta: {
    id: 'budget/row-total',
    severity: 'error',
    kinds: ['budget'],
    messageIds: ['budgetRowTotalSource', 'budgetRowTotalYear', 'budgetRowTotalPeriod'],
    description: 'Each row: the period total of a source equals that source over the years; a year total equals its sources.',
  },
  check(context) {
    checkIdentities(context, 'budget/row-total');
  },
};
