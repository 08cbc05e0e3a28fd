import type { ColumnInfo, RowInfo } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { typedColumnsOf, typedIn, type TypedColumn } from '../values/typed';
import { ownText, rowClasses, showsText, unitOf, valueColumns } from './grid-reading';

export const rule: Rule = {
  meta: {
    id: 'indicator/missing-value',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: ['indicatorMissingValue', 'indicatorMissingAgency'],
    description: 'An indicator with a unit but no baseline or target, or a goal whose indicators name no lead agency.',
  },
  check(context) {
    checkValues(context);
    checkAgencies(context);
  },
};

/**
 * A baseline or target left empty on an indicator row. A parent whose children carry the values
 * (`Hằng năm, trong tổng số …` over its `nam` / `nữ` rows) has none of its own; `-` and `...` are
 * written on purpose and are not missing.
 */
function checkValues(context: RuleContext): void {
  const { table } = context;
  const columns = valueColumns(table).filter((c) => c.role === 'baseline' || c.role === 'target');
  const allValueColumns = valueColumns(table);
  const typed = typedColumnsOf(context, allValueColumns);
  const checked = columns.map((column) => typed[allValueColumns.indexOf(column)]);
  const { indicator } = rowClasses(table);
  // Indexed loops: they run over every row, before they are optimised.
  for (let r = 0; r < table.rows.length; r++) {
    if (indicator[r] === 0) continue;
    const row = table.rows[r];
    if (!hasValues(context, row, allValueColumns, typed) && !unitOf(context, table, row)) continue;
    if (childHasValues(context, row, allValueColumns, typed)) continue;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      if (shows(context, checked[c], row.row, column.col)) continue;
      context.report({ messageId: 'indicatorMissingValue', at: { row: row.row, col: column.col }, params: { header: column.header } });
    }
  }
}

/** A typed number shows itself (typedNumber reads none where a merged area covers the cell): no text is looked at. */
function shows(context: RuleContext, typed: TypedColumn, row: number, col: number): boolean {
  // The column's array read in place (../values/typed.ts), a function called only outside it.
  return !Number.isNaN(typed.values[row - typed.top] ?? typedIn(typed, context, row, col)) || showsText(context, row, col);
}

/** `typed`: typedColumnsOf(context, columns). */
function hasValues(context: RuleContext, row: RowInfo, columns: readonly ColumnInfo[], typed: readonly TypedColumn[]): boolean {
  for (let c = 0; c < columns.length; c++) if (shows(context, typed[c], row.row, columns[c].col)) return true;
  return false;
}

function childHasValues(context: RuleContext, row: RowInfo, columns: readonly ColumnInfo[], typed: readonly TypedColumn[]): boolean {
  for (let i = 0; i < row.children.length; i++) if (hasValues(context, context.table.rows[row.children[i]], columns, typed)) return true;
  return false;
}

/**
 * The lead agency is often written once for a block of rows: a row without one reports to the
 * agency above it within the same goal. Only the first indicator of a goal with no agency on it
 * or above it is missing one; a goal's heading (`I`, `Mục tiêu 1: …`) never needs one.
 */
function checkAgencies(context: RuleContext): void {
  const { table } = context;
  // The lead agency's column: one of the agencies that take part (`Cơ quan phối hợp`) may be left blank.
  const agency = table.columns.find((column) => column.role === 'agency' && !column.partner);
  if (!agency) return;
  let known = false;
  const { indicator, goalHeading } = rowClasses(table);
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    if (goalHeading[r] === 1 || row.kind === 'total' || row.kind === 'grandTotal') {
      known = ownText(context, row.row, agency.col) !== '';
      continue;
    }
    if (indicator[r] === 0 || known) continue;
    known = ownText(context, row.row, agency.col) !== '';
    if (!known) {
      context.report({ messageId: 'indicatorMissingAgency', severity: 'info', at: { row: row.row, col: agency.col }, params: { header: agency.header } });
      known = true; // one note per goal: the rows below inherit whatever the officer writes here
    }
  }
}
