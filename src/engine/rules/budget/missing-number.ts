import type { Rule } from '../rule';
import { amountColumns, isAmount, rowName } from './model';
import { nextNumber } from './numbering';

/**
 * A row with amounts but no number, between numbered siblings (`Dự án 3` between `II` and `IV`):
 * the number was dropped, and the row is easy to miss when totals are made.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/missing-number',
    severity: 'warning',
    kinds: ['budget'],
    messageIds: ['budgetMissingNumber'],
    description: 'A row with amounts but no number, between numbered rows of the same level.',
  },
  check(context) {
    const { table } = context;
    const numberColumn = table.columns.find((c) => c.role === 'number');
    const nameColumn = table.columns.find((c) => c.role === 'name');
    if (!numberColumn) return;
    const amounts = amountColumns(table);
    const siblingsOf = new Map<number, number[]>();
    // Parent and level as one number, small enough to be a small integer (no string, no boxed number per row).
    let levels = 1;
    for (let index = 0; index < table.rows.length; index++) levels = Math.max(levels, table.rows[index].level + 1);
    for (let index = 0; index < table.rows.length; index++) {
      const row = table.rows[index];
      if (row.kind !== 'item' && row.kind !== 'goal') continue;
      const key = ((row.parent ?? -1) + 1) * levels + row.level;
      const siblings = siblingsOf.get(key);
      if (siblings) siblings.push(index);
      else siblingsOf.set(key, [index]);
    }
    for (const siblings of siblingsOf.values()) {
      for (let i = 1; i + 1 < siblings.length; i++) {
        const row = table.rows[siblings[i]];
        const before = table.rows[siblings[i - 1]];
        const after = table.rows[siblings[i + 1]];
        if (row.number || !before.number || !after.number) continue;
        if (!amounts.some((c) => isAmount(context.quantity(row.row, c.col)))) continue;
        const expected = nextNumber(before.number);
        if (!expected || nextNumber(expected) !== after.number) continue;
        context.report({
          messageId: 'budgetMissingNumber',
          at: { row: row.row, col: numberColumn.col },
          related: nameColumn ? [{ row: row.row, col: nameColumn.col }] : [],
          expected,
          params: { rowName: rowName(row), before: before.number, after: after.number, number: expected },
          fix: { value: expected },
        });
      }
    }
  },
};

