import type { Rule } from '../rule';
import { checkIdentities } from './arithmetic';

/** Across a row: a source's period total = that source over the years; a year's total = its sources; the period total = all of them. */
export const rule: Rule = {
  meta: {
    id: 'budget/row-total',
    severity: 'error',
    kinds: ['budget'],
    messageIds: ['budgetRowTotalSource', 'budgetRowTotalYear', 'budgetRowTotalPeriod', 'budgetRowTotalSources', 'budgetRowColumnFormula', 'budgetRowColumnBreakdown', 'budgetRowColumnDifference', 'budgetRowBreakdownExceeds', 'budgetRounding'],
    boundMessageIds: ['budgetRowBreakdownExceeds'],
    description: 'Each row: a total column equals the columns it totals (years × sources, the column-number row’s `3=4+5`, a `Tổng số` over its sub-columns).',
  },
  check(context) {
    checkIdentities(context, 'budget/row-total');
  },
};
