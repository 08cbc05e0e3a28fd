import { fold } from '../../text';
import type { ColumnInfo, RowInfo } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { isAmount, rowName } from './model';

/** A label this short (`Khác`, `Cộng`) may stand twice under one parent by design. */
const MIN_LABEL = 8;

/**
 * An item entered twice: under one parent, a row with the same name and the same figures in every
 * amount and quantity column as an earlier sibling (`4 Hỗ trợ đi lại … 20 × 400.000` and again as
 * `5`). Every total adds it twice and nothing else shows it. A warning on the second row: whether
 * it is a copy or two real items alike is the officer's to say; no cell is changed.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/duplicate-row',
    severity: 'warning',
    kinds: ['budget'],
    messageIds: ['budgetDuplicateRow'],
    description: 'An item entered twice under one parent: the same name and the same figures as a sibling row.',
  },
  check(context) {
    const { table } = context;
    const columns = table.columns.filter((c) => c.role === 'amount' || c.measure);
    const nameCol = table.columns.find((c) => c.role === 'name')?.col;
    if (columns.length === 0 || nameCol === undefined) return;
    // By parent and name first: figures are read only for a name met twice under one parent (rare).
    const byName = new Map<string, RowInfo[]>();
    for (const row of table.rows) {
      if (row.kind !== 'item' || row.children.length > 0) continue;
      const label = fold(row.label).replace(/\s+/g, ' ').trim();
      if (label.length < MIN_LABEL) continue;
      const key = `${row.parent ?? -1}\u0000${label}`;
      const same = byName.get(key);
      if (!same) {
        byName.set(key, [row]);
        continue;
      }
      const figures = figuresOf(context, columns, row);
      const first = figures === undefined ? undefined : same.find((earlier) => figuresOf(context, columns, earlier) === figures);
      same.push(row);
      if (!first) continue;
      context.report({
        messageId: 'budgetDuplicateRow',
        at: { row: row.row, col: nameCol },
        related: [{ row: first.row, col: nameCol }],
        params: { rowName: rowName(row), first: rowName(first) },
      });
    }
  },
};

/** The row's amounts and quantities as text, or undefined when all are nil. */
function figuresOf(context: RuleContext, columns: ColumnInfo[], row: RowInfo): string | undefined {
  let figures = '';
  let nonZero = false;
  for (const column of columns) {
    const quantity = context.quantity(row.row, column.col);
    if (!isAmount(quantity)) {
      figures += '|';
      continue;
    }
    if (!quantity.value.isZero()) nonZero = true;
    figures += `|${quantity.value.toString()}`;
  }
  return nonZero ? figures : undefined;
}
