import { cellAddress } from '../../address';
import { evaluate, tableIdentitiesOf } from '../../identities';
import { formatDecimal } from '../../numbers';
import type { Rule } from '../rule';
import { checkIdentities } from './arithmetic';
import { readerOf, rowName } from './model';

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
    messageIds: ['budgetTotalRow', 'budgetTotalRowMergedYear', 'budgetTotalRowMergedPeriod', 'budgetRounding', 'budgetTotalRowNoted'],
    description: 'Each total row equals the sum of the top-level rows; a grand total merged over a year equals that year’s sources.',
  },
  check(context) {
    checkIdentities(context, 'budget/total-rows');
    // A total off by exactly what the notes under the table say it holds besides its rows (a reserve
    // not yet allocated): told, with the notes, as the officer reads them on the printed form.
    for (const { identity, amounts, sum } of tableIdentitiesOf(readerOf(context)).noted) {
      const { expected, actual } = evaluate(identity, readerOf(context))!;
      context.report({
        messageId: 'budgetTotalRowNoted',
        severity: 'info',
        at: identity.target,
        related: [...new Map(amounts.map((a) => [a.row * 20_000 + a.col, { row: a.row, col: a.col }])).values()],
        expected: formatDecimal(expected),
        actual: formatDecimal(actual),
        difference: formatDecimal(actual.minus(expected)),
        params: { rowName: rowName(context.table.rows[identity.rowIndex]), column: identity.column.header, amount: formatDecimal(sum), notes: [...new Set(amounts.map((a) => cellAddress(a.row, a.col)))].join(', ') },
      });
    }
  },
};
