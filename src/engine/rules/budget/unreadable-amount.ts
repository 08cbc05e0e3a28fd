import type { Rule } from '../rule';
import { quoted } from '../values/cells';
import { amountColumns, rowName } from './model';

/** A text that starts as a figure does: a digit, a sign or a bracket, then a digit. */
const FIGURE_START = /^\s*[-−–+(]?\s*\d/;

/**
 * A figure the checker cannot read in an amount column: text that starts as a number and is not one
 * (`1.5OO` with letters O, `1.500 (ước)` with a remark, a date `15/3/2024`). Nothing adds it (SUM
 * skips it, `+` gives #VALUE!), and no total it stands in can be checked: without this finding a
 * table whose one cell is unreadable would be reported as having no problem. Words (`Đã bố trí`,
 * `x`), footnote markers, ratios and bounds are not figures, and are left alone.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/unreadable-amount',
    severity: 'warning',
    kinds: ['budget'],
    messageIds: ['budgetUnreadableAmount'],
    description: 'Text in an amount column that starts as a figure but is no number (1.5OO, 1.500 (ước)).',
  },
  check(context) {
    const { table } = context;
    const columns = amountColumns(table);
    if (columns.length === 0) return;
    for (const row of table.rows) {
      if (row.kind !== 'item' && row.kind !== 'goal' && row.kind !== 'total' && row.kind !== 'grandTotal') continue;
      for (const column of columns) {
        const value = context.cell(row.row, column.col)?.value;
        // Typed numbers, empty cells and error values (their own rule) are passed over without reading.
        if (typeof value !== 'string' || !FIGURE_START.test(value)) continue;
        const quantity = context.quantity(row.row, column.col);
        if (quantity.kind !== 'words') continue;
        context.report({
          messageId: 'budgetUnreadableAmount',
          at: { row: row.row, col: column.col },
          params: { text: quoted(value.trim()), rowName: rowName(row) },
        });
      }
    }
  },
};
