import type { Rule } from '../rule';
import { checkIdentities } from './arithmetic';

/** Down a column: a parent row = its children (`Chia ra`), or ≥ them (`Trong đó`). */
export const rule: Rule = {
  meta: {
    id: 'budget/children-sum',
    severity: 'error',
    kinds: ['budget'],
    messageIds: ['budgetChildrenSum', 'budgetChildrenOfWhichExceed', 'budgetRounding', 'budgetTotalRowNoted'],
    boundMessageIds: ['budgetChildrenOfWhichExceed'],
    description: 'Each parent row equals the sum of its children, column by column (of-which children may not exceed it).',
  },
  check(context) {
    checkIdentities(context, 'budget/children-sum');
  },
};
