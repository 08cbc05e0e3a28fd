import { cellAddress } from '../../address';
import type { RowInfo } from '../../types';
import { identityListOf } from '../../identities';
import type { Rule, RuleContext } from '../rule';
import { formulaSum } from './formula-refs';
import { amountColumns, isAmount, isDataRow, readerOf, rowName } from './model';

/**
 * A hidden row (or column) that holds amounts: a SUM still adds it, so the printed table does not
 * add up for whoever checks it on paper; a SUBTOTAL(109, …) leaves it out, so the total is short
 * (that mismatch is located and explained by the arithmetic rules). A hidden row matters only where
 * a visible row adds it together with rows left visible: a collapsed outline group (every child
 * hidden under the parent that shows their sum), a hidden `Trong đó` part or a row no total adds
 * leave the printed table adding up. The same holds for a hidden column: a collapsed breakdown
 * (every part hidden beside its shown total) or a hidden `Trong đó` part is not reported.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/hidden-row',
    severity: 'warning',
    kinds: ['budget'],
    messageIds: ['budgetHiddenRow', 'budgetHiddenRowSkipped', 'budgetHiddenColumn'],
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
    const addedBy = visibleSiblings(table.rows, hiddenRows);
    const labelCol = table.columns.find((c) => c.role === 'number')?.col ?? table.columns.find((c) => c.role === 'name')?.col ?? table.range.left;
    for (const row of table.rows) {
      const adding = addedBy.get(row);
      if (!hiddenRows.has(row.row) || !isDataRow(row) || !adding) continue;
      const cells = columns.filter((c) => holding(row.row, c.col)).map((c) => ({ row: row.row, col: c.col }));
      if (cells.length === 0) continue;
      // Where the row adding it is a SUBTOTAL(109, …) in every column the hidden row has amounts in,
      // the printout adds up and the total is short instead (the arithmetic rules locate that).
      const skipped = cells.every(({ col }) => {
        const formula = context.cell(adding.row, col)?.formula;
        return formula !== undefined && formulaSum(formula)?.skipsHidden === true;
      });
      context.report({
        messageId: skipped ? 'budgetHiddenRowSkipped' : 'budgetHiddenRow',
        at: { row: row.row, col: labelCol },
        related: cells,
        params: { rowName: rowName(row), cells: cells.map((c) => cellAddress(c.row, c.col)).join(', ') },
      });
    }
    const addedWithShown = hiddenCols.size > 0 ? columnsAddedWithShown(context, hiddenCols) : new Set<number>();
    for (const column of columns) {
      if (!hiddenCols.has(column.col) || !addedWithShown.has(column.col)) continue;
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

/**
 * The rows that a visible row adds together with at least one visible row: a parent's or a total's
 * children (not a `Trong đó` list, which need not add up), when the adding row and one of its other
 * children are shown; each with the row that adds it (the first, when two do).
 */
function visibleSiblings(rows: RowInfo[], hiddenRows: Set<number>): Map<RowInfo, RowInfo> {
  const found = new Map<RowInfo, RowInfo>();
  for (const adding of rows) {
    if (adding.children.length < 2 || adding.childrenMode === 'ofWhich' || hiddenRows.has(adding.row)) continue;
    const shown = adding.children.filter((i) => !hiddenRows.has(rows[i].row)).length;
    if (shown === 0 || shown === adding.children.length) continue;
    for (const i of adding.children) if (hiddenRows.has(rows[i].row) && !found.has(rows[i])) found.set(rows[i], adding);
  }
  return found;
}

/**
 * The hidden columns a shown column adds (a row identity, `=`) together with a shown column: the
 * printed row will not add up. Read from the identities' specs: every row's are alike.
 */
function columnsAddedWithShown(context: RuleContext, hiddenCols: Set<number>): Set<number> {
  const found = new Set<number>();
  const list = identityListOf(readerOf(context));
  for (let j = 0; j < list.specCount; j++) {
    const spec = list.specAt(j);
    if (spec.across !== 'columns' || spec.relation !== '=' || hiddenCols.has(spec.col)) continue;
    if (!spec.termCols.some((col) => !hiddenCols.has(col))) continue;
    for (const col of spec.termCols) if (hiddenCols.has(col)) found.add(col);
  }
  return found;
}
