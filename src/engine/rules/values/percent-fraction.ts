import { Decimal, formatDecimal, isPercentFormat } from '../../numbers';
import { fold } from '../../text';
import type { ColumnInfo, RowInfo } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { headerOf, itemRows, valueColumns } from './cells';
import { holdsOther, isNegativeTyped, isPercentTypedIn, nearestAt, nearestJsNumber, typedColumn, typedIn, type TypedColumn } from './typed';
import { percentRowsOf, unitKindOfRow } from './units';

const ONE = new Decimal(1);
const HUNDRED = new Decimal(100);

/**
 * A percentage cell of a column: its value as typed, and whether its format shows it as a
 * percentage. A typed number keeps its JS number, and its Decimal is made only when asked for
 * (valueOf): a column of thousands is scanned by comparing JS numbers (exact: typed.ts).
 */
interface Share {
  row: RowInfo;
  formatted: boolean;
  typed?: number;
  value?: Decimal;
  /** A text number's value as the nearest JS number, once asked for (shownBelow). */
  nearest?: number;
}

function valueOf(share: Share): Decimal {
  return (share.value ??= new Decimal(share.typed!));
}

/**
 * A percentage typed as a fraction: `0.25` in a `%` row where the column's other percentages hold
 * 20–60 is 25% entered the way a percentage-formatted cell stores it, but this cell is not so
 * formatted, so it reads 0.25%. A cell formatted as a percentage (`0%`) shows 25% and is right.
 * Where the same row holds other numbers, one of them must be a percentage of the same size (a
 * row of 0.5 and 0.4 may be small shares); a row with no other number goes by its column alone.
 */
export const rule: Rule = {
  meta: {
    id: 'values/percent-fraction',
    severity: 'warning',
    kinds: ['indicator'],
    messageIds: ['valuesPercentAsFraction', 'valuesPercentAsFractionFormat'],
    description: 'A percentage typed as a fraction (0.25 among 20–60 in a % row), in a cell not formatted as a percentage.',
  },
  check(context) {
    const { table } = context;
    const columns = valueColumns(table);
    const percentHeaders = columns.map((column) => /%(?!o)/.test(fold(column.header)));
    const typedCells = columns.map((column) => typedColumn(context, column.col));
    // The % rows, found when a column's header does not say %.
    let percentRows: readonly RowInfo[] | undefined;
    // The row's shares in the columns other than `except`, as each column reads its rows.
    const othersAt = (row: RowInfo, except: number): Share[] => {
      const others: Share[] = [];
      for (let k = 0; k < columns.length; k++) {
        if (k === except || (!percentHeaders[k] && unitKindOfRow(context, row) !== 'percent')) continue;
        const share = shareAt(context, row, columns[k], typedCells[k]);
        if (share) others.push(share);
      }
      return others;
    };
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const rows = percentHeaders[c] ? itemRows(table) : (percentRows ??= percentRowsOf(context, itemRows(table)));
      const scan = scanColumn(context, rows, column, typedCells[c]);
      if (scan.fractions.length === 0) continue;
      // The column's whole percentages, their range worked out once: a column may hold thousands.
      const whole = { count: scan.wholeCount, low: scan.low ? shownPercent(scan.low) : ONE, high: scan.high ? shownPercent(scan.high) : ONE };
      for (const share of scan.fractions) {
        const percent = valueOf(share).times(HUNDRED);
        if (!fitsColumn(percent, whole, scan.count - 1)) continue;
        if (!fitsRow(percent, othersAt(share.row, c))) continue;
        const params = {
          value: formatDecimal(valueOf(share)),
          percent: formatDecimal(percent),
          header: headerOf(column),
          min: formatDecimal(whole.low),
          max: formatDecimal(whole.high),
        };
        context.report({
          messageId: scan.formatted ? 'valuesPercentAsFractionFormat' : 'valuesPercentAsFraction',
          at: { row: share.row.row, col: column.col },
          expected: params.percent,
          actual: params.value,
          params,
          // In a column of percentage-formatted fractions, 25 would be 2500%: only the format can be fixed.
          ...(scan.formatted ? {} : { fix: { value: params.percent } }),
        });
      }
    }
  },
};

/** What a column's shares (shareAt, on the rows read) come to; shares are made only for the few kept. */
interface ColumnScan {
  /** How many shares. */
  count: number;
  /** Some share is formatted as a percentage. */
  formatted: boolean;
  /** How many are whole (above 1, or formatted), and the least and greatest of them as shown. */
  wholeCount: number;
  low: Share | undefined;
  high: Share | undefined;
  /** The shares not so formatted that hold a fraction (0 <= value < 1), in sheet order. */
  fractions: Share[];
}

/**
 * The column's shares on the rows, scanned once: a typed number (most of a grid) is judged from the
 * column's arrays, compared as a JS number (exact: typed.ts), and no share is made for it unless
 * it is a fraction or the range's new end.
 */
function scanColumn(context: RuleContext, rows: readonly RowInfo[], column: ColumnInfo, typed: TypedColumn): ColumnScan {
  const scan: ColumnScan = { count: 0, formatted: false, wholeCount: 0, low: undefined, high: undefined, fractions: [] };
  const { values, percentFormatted, other } = typed;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const i = row.row - typed.top;
    if (i >= 0 && i < values.length) {
      const value = values[i];
      if (Number.isNaN(value)) {
        // An empty cell holds no share; text is read below.
        if (other[i] === 0) continue;
      } else {
        const formatted = percentFormatted[i] === 1;
        scan.count++;
        if (formatted) scan.formatted = true;
        if (formatted || value > 1) {
          const { low, high } = scan;
          if (low !== undefined && high !== undefined && low.typed !== undefined && high.typed !== undefined && low.formatted === formatted && high.formatted === formatted) {
            // Typed ends shown alike compare with it as JS numbers (shownBelow's first case).
            if (value < low.typed) scan.low = typedShare(row, formatted, value);
            else if (high.typed < value) scan.high = typedShare(row, formatted, value);
            scan.wholeCount++;
          } else if (low !== undefined && high !== undefined && !formatted && !low.formatted && !high.formatted && value !== nearestOf(low) && value !== nearestOf(high)) {
            // Plain ends (one read from text) compare by their nearest JS numbers where these differ from it (its second case).
            if (value < nearestOf(low)) scan.low = typedShare(row, formatted, value);
            else if (nearestOf(high) < value) scan.high = typedShare(row, formatted, value);
            scan.wholeCount++;
          } else addWhole(scan, typedShare(row, formatted, value));
        } else if (!formatted && !isNegativeTyped(value) && value < 1) scan.fractions.push(typedShare(row, formatted, value));
        continue;
      }
    }
    const share = shareAt(context, row, column, typed);
    if (!share) continue;
    scan.count++;
    if (share.formatted) scan.formatted = true;
    if (share.formatted || aboveOne(share)) addWhole(scan, share);
    if (!share.formatted && isFraction(share)) scan.fractions.push(share);
  }
  return scan;
}

function typedShare(row: RowInfo, formatted: boolean, typed: number): Share {
  return { row, formatted, typed, value: undefined, nearest: undefined };
}

/** A whole percentage joins the column's range: the first, or below its least, or above its greatest. */
function addWhole(scan: ColumnScan, share: Share): void {
  if (!scan.low || !scan.high) scan.low = scan.high = share;
  else if (shownBelow(share, scan.low)) scan.low = share;
  else if (shownBelow(scan.high, share)) scan.high = share;
  scan.wholeCount++;
}

/** A plain number (no `%` sign, ratio or bound: `0.25%` typed so means what it says). */
function shareAt(context: RuleContext, row: RowInfo, column: ColumnInfo, typedCells: TypedColumn): Share | undefined {
  const typed = typedIn(typedCells, context, row.row, column.col);
  // Every field set here, so that all shares have one shape and none grows a field later (valueOf, nearestOf).
  if (!Number.isNaN(typed)) return { row, formatted: isPercentTypedIn(typedCells, context, row.row, column.col), typed, value: undefined, nearest: undefined };
  // An empty cell holds no number: its quantity is not looked up.
  if (!holdsOther(typedCells, row.row)) return undefined;
  const quantity = context.quantity(row.row, column.col);
  if (quantity.kind !== 'number' || quantity.percent || quantity.per || quantity.bound) return undefined;
  const formatted = quantity.notation === 'typed' && isPercentFormat(context.cell(row.row, column.col)?.numberFormat);
  // Its nearest JS number found now, kept by its place for the other rules that order it against typed numbers.
  return { row, formatted, typed: undefined, value: quantity.value, nearest: nearestAt(typedCells, row.row, quantity.value) };
}

function shownPercent(share: Share): Decimal {
  return share.formatted ? valueOf(share).times(HUNDRED) : valueOf(share);
}

/** `0 <= value < 1` as Decimal#isPositive() and lessThan(1) judge it (−0 is not positive). */
function isFraction(share: Share): boolean {
  if (share.typed === undefined) return share.value!.isPositive() && share.value!.lessThan(ONE);
  return !isNegativeTyped(share.typed) && share.typed < 1;
}

/** The value is above 1. */
function aboveOne(share: Share): boolean {
  return share.typed === undefined ? share.value!.greaterThan(ONE) : share.typed > 1;
}

/**
 * shownPercent(a) < shownPercent(b). Two typed numbers shown alike compare as JS numbers; so do two
 * values shown as they are (not formatted) when their nearest JS numbers differ: rounding to the
 * nearest double never reverses an order (typed.ts), so a difference there is the Decimals' own.
 */
function shownBelow(a: Share, b: Share): boolean {
  if (a.typed !== undefined && b.typed !== undefined && a.formatted === b.formatted) return a.typed < b.typed;
  if (!a.formatted && !b.formatted) {
    const x = nearestOf(a);
    const y = nearestOf(b);
    if (x !== y) return x < y;
  }
  return shownPercent(a).lessThan(shownPercent(b));
}

function nearestOf(share: Share): number {
  return share.typed ?? (share.nearest ??= nearestJsNumber(share.value!));
}

/** Most of the column's other percentages are whole (above 1), and this one, times 100, is of their size. */
function fitsColumn(percent: Decimal, whole: { count: number; low: Decimal; high: Decimal }, others: number): boolean {
  if (whole.count < 2 || whole.count < others * 0.6) return false;
  return percent.greaterThanOrEqualTo(whole.low.div(2)) && percent.lessThanOrEqualTo(Decimal.min(HUNDRED, whole.high.times(1.5)));
}

/** The row's other numbers, if any, include a percentage within a factor of two of this one. */
function fitsRow(percent: Decimal, others: Share[]): boolean {
  if (others.length === 0) return true;
  return others.some((other) => {
    const value = shownPercent(other);
    return value.greaterThan(ONE) && value.greaterThanOrEqualTo(percent.div(2)) && value.lessThanOrEqualTo(percent.times(2));
  });
}
