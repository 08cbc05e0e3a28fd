import { Decimal, formatDecimal, type NumberQuantity } from '../../numbers';
import { fold } from '../../text';
import type { Rule, RuleContext } from '../rule';
import { itemRows, numberShown, phraseMatcher, valueColumns } from './cells';
import { isPercentTypedIn, typedColumnsOf, typedIn, type TypedColumn } from './typed';
import { unitMismatches, unitOfRow } from './units';

/** Growth rates and comparisons can pass 100% or fall below 0; shares cannot. */
/** Compared with every value of the grid: made once, not once per comparison. */
const HUNDRED = new Decimal(100);

const isNotAShare = phraseMatcher(['tang truong', 'toc do', 'so voi', 'so cung ky', 'growth', 'compared', 'change']);

/** A percentage outside 0–100 where the row holds a share (`Tỷ lệ …`). */
export const rule: Rule = {
  meta: {
    id: 'values/percent-range',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: ['valuesPercentAbove100', 'valuesPercentBelow0'],
    description: 'A percentage above 100 or below 0 where the indicator is a share.',
  },
  check(context) {
    const columns = valueColumns(context.table);
    const typed = typedColumnsOf(context, columns);
    for (const row of itemRows(context.table)) {
      // Out-of-range numbers first: the unit and the label are read only for rows that have one.
      // A cell formatted as a percentage is read as it shows: 1.2 formatted `0%` is 120%.
      // Typed numbers inside the range (most of a grid) and empty cells are passed over without reading a quantity.
      // Nothing is made for a row whose values are all inside.
      let outside: { col: number; quantity: NumberQuantity | undefined }[] | undefined;
      for (let c = 0; c < columns.length; c++) {
        const { col } = columns[c];
        if (insideOrEmpty(context, typed[c], row.row, col)) continue;
        const quantity = numberShown(context, row.row, col);
        if (quantity && !quantity.per && (quantity.value.isNegative() || quantity.value.greaterThan(HUNDRED))) (outside ??= []).push({ col, quantity });
      }
      if (outside === undefined || isNotAShare(fold(row.label))) continue;
      const unit = unitOfRow(context, row);
      // A row whose unit does not fit its values is values/unit-fit's finding, not a range problem.
      if (unit && unitMismatches(context, row, unit).length > 0) continue;
      for (const { col, quantity } of outside) {
        if (!quantity || (unit?.kind !== 'percent' && !quantity.percent)) continue;
        const above = quantity.value.greaterThan(HUNDRED);
        const value = formatDecimal(quantity.value);
        context.report({
          messageId: above ? 'valuesPercentAbove100' : 'valuesPercentBelow0',
          at: { row: row.row, col },
          actual: value,
          params: { value },
        });
      }
    }
  },
};

/**
 * A typed number numberShown() shows between 0 and 100 (typed.ts: compared exactly as a JS
 * number); a cell formatted as a percentage shows a hundred times what it holds. An empty cell
 * too: it shows no number.
 */
function insideOrEmpty(context: RuleContext, column: TypedColumn, row: number, col: number): boolean {
  // The column's arrays read in place (typed.ts), a function called only outside them.
  const i = row - column.top;
  const value = column.values[i] ?? typedIn(column, context, row, col);
  if (Number.isNaN(value)) return column.other[i] === 0;
  // isNegativeTyped(value), −0 included.
  if (value < 0 || (value === 0 && 1 / value < 0)) return false;
  if (value <= 1) return true;
  if (value > 100) return false;
  const formatted = column.percentFormatted[i];
  return formatted === undefined ? !isPercentTypedIn(column, context, row, col) : formatted === 0;
}
