import { cellAddress } from '../../address';
import { decimalsShown, decimalsShownAt } from '../../identities/rounding';
import { conventionAt, Decimal, formatDecimal, writtenDecimals } from '../../numbers';
import type { Finding, RatioColumn, RowInfo } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { type BudgetReader, isDataRow, readerOf, rowName } from './model';
import { amountsBehindRatios, type JudgedRatioRow } from './ratio-amount';

/** One row's ratio as written and as its amounts give it. */
interface RatioRow {
  row: number;
  info: RowInfo;
  /** The cell's ratio, in percentage points when it is formatted as a percentage. */
  written: Decimal;
  numerator: Decimal;
  denominator: Decimal;
  /** Numerator ÷ denominator (a fraction: × 100 when the column holds percentages). */
  quotient: Decimal;
  /** How many decimals the cell shows. */
  decimals: number;
  /** What rounding the amounts leaves in the quotient (a fraction). */
  spread: Decimal;
  percentFormatted: boolean;
}

/**
 * A ratio column (`So sánh (%)`, `Tỷ lệ`): on each row, numerator ÷ denominator, as a percentage or
 * as a plain ratio (whichever most rows agree with), within half a unit of the last digit the cell
 * shows and the rounding of the two amounts. The two amount columns are the ones the column-number
 * row states (`5=4/3`); where it states none, the pair whose ratio most of the column's rows show
 * (at least three), or the share of the total (`Tỷ trọng (%)`: each row's amount over a total row's,
 * where no pair explains more rows): a column nothing explains so is no such ratio, and judged not at all. A row
 * whose amounts localisation finds wrong (or cannot clear) is left to them: settleRatios, once the
 * table's slips are located.
 */
export const rule: Rule = {
  meta: {
    id: 'budget/ratio',
    severity: 'error',
    kinds: ['budget'],
    messageIds: ['budgetRatio', 'budgetRatioImplied', 'budgetRatioAmount', 'budgetRatioAmountAbout'],
    description: 'A ratio column (`So sánh (%)`, stated `5=4/3` in the column-number row or shown so by most of its rows) equals the ratio of its two amounts on each row.',
  },
  check(context) {
    const { ratioColumns = [], columns } = context.table;
    const unstated = columns.filter((c) => c.role === 'ratio' && !ratioColumns.some((r) => r.target === c.col));
    if (ratioColumns.length === 0 && unstated.length === 0) return;
    const reader = readerOf(context);
    for (const ratio of ratioColumns) {
      const judged = judge(ratioRows(context, reader, ratio));
      // Stated: one row that holds is enough to tell a percentage from a plain ratio.
      if (judged && judged.holding > 0) report(context, reader, ratio, judged, 'budgetRatio');
    }
    const amounts = columns.filter((c) => c.role === 'amount').map((c) => c.col);
    const totalRows = context.table.rows.filter((r) => r.kind === 'total' || r.kind === 'grandTotal').map((r) => r.row);
    for (const column of unstated) {
      // No formula stated: the two amount columns whose ratio most of its rows show, if any pair does
      // (chosen on the first rows: a table may have a dozen amount columns and a million rows).
      let best: { ratio: RatioColumn; holding: number } | undefined;
      const candidates: RatioColumn[] = [];
      for (const numerator of amounts) {
        for (const denominator of amounts) if (numerator !== denominator) candidates.push({ target: column.col, numerator, denominator });
      }
      // A share of the total: each row's amount over a total row's in the same column, tried after the pairs (a tie keeps the pair).
      for (const total of totalRows) for (const col of amounts) candidates.push({ target: column.col, numerator: col, denominator: col, denominatorRow: total });
      for (const ratio of candidates) {
        const holding = judge(ratioRows(context, reader, ratio, SAMPLE_ROWS))?.holding ?? 0;
        if (!best || holding > best.holding) best = { ratio, holding };
      }
      const judged = best && judge(ratioRows(context, reader, best.ratio));
      if (best && judged && judged.holding >= MIN_IMPLIED && judged.holding * 2 > judged.rows.length) report(context, reader, best.ratio, judged, 'budgetRatioImplied');
    }
  },
};

/** Rows an unstated ratio must hold on before its other rows are judged by it. */
const MIN_IMPLIED = 3;
/** Rows each pair of amount columns is tried on for an unstated ratio. */
const SAMPLE_ROWS = 200;

interface Judged {
  rows: RatioRow[];
  /** 100 when the column holds percentages. */
  scale: number;
  /** How many rows agree. */
  holding: number;
}

/** The scale most rows agree with, and how many do. */
function judge(rows: RatioRow[]): Judged | undefined {
  if (rows.length === 0) return undefined;
  const plain = rows.filter((r) => within(r, 1)).length;
  const percent = rows.filter((r) => within(r, 100)).length;
  return percent > plain ? { rows, scale: 100, holding: percent } : { rows, scale: 1, holding: plain };
}

const within = (r: RatioRow, scale: number) => r.written.minus(r.quotient.times(scale)).abs().lessThanOrEqualTo(allowance(r, scale));

function report(context: RuleContext, reader: BudgetReader, ratio: RatioColumn, { rows, scale, holding }: Judged, messageId: 'budgetRatio' | 'budgetRatioImplied'): void {
  const explained = reportAmounts(context, reader, ratio, rows, scale);
  for (const r of rows) {
    if (within(r, scale) || explained.has(r.row)) continue;
    const expected = r.quotient.times(scale).toDecimalPlaces(r.decimals, Decimal.ROUND_HALF_UP);
    // A share of the total divides by one cell, fixed for every row (`C14/C$6`).
    const denominator = ratio.denominatorRow === undefined ? cellAddress(r.row, ratio.denominator) : cellAddress(ratio.denominatorRow, ratio.denominator).replace(/(\d+)$/, '$$$1');
    const formula = `${cellAddress(r.row, ratio.numerator)}/${denominator}${scale === 100 ? '×100' : ''}`;
    context.report({
      messageId,
      at: { row: r.row, col: ratio.target },
      related: [
        { row: r.row, col: ratio.numerator },
        { row: ratio.denominatorRow ?? r.row, col: ratio.denominator },
      ],
      expected: formatDecimal(expected),
      actual: formatDecimal(r.written),
      difference: formatDecimal(r.written.minus(expected)),
      params: {
        rowName: rowName(r.info),
        column: context.table.columns.find((c) => c.col === ratio.target)?.header ?? '',
        formula,
        holding,
        total: rows.length,
      },
      // A formula (over the wrong row, say) is rewritten, not replaced by its value.
      fix: context.cell(r.row, ratio.target)?.formula
        ? { formula: `${cellAddress(r.row, ratio.numerator)}/${denominator}${scale === 100 && !r.percentFormatted ? '*100' : ''}` }
        : { value: (r.percentFormatted ? expected.dividedBy(100) : expected).toFixed() },
    });
  }
}

/**
 * Reports the typed amounts that explain two or more broken ratios at once (ratio-amount.ts): its own
 * row's and those of the totals whose SUMs add it. Returns the rows whose ratios they explain, which
 * are then not blamed (their typed percentages are right; the amount is not).
 */
function reportAmounts(context: RuleContext, reader: BudgetReader, ratio: RatioColumn, rows: RatioRow[], scale: number): Set<number> {
  const judged = rows.map((r): JudgedRatioRow & { source: RatioRow } => ({ row: r.row, numerator: r.numerator, denominator: r.denominator, written: r.written, holds: within(r, scale), source: r }));
  const holdsWith = (j: JudgedRatioRow, numerator: Decimal, denominator: Decimal) => {
    if (denominator.isZero()) return false;
    const r = (j as JudgedRatioRow & { source: RatioRow }).source;
    const quotient = numerator.dividedBy(denominator);
    return within({ ...r, numerator, denominator, quotient, spread: spreadOf(reader, ratio, r.row, numerator, denominator, quotient) }, scale);
  };
  const explained = new Set<number>();
  const column = context.table.columns.find((c) => c.col === ratio.target)?.header ?? '';
  for (const amount of amountsBehindRatios(reader, ratio, judged, scale, holdsWith)) {
    const own = rows.find((r) => r.row === amount.row)!;
    context.report({
      messageId: amount.candidates === 1 ? 'budgetRatioAmount' : 'budgetRatioAmountAbout',
      at: { row: amount.row, col: amount.col },
      related: amount.explains.map((row) => ({ row, col: ratio.target })),
      expected: formatDecimal(amount.expected),
      actual: formatDecimal(amount.actual),
      difference: formatDecimal(amount.actual.minus(amount.expected)),
      params: {
        rowName: rowName(own.info),
        amountColumn: context.table.columns.find((c) => c.col === amount.col)?.header ?? '',
        column,
        count: amount.explains.length,
        rows: amount.explains.map((row) => cellAddress(row, ratio.target)).join(', '),
        low: formatDecimal(amount.low),
        high: formatDecimal(amount.high),
      },
      // The ratios pin the amount only up to their rounding: a value is written only where one fits.
      ...(amount.candidates === 1 ? { fix: { value: amount.expected.toFixed() } } : {}),
    });
    for (const row of amount.explains) explained.add(row);
  }
  return explained;
}

/** Half a unit of the cell's last shown digit, and the amounts' own rounding carried into the ratio. */
function allowance(r: RatioRow, scale: number): Decimal {
  return new Decimal(10).pow(-r.decimals).dividedBy(2).plus(r.spread.times(scale));
}

/** The rows with both amounts, a non-zero denominator and a number in the ratio cell (the first `limit` of them). */
function ratioRows(context: RuleContext, reader: BudgetReader, ratio: RatioColumn, limit = Number.POSITIVE_INFINITY): RatioRow[] {
  const { amounts } = reader;
  const found: RatioRow[] = [];
  for (const info of context.table.rows) {
    if (found.length >= limit) break;
    const { row } = info;
    if (!isDataRow(info)) continue;
    const denominatorRow = ratio.denominatorRow ?? row;
    if (!amounts.isAmount(row, ratio.numerator) || !amounts.isAmount(denominatorRow, ratio.denominator)) continue;
    const numerator = amounts.decimal(row, ratio.numerator)!;
    const denominator = amounts.decimal(denominatorRow, ratio.denominator)!;
    if (denominator.isZero()) continue;
    const shown = shownRatio(context, row, ratio.target);
    if (!shown) continue;
    const quotient = numerator.dividedBy(denominator);
    const spread = spreadOf(reader, ratio, row, numerator, denominator, quotient);
    found.push({ row, info, numerator, denominator, quotient, spread, ...shown });
  }
  return found;
}

/** What rounding the two amounts leave in their quotient: a rounded amount is off by up to half its last unit, and the quotient moves by that share of each. */
function spreadOf(reader: BudgetReader, ratio: RatioColumn, row: number, numerator: Decimal, denominator: Decimal, quotient: Decimal): Decimal {
  const share = (value: Decimal, at: number, col: number) => {
    const decimals = decimalsShownAt(reader, at, col);
    return decimals === undefined || value.isZero() ? new Decimal(0) : new Decimal(10).pow(-decimals).dividedBy(2).dividedBy(value.abs());
  };
  return quotient.abs().times(share(numerator, row, ratio.numerator).plus(share(denominator, ratio.denominatorRow ?? row, ratio.denominator)));
}

/** The ratio cell as shown: its number (in points when formatted as a percentage) and its decimals. */
function shownRatio(context: RuleContext, row: number, col: number): Pick<RatioRow, 'written' | 'decimals' | 'percentFormatted'> | undefined {
  const quantity = context.quantity(row, col);
  if (quantity.kind !== 'number' || quantity.per || quantity.bound) return undefined;
  const cell = context.cell(row, col)!;
  if (typeof cell.value === 'string') return { written: quantity.value, decimals: writtenDecimals(cell.value, conventionAt(context.table, row, col)), percentFormatted: false };
  const format = cell.numberFormat;
  const percentFormatted = format !== undefined && format.includes('%');
  const written = percentFormatted ? quantity.value.times(100) : quantity.value;
  // General shows what it holds.
  const decimals = decimalsShown(format) ?? Math.min(quantity.value.decimalPlaces(), 10);
  return { written, decimals, percentFormatted };
}

/**
 * The table's findings once its slips are located, without the ratio findings whose amounts are in
 * doubt: a cell located as wrong (a fix), or a cell of a total whose wrong cell cannot be told ("one
 * of N", unlocated). Rounding notes put nothing in doubt. `findings`: one table's, after applyLocations.
 */
export function settleRatios(findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.rule === rule.meta.id)) return findings;
  const inDoubt = new Set<string>();
  for (const finding of findings) {
    if (finding.rule === rule.meta.id || finding.causeId || finding.severity === 'info' || !finding.rule.startsWith('budget/')) continue;
    if (finding.fix) inDoubt.add(finding.fix.cell);
    else if (finding.severity === 'error') for (const cell of [finding.cell, ...finding.cells]) inDoubt.add(cell);
  }
  // An amount this rule blames itself (budgetRatioAmount) that localisation located too is said once, by localisation.
  return findings.filter((f) => f.rule !== rule.meta.id || !(f.cells.some((cell) => inDoubt.has(cell)) || (f.messageId?.startsWith('budgetRatioAmount') && inDoubt.has(f.cell))));
}
