import { Decimal } from '../numbers';
import type { BudgetReader } from '../rules/budget/model';
import type { Identity } from './index';

/**
 * The largest difference rounding can explain in an identity: half a unit of the last shown digit
 * for each rounded figure in it (its non-zero terms and its target). Published tables round every
 * figure, whole numbers included, so a region of a dozen provinces may be off by up to six.
 * Source: the Ministry of Finance's disclosure appendices (../shared/mof), where ±1–3 on region
 * totals is the rule.
 */
export function allowanceOf(identity: Identity, reader: BudgetReader): Decimal {
  let unitDecimals = decimalsShown(reader, identity.target.row, identity.target.col);
  let figures = 1;
  for (const term of identity.terms) {
    if (reader.amounts.number(term.row, term.col) === 0) continue;
    figures++;
    unitDecimals = Math.min(unitDecimals, decimalsShown(reader, term.row, term.col));
  }
  return new Decimal(figures).dividedBy(2).times(new Decimal(10).pow(-unitDecimals));
}

/** How many decimals the cell shows: its number format's, else (General) its value's own. */
export function decimalsShown(reader: BudgetReader, row: number, col: number): number {
  const format = reader.cell(row, col)?.numberFormat;
  if (format && format !== 'General' && format !== '@') {
    const section = format.split(';')[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
    const match = /\.([0#?]+)/.exec(section);
    return match ? match[1].length : 0;
  }
  return Math.min(reader.amounts.scaleAt(row, col), 9);
}
