import { cellAddress } from '../../address';
import { decimalsShownAt } from '../../identities/rounding';
import { Decimal, formatDecimal } from '../../numbers';
import type { ProductColumn, RowInfo } from '../../types';
import type { Rule } from '../rule';
import { type BudgetReader, isDataRow, readerOf, rowName } from './model';

/** One row's amount as written and as its factors give it. */
export interface ProductRow {
  row: number;
  info: RowInfo;
  written: Decimal;
  /** The factors' product, before the column's power of ten. */
  product: Decimal;
  /** What the factors' rounding as shown leaves in the product (a share of it: Σ half a unit ÷ factor, for factors holding more digits than they show). */
  share: Decimal;
  /** How many decimals the amount shows (undefined: what it holds). */
  decimals: number | undefined;
  /** Half a unit of the amount's last shown digit. */
  half: Decimal;
}

/**
 * A product column as the rows show it: the amount column, its factors, the power of ten of the
 * amount's unit against the factors' (10⁻³ for prices in đồng and amounts in nghìn đồng), and how
 * many of the rows that have every figure agree.
 */
export interface ProductRelation extends ProductColumn {
  scale: Decimal;
  stated: boolean;
  rows: ProductRow[];
  holding: number;
}

/**
 * An amount that is a product of quantities and unit prices (`Thành tiền = Số lượng × Đơn giá`, or
 * × `Số ngày` too), in the unit of the amount: the product the column-number row states (`6=4x5`),
 * else the product of the table's quantity and price columns (two or more of `Số lượng`, `Đơn
 * giá`, `Số ngày`, `Định mức`…) that most of the rows with every figure show (three at least). The
 * power of ten between the units (prices in đồng, amounts in nghìn or triệu đồng) is the one most
 * rows agree with. A row off by more than the rounding its figures show is reported at the amount:
 * it, or one of its factors, is wrong, and nothing on the row tells which (a typed amount gets no
 * fix here; localisation gives one where the table's totals tell). An amount whose formula is not
 * the product is rewritten as it.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/product',
    severity: 'error',
    kinds: ['budget'],
    messageIds: ['budgetProduct', 'budgetProductImplied'],
    description: 'An amount the column-number row states as a product (`6=4x5`), or that most rows show as the product of quantity and price columns (`Thành tiền = Số lượng × Đơn giá`), equals it on each row, in the unit of the amount.',
  },
  check(context) {
    const reader = readerOf(context);
    for (const relation of productRelations(reader)) {
      const { target, factors, scale, rows, holding, stated } = relation;
      const header = context.table.columns.find((c) => c.col === target)?.header ?? '';
      for (const r of rows) {
        if (holds(r, scale)) continue;
        const expected = expectedOf(r, scale);
        const cell = context.cell(r.row, target);
        const cells = factors.map((col) => cellAddress(r.row, col));
        context.report({
          messageId: stated ? 'budgetProduct' : 'budgetProductImplied',
          at: { row: r.row, col: target },
          related: factors.map((col) => ({ row: r.row, col })),
          expected: formatDecimal(expected),
          actual: formatDecimal(r.written),
          difference: formatDecimal(r.written.minus(expected)),
          params: {
            rowName: rowName(r.info),
            column: header,
            formula: `${cells.join('×')}${scaleText(scale, '×', '÷')}`,
            holding,
            total: rows.length,
          },
          // A formula that is not the product (over the wrong column, say) is rewritten; a typed amount is left to the officer.
          ...(cell?.formula ? { fix: { formula: `${cells.join('*')}${scaleText(scale, '*', '/')}` } } : {}),
        });
      }
    }
  },
};

const TEN = new Decimal(10);
/** The powers of ten between the factors' units and the amount's (đồng to tỷ đồng and back), most likely first. */
const POWERS = [0, -3, -6, -9, 3, 6, -1, -2, 1, 2];
/** Rows each candidate product is tried on, before the best is judged on every row. */
const SAMPLE_ROWS = 200;
/** Rows an unstated product must hold on before its other rows are judged by it. */
const MIN_IMPLIED = 3;
/** Columns of quantities and prices tried together at most (their subsets are tried). */
const MAX_MEASURES = 6;
/** Amount columns tried as the product of each subset at most. */
const MAX_TARGETS = 4;

const known = new WeakMap<BudgetReader, ProductRelation[]>();

/**
 * The table's product columns as its rows show them (rule above): memoised per reader, for the rule
 * and for localisation, which prefers an amount whose right value is its row's product.
 */
export function productRelations(reader: BudgetReader): ProductRelation[] {
  let relations = known.get(reader);
  if (relations) return relations;
  relations = [];
  const { table } = reader;
  for (const stated of table.productColumns ?? []) {
    const judged = judge(productRows(reader, stated.target, stated.factors));
    // Stated: one row that holds is enough to tell the power of ten.
    if (judged && judged.holding > 0) relations.push({ ...stated, ...judged, stated: true });
  }
  const measures = table.columns.filter((c) => c.measure && c.role === 'other').map((c) => c.col).slice(0, MAX_MEASURES);
  if (measures.length >= 2) {
    // The amount columns after the first factor (`Thành tiền` follows its quantity and price), a few at most.
    const targets = table.columns.filter((c) => c.role === 'amount' && c.col > measures[0] && !relations.some((r) => r.target === c.col)).map((c) => c.col).slice(0, MAX_TARGETS);
    let best: { target: number; factors: number[]; holding: number } | undefined;
    for (const target of targets) {
      for (const factors of subsets(measures)) {
        const holding = judge(productRows(reader, target, factors, SAMPLE_ROWS))?.holding ?? 0;
        // Ties go to more factors: `× Số ngày` that is 1 on most rows still counts on the others.
        if (!best || holding > best.holding || (holding === best.holding && factors.length > best.factors.length)) best = { target, factors, holding };
      }
    }
    const judged = best && judge(productRows(reader, best.target, best.factors));
    if (best && judged && judged.holding >= MIN_IMPLIED && judged.holding * 2 > judged.rows.length) relations.push({ target: best.target, factors: best.factors, ...judged, stated: false });
  }
  known.set(reader, relations);
  return relations;
}

/** Whether the row's amount is its product at this power of ten, within the rounding its figures show. */
export function holds(r: ProductRow, scale: Decimal): boolean {
  const product = r.product.times(scale);
  return r.written.minus(product).abs().lessThanOrEqualTo(r.half.plus(product.abs().times(r.share)));
}

/** The row's product in the amount's unit, rounded to the digits the amount shows. */
export function expectedOf(r: ProductRow, scale: Decimal): Decimal {
  return r.product.times(scale).toDecimalPlaces(Math.min(r.decimals ?? 10, 10), Decimal.ROUND_HALF_UP);
}

function scaleText(scale: Decimal, times: string, over: string): string {
  if (scale.equals(1)) return '';
  return scale.greaterThan(1) ? `${times}${scale.toFixed()}` : `${over}${new Decimal(1).dividedBy(scale).toFixed()}`;
}

/**
 * The power of ten most rows agree with, and how many do: each row is tried at the one power its
 * amount over its product is nearest to (a row holds at one power at most), first power first on ties.
 */
function judge(rows: ProductRow[]): { scale: Decimal; rows: ProductRow[]; holding: number } | undefined {
  if (rows.length === 0) return undefined;
  const tally = new Map<number, number>();
  for (const r of rows) {
    const ratio = r.written.toNumber() / r.product.toNumber();
    if (!Number.isFinite(ratio) || ratio <= 0) continue;
    const power = Math.round(Math.log10(ratio));
    if (POWERS.includes(power) && holds(r, TEN.pow(power))) tally.set(power, (tally.get(power) ?? 0) + 1);
  }
  let best = { power: POWERS[0], holding: 0 };
  for (const power of POWERS) {
    const holding = tally.get(power) ?? 0;
    if (holding > best.holding) best = { power, holding };
  }
  return { scale: TEN.pow(best.power), rows, holding: best.holding };
}

/** Every subset of two or more columns, smallest first. */
function subsets(cols: number[]): number[][] {
  const found: number[][] = [];
  for (let mask = 1; mask < 1 << cols.length; mask++) {
    const subset = cols.filter((_, i) => mask & (1 << i));
    if (subset.length >= 2) found.push(subset);
  }
  return found.sort((a, b) => a.length - b.length);
}

/** The rows with a number in the amount cell and in every factor cell, not all zero (the first `limit` of them). */
function productRows(reader: BudgetReader, target: number, factors: number[], limit = Number.POSITIVE_INFINITY): ProductRow[] {
  const { amounts } = reader;
  const found: ProductRow[] = [];
  for (const info of reader.table.rows) {
    if (found.length >= limit) break;
    const { row } = info;
    if (!isDataRow(info)) continue;
    if (!amounts.isAmount(row, target)) continue;
    let product = new Decimal(1);
    let share = new Decimal(0);
    let complete = true;
    for (const col of factors) {
      const quantity = reader.quantity(row, col);
      if (quantity.kind !== 'number' || quantity.per || quantity.bound || quantity.percent) {
        complete = false;
        break;
      }
      const value = quantity.value;
      product = product.times(value);
      // A factor rounds the product only where it holds more digits than it shows (8 shown `#,##0` is 8).
      const decimals = decimalsShownAt(reader, row, col);
      if (decimals !== undefined && value.decimalPlaces() > decimals && !value.isZero()) share = share.plus(TEN.pow(-decimals).dividedBy(2).dividedBy(value.abs()));
    }
    if (!complete) continue;
    const written = amounts.decimal(row, target)!;
    if (product.isZero() && written.isZero()) continue;
    const decimals = decimalsShownAt(reader, row, target);
    const half = decimals === undefined ? new Decimal(0) : TEN.pow(-decimals).dividedBy(2);
    found.push({ row, info, written, product, share, decimals, half });
  }
  return found;
}
