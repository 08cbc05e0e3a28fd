import { Decimal, formatDecimal, type NumberQuantity } from '../../numbers';
import type { Rule, RuleContext } from '../rule';
import { numberShown } from '../values/cells';
import { isPercentUnit, unitOf, valueColumns } from './grid-reading';
import { minimumShareOf, sharePairs } from './shares';

const HUNDRED = new Decimal(100);

export const rule: Rule = {
  meta: {
    id: 'indicator/paired-shares',
    severity: 'error',
    kinds: ['indicator'],
    messageIds: ['indicatorSharesSum', 'indicatorShareBelowMinimum'],
    description: 'Shares of men and women in one whole must add up to 100% and each reach the minimum the text sets.',
  },
  check(context) {
    const { table } = context;
    for (const pair of sharePairs(table)) {
      const [first, second] = pair.rows.map((i) => table.rows[i]);
      const parentUnit = pair.parent !== undefined ? unitOf(context, table, table.rows[pair.parent]) : '';
      const minimums = pair.rows.map((i) => minimumShareOf(table, i, pair.parent));
      for (const column of valueColumns(table)) {
        const values = [first, second].map((row) => shareIn(context, row.row, column.col, unitOf(context, table, row) || parentUnit));
        const [a, b] = values;
        if (a && b) {
          const sum = a.value.plus(b.value);
          if (sum.minus(HUNDRED).abs().greaterThan(context.tolerance)) {
            context.report({
              messageId: 'indicatorSharesSum',
              at: { row: second.row, col: column.col },
              related: [{ row: first.row, col: column.col }],
              expected: '100',
              actual: formatDecimal(sum),
              difference: formatDecimal(sum.minus(HUNDRED)),
              params: { header: column.header, first: formatDecimal(a.value), second: formatDecimal(b.value) },
            });
          }
        }
        values.forEach((share, k) => {
          const minimum = minimums[k];
          if (!share || !minimum || !share.value.lessThan(minimum)) return;
          const row = k === 0 ? first : second;
          context.report({
            messageId: 'indicatorShareBelowMinimum',
            // A plan below the minimum is very likely wrong; a past result below it is a fact to look at.
            severity: column.role === 'target' ? 'warning' : 'info',
            at: { row: row.row, col: column.col },
            related: pair.parent !== undefined ? [{ row: table.rows[pair.parent].row, col: column.col }] : [],
            expected: formatDecimal(minimum),
            actual: formatDecimal(share.value),
            difference: formatDecimal(share.value.minus(minimum)),
            params: { header: column.header },
          });
        });
      }
    }
  },
};

/**
 * A share in percent: a plain number (no bound, no `/100`) under a `%` unit or written with `%`. A
 * number in a cell formatted as a percentage is the percentage it shows (numberShown): typing `56%`
 * into Excel stores 0.56, which must add up to 100 with its pair, not to 1.
 */
function shareIn(context: RuleContext, row: number, col: number, unit: string): NumberQuantity | undefined {
  const quantity = numberShown(context, row, col);
  if (!quantity || quantity.bound || quantity.per) return undefined;
  return quantity.percent || isPercentUnit(unit) ? quantity : undefined;
}
