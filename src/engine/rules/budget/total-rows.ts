import type { Rule } from '../rule';
import { checkIdentities } from './arithmetic';

/**
 * Each total row = the top-level rows, column by column. A grand total merged over a year's source
 * columns = that year's sources over the top-level rows. Expected values come from the data rows,
 * never from another total row, so `Cộng` and `Tổng cộng` are each checked on their own.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/total-rows',
    severity: 'error',
    kinds: ['budget'],
    messageIds: ['budgetTotalRow', 'budgetTotalRowGroup', 'budgetTotalRowMergedYear', 'budgetTotalRowMergedPeriod', 'budgetRounding', 'budgetTotalRowNoted'],
    description: 'Each total row equals the sum of the top-level rows; a grand total merged over a year equals that year’s sources.',
  },
  check(context) {
    checkIdentities(context, 'budget/total-rows');
  },
};
