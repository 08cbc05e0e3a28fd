import type { ColumnInfo, RowInfo } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { isAmount, rowName } from './model';

/** A label this short (`Khác`, `Cộng`) may stand twice under one parent by design. */
const MIN_LABEL = 8;
const LOOSE_SPACE = /\s\s|^\s|\s$/;
/** How many rows above a row its copy may stand. */
const NEAR = 4;

/**
 * An item entered twice: under one parent, a row with the same name and the same figures in every
 * amount and quantity column as a sibling a few rows above it (`4 Hỗ trợ đi lại … 20 × 400.000` and
 * again as `5`). Every total adds it twice and nothing else shows it. A warning on the second row: whether
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
    // Against the few rows just above it: a copy stands next to its original or near it (pasted
    // twice, or again after the next item), and nothing is built for a row that differs in its name.
    const { rows } = table;
    // Each row's label as compared, worked out once (asked of it by the rows below it).
    const labels: (string | undefined)[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) if (isLeafItem(rows[i])) labels[i] = labelOf(rows[i]);
    for (let i = 1; i < rows.length; i++) {
      const row = rows[i];
      if (labels[i] === undefined) continue;
      for (let j = i - 1; j >= Math.max(0, i - NEAR); j--) {
        const other = rows[j];
        if (labels[j] !== labels[i] || other.parent !== row.parent) continue;
        const figures = figuresOf(context, columns, row);
        if (figures === undefined || figuresOf(context, columns, other) !== figures) continue;
        context.report({
          messageId: 'budgetDuplicateRow',
          at: { row: row.row, col: nameCol },
          related: [{ row: other.row, col: nameCol }],
          params: { rowName: rowName(row), first: rowName(other) },
        });
        break;
      }
    }
  },
};

/** An item with no rows under it and a name long enough to be told apart. */
function isLeafItem(row: RowInfo): boolean {
  return row.kind === 'item' && row.children.length === 0 && row.label.length >= MIN_LABEL;
}

/** The label as compared: spaces typed twice or left at the end are the one difference a copy may have. */
function labelOf(row: RowInfo): string {
  return LOOSE_SPACE.test(row.label) ? row.label.replace(/\s+/g, ' ').trim() : row.label;
}

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
