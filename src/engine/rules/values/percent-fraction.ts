import { Decimal, formatDecimal } from '../../numbers';
import { fold } from '../../text';
import type { ColumnInfo, RowInfo } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { headerOf, isPercentFormat, itemRows, valueColumns } from './cells';
import { holdsOther, isNegativeTyped, isPercentTypedIn, nearestJsNumber, typedColumn, typedIn, type TypedColumn } from './typed';
import { unitKindOfRow } from './units';

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
    const rows = itemRows(context.table).filter((row) => unitKindOfRow(context, row) === 'percent');
    const columns = valueColumns(context.table);
    const byColumn = columns.map((column) => {
      const percentHeader = /%(?!o)/.test(fold(column.header));
      const typed = typedColumn(context, column.col);
      const shares: Share[] = [];
      const scanned = percentHeader ? itemRows(context.table) : rows;
      for (let r = 0; r < scanned.length; r++) {
        const share = shareAt(context, scanned[r], column, typed);
        if (share) shares.push(share);
      }
      return shares;
    });
    // A row's shares, column by column: each column's are in sheet order, so found by halving.
    const sharesOfRow = (row: RowInfo): Share[] => byColumn.map((shares) => shareOfRow(shares, row)).filter((share): share is Share => share !== undefined);
    columns.forEach((column, index) => {
      const shares = byColumn[index];
      // The column's whole percentages, their range worked out once: a column may hold thousands.
      const whole = wholeRange(shares);
      const formattedColumn = shares.some((s) => s.formatted);
      for (const share of shares) {
        if (share.formatted || !isFraction(share)) continue;
        const percent = valueOf(share).times(HUNDRED);
        if (!fitsColumn(percent, whole, shares.length - 1)) continue;
        if (!fitsRow(percent, sharesOfRow(share.row).filter((s) => s !== share))) continue;
        const params = {
          value: formatDecimal(valueOf(share)),
          percent: formatDecimal(percent),
          header: headerOf(column),
          min: formatDecimal(whole.low),
          max: formatDecimal(whole.high),
        };
        context.report({
          messageId: formattedColumn ? 'valuesPercentAsFractionFormat' : 'valuesPercentAsFraction',
          at: { row: share.row.row, col: column.col },
          expected: params.percent,
          actual: params.value,
          params,
          // In a column of percentage-formatted fractions, 25 would be 2500%: only the format can be fixed.
          ...(formattedColumn ? {} : { fix: { value: params.percent } }),
        });
      }
    });
  },
};

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
  return { row, formatted, typed: undefined, value: quantity.value, nearest: undefined };
}

/** The share of a row among a column's shares (in sheet order), if it has one. */
function shareOfRow(shares: Share[], row: RowInfo): Share | undefined {
  let low = 0;
  let high = shares.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = shares[middle].row.row;
    if (at < row.row) low = middle + 1;
    else if (at > row.row) high = middle - 1;
    else return shares[middle];
  }
  return undefined;
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

/** How many of a column's percentages are whole (above 1, or formatted as percentages), and their range. */
function wholeRange(shares: Share[]): { count: number; low: Decimal; high: Decimal } {
  let count = 0;
  let low: Share | undefined;
  let high: Share | undefined;
  for (const share of shares) {
    if (!share.formatted && !aboveOne(share)) continue;
    if (!low || !high) low = high = share;
    else if (shownBelow(share, low)) low = share;
    else if (shownBelow(high, share)) high = share;
    count++;
  }
  return { count, low: low ? shownPercent(low) : ONE, high: high ? shownPercent(high) : ONE };
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
