import { isPercentFormat } from '../../numbers';
import type { RuleContext } from '../rule';
import type { ColumnInfo } from '../../types';
import type { Decimal } from '../../numbers';
import { WeakMemo } from '../../memo';
import { keepShapes } from '../../shapes';

/**
 * The typed numbers of one column of a table, by sheet row from the table's top (`top`): NaN where
 * the cell holds none; which are formatted as percentages; and which cells hold something else
 * (text, a boolean, an error, a non-finite number), the only ones whose quantity tells more than
 * the typed number or its absence.
 *
 * Rules that scan every row read these arrays directly, not through a function per cell (run
 * through tsx, as the command line is, each call to another module's function also calls a getter):
 * `values[row - top] ?? typedIn(…)` and the like, an index outside the arrays (a row outside the
 * table's range) reading undefined and falling back to the function.
 */
export interface TypedColumn {
  top: number;
  values: Float64Array;
  percentFormatted: Uint8Array;
  /** 1 where the cell (as the context shows it) is neither empty nor a typed number. */
  other: Uint8Array;
  /** nearestAt()'s answers, by row from `top` (NaN: not asked yet), once one is asked for. */
  nearest: Float64Array | undefined;
}

/**
 * Several rules scan every value of a table: each column is read once for all of them, kept by
 * `col - range.left` for the rules' context (one per table and check: the grid it reads is the one
 * the check was given).
 */
const columnsByContext = new WeakMemo<RuleContext, (TypedColumn | undefined)[]>();

/** A TypedColumn of `height` rows from sheet row `top`, nothing read yet: made here only, and one kept (../../shapes.ts). */
export function emptyColumn(top: number, height: number): TypedColumn {
  return { top, values: new Float64Array(height).fill(NaN), percentFormatted: new Uint8Array(height), other: new Uint8Array(height), nearest: undefined };
}
keepShapes(emptyColumn(0, 0));

/** The column's typed numbers (TypedColumn) for the rules' context, read in one pass the first time a rule asks. */
export function typedColumn(context: RuleContext, col: number): TypedColumn {
  let columns = columnsByContext.get(context);
  if (columns === undefined) columnsByContext.set(context, (columns = []));
  const { table } = context;
  const { top, bottom, left } = table.range;
  let column = columns[col - left];
  if (column === undefined) {
    const height = bottom - top + 1;
    column = emptyColumn(top, height);
    for (let row = top; row <= bottom; row++) {
      const cell = context.cell(row, col);
      const value = cell?.value;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        if (value !== undefined && value !== null) column.other[row - top] = 1;
        continue;
      }
      column.values[row - top] = value;
      // Most cells' format has no `%` at all: the format is parsed only for those that have one.
      const format = cell!.numberFormat;
      if (format !== undefined && format.includes('%') && isPercentFormat(format)) column.percentFormatted[row - top] = 1;
    }
    // A column left of the table (a caller may ask for one) is read each time, not kept at a negative index.
    if (col >= left) columns[col - left] = column;
  }
  return column;
}

/**
 * typedColumn() of each of the columns, in their order, for rules that read a row's values column
 * after column: found once per context and list (valueColumns() lists are shared), not per row.
 */
export function typedColumnsOf(context: RuleContext, columns: readonly ColumnInfo[]): readonly TypedColumn[] {
  const known = listsByContext.get(context);
  if (known !== undefined && known.columns === columns) return known.typed;
  const typed = columns.map((column) => typedColumn(context, column.col));
  listsByContext.set(context, { columns, typed });
  return typed;
}

const listsByContext = new WeakMemo<RuleContext, { columns: readonly ColumnInfo[]; typed: readonly TypedColumn[] }>();

/** typedNumber(context, row, col) read from the column's arrays (one call, no look-up), NaN for none. */
export function typedIn(column: TypedColumn, context: RuleContext, row: number, col: number): number {
  const i = row - column.top;
  if (i >= 0 && i < column.values.length) return column.values[i];
  return typedNumber(context, row, col) ?? NaN;
}

/** isPercentTyped(context, row, col) read from the column's arrays. */
export function isPercentTypedIn(column: TypedColumn, context: RuleContext, row: number, col: number): boolean {
  const i = row - column.top;
  if (i >= 0 && i < column.values.length) return column.percentFormatted[i] === 1;
  return isPercentTyped(context, row, col);
}

/**
 * The cell (as the context shows it) holds something other than a typed number or nothing: its
 * quantity is worth reading. True outside the table, where the arrays do not say.
 */
export function holdsOther(column: TypedColumn, row: number): boolean {
  const i = row - column.top;
  return i < 0 || i >= column.other.length || column.other[i] === 1;
}

/**
 * The number a cell holds as Excel typed it (the cell as the context shows it: none where a merged
 * area covers it), or undefined for text, empty cells, errors, booleans and non-finite numbers.
 *
 * Rules that scan every value of a grid compare these as JS numbers and read the cell's Decimal
 * (context.quantity) only where they report: the comparison is exact all the same. readCell reads
 * a typed number through its shortest decimal form (Number#toString), which rounds back to that
 * number; rounding to the nearest double never reverses an order, so two typed numbers (or one and
 * a whole constant such as 0, 1 or 100) compare as JS numbers as their Decimals do. Only the sign
 * of zero differs: Decimal(-0).isNegative() is true, `-0 < 0` is not (isNegativeTyped).
 */
export function typedNumber(context: RuleContext, row: number, col: number): number | undefined {
  const { top, bottom } = context.table.range;
  if (row < top || row > bottom) return typedCell(context, row, col);
  const value = typedColumn(context, col).values[row - top];
  return Number.isNaN(value) ? undefined : value;
}

/** A typed number (typedNumber) in a cell formatted as a percentage (isPercentFormat). */
export function isPercentTyped(context: RuleContext, row: number, col: number): boolean {
  const { top, bottom } = context.table.range;
  if (row < top || row > bottom) return typedCell(context, row, col) !== undefined && isPercentFormat(context.cell(row, col)?.numberFormat);
  return typedColumn(context, col).percentFormatted[row - top] === 1;
}

function typedCell(context: RuleContext, row: number, col: number): number | undefined {
  const value = context.cell(row, col)?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Decimal#isNegative() of a typed number's Decimal: true for −0 too. */
export function isNegativeTyped(value: number): boolean {
  return value < 0 || Object.is(value, -0);
}

/**
 * nearestJsNumber(value) for the number read from text at `row` of the column (`value`: the cell's
 * context.quantity() value), kept in the column for the check: several rules order the same text
 * numbers against typed ones, and a number by its place costs less to find than by the Decimal.
 */
export function nearestAt(column: TypedColumn, row: number, value: Decimal): number {
  const i = row - column.top;
  if (i < 0 || i >= column.values.length) return nearestJsNumber(value);
  const nearest = (column.nearest ??= new Float64Array(column.values.length).fill(NaN));
  let number = nearest[i];
  // A finite Decimal's nearest JS number is never NaN.
  if (Number.isNaN(number)) nearest[i] = number = value.toNumber();
  return number;
}

/**
 * A Decimal's nearest JS number (Decimal#toNumber), kept for each Decimal: several rules order a
 * text number against typed ones this way, and decimal.js makes it through the number's string.
 */
export function nearestJsNumber(value: Decimal): number {
  let nearest = nearestByDecimal.get(value);
  if (nearest === undefined) nearestByDecimal.set(value, (nearest = value.toNumber()));
  return nearest;
}

const nearestByDecimal = new WeakMap<Decimal, number>();
