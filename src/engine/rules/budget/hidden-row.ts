import { cellAddress } from '../../address';
import type { Rule } from '../rule';
import { amountColumns, isAmount, isDataRow, rowName } from './model';

/**
 * A hidden row (or column) that holds amounts: a SUM still adds it, so the printed table does not
 * add up for whoever checks it on paper; a SUBTOTAL(109, …) leaves it out, so the total is short
 * (that mismatch is located and explained by the arithmetic rules).
 */
export const rule: Rule = {
  meta: {
    id: 'budget/hidden-row',
    severity: 'warning',
    kinds: ['budget'],
    messageIds: ['budgetHiddenRow', 'budgetHiddenColumn'],
    description: 'A hidden row or column holds amounts: the printed table will not add up.',
  },
  check(context) {
    const { table, grid } = context;
    const columns = amountColumns(table);
    const hiddenRows = new Set(grid.hiddenRows ?? []);
    const hiddenCols = new Set(grid.hiddenCols ?? []);
    if (hiddenRows.size === 0 && hiddenCols.size === 0) return;
    const holding = (row: number, col: number) => {
      const quantity = context.quantity(row, col);
      return isAmount(quantity) && !quantity.value.isZero();
    };
    const labelCol = table.columns.find((c) => c.role === 'number')?.col ?? table.columns.find((c) => c.role === 'name')?.col ?? table.range.left;
    for (const row of table.rows) {
      if (!hiddenRows.has(row.row) || !isDataRow(row)) continue;
      const cells = columns.filter((c) => holding(row.row, c.col)).map((c) => ({ row: row.row, col: c.col }));
      if (cells.length === 0) continue;
      context.report({
        messageId: 'budgetHiddenRow',
        at: { row: row.row, col: labelCol },
        related: cells,
        params: { rowName: rowName(row), cells: cells.map((c) => cellAddress(c.row, c.col)).join(', ') },
      });
    }
    for (const column of columns) {
      if (!hiddenCols.has(column.col)) continue;
      const rows = table.rows.filter((row) => isDataRow(row) && holding(row.row, column.col));
      if (rows.length === 0) continue;
      context.report({
        messageId: 'budgetHiddenColumn',
        at: { row: table.headerBottom, col: column.col },
        related: rows.map((row) => ({ row: row.row, col: column.col })),
        params: { column: column.header, count: rows.length },
      });
    }
  },
};
