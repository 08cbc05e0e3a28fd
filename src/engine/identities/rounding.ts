import { Decimal } from '../numbers';
import type { BudgetReader } from '../rules/budget/model';
import type { Identity } from './index';

/**
 * The largest difference rounding can explain in an identity: half a unit of the last shown digit
 * for each rounded figure in it (its non-zero terms and its target). A figure is rounded when its
 * number format shows fewer decimals than it may hold (`#,##0`, `#,##0.0`, accounting formats);
 * a figure in the General format shows what it holds and is exact. Published tables round every
 * figure, whole numbers included, so a region of a dozen provinces may be off by up to six
 * (the Ministry of Finance's disclosure appendices, ../shared/mof, are full of ±1).
 */
export function allowanceOf(identity: Identity, reader: BudgetReader): Decimal {
  let halfUnits = unitOf(reader, identity.target.row, identity.target.col);
  for (const row of identity.termSheetRows) {
    for (const col of identity.termCols) {
      if (reader.amounts.number(row, col) === 0) continue;
      halfUnits = halfUnits.plus(unitOf(reader, row, col));
    }
  }
  return halfUnits.dividedBy(2);
}

/** The unit of the last digit a cell shows when its format rounds it, else zero. */
function unitOf(reader: BudgetReader, row: number, col: number): Decimal {
  const format = reader.cell(row, col)?.numberFormat;
  return decimalsShown(format) === undefined ? new Decimal(0) : lastDigitUnit(format);
}

/** The unit of the last digit a format shows (1 for General: whole numbers as typed). */
export function lastDigitUnit(format: string | undefined): Decimal {
  return new Decimal(10).pow(-(decimalsShown(format) ?? 0));
}

/** How many decimals a number format shows; undefined for General, text and non-numeric formats. */
export function decimalsShown(format: string | undefined): number | undefined {
  if (!format || format === 'General' || format === '@') return undefined;
  const section = format.split(';')[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(section)) return undefined;
  const match = /\.([0#?]+)/.exec(section);
  return match ? match[1].length : 0;
}

/** A difference the table cannot show (below half the last digit its total shows): decimals hidden by `#,##0`, binary round-off. */
export function invisible(identity: Identity, residual: Decimal, reader: BudgetReader): boolean {
  const format = reader.cell(identity.target.row, identity.target.col)?.numberFormat;
  return decimalsShown(format) !== undefined && residual.abs().lessThan(lastDigitUnit(format).dividedBy(2));
}

