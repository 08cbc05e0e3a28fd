import { Decimal } from '../../numbers';
import type { RatioColumn } from '../../types';
import { formulaSum } from './formula-refs';
import type { BudgetReader } from './model';

/**
 * An amount behind a ratio column's broken rows: one typed cell whose other value makes its own
 * row's ratio and the ratio of every total that adds it up by formula agree again.
 *
 * Why: where every total is a SUM, a mistyped amount breaks no sum (the SUMs follow it) and shows
 * only in the ratio column, on its own row and on each total's row above it, whose typed
 * percentages were worked out from the right figure. Blaming those ratio cells proposes a wrong
 * value for each of them, two or more correct cells; one amount explains them all. Its other value
 * is known only up to the ratios' rounding: `candidates` holds every value, at the amount's own
 * decimals, that every ratio it moves accepts.
 */
export interface AmountBehindRatios {
  row: number;
  col: number;
  actual: Decimal;
  /** The value the amount's own row's ratio gives, at the amount's decimals (one of `candidates`). */
  expected: Decimal;
  /** How many values every ratio the amount moves accepts (a fix only when one), the least and the greatest. */
  candidates: number;
  low: Decimal;
  high: Decimal;
  /** Sheet rows of the broken ratios it explains, its own first. */
  explains: number[];
}

/** A ratio row as the ratio rule judges it. */
export interface JudgedRatioRow {
  row: number;
  numerator: Decimal;
  denominator: Decimal;
  written: Decimal;
  holds: boolean;
}

/** Whether a row's ratio holds with other amounts (its allowance worked out for them). */
export type HoldsWith = (row: JudgedRatioRow, numerator: Decimal, denominator: Decimal) => boolean;

/** Candidate values tried per amount at most: a looser interval tells nothing. */
const MAX_CANDIDATES = 200;

/**
 * The amounts behind a ratio column's broken rows (see AmountBehindRatios), each explaining two
 * broken ratios at least and breaking none that holds; a broken row both amounts of which could
 * explain it is left to the ratio (the numbers cannot tell which). A share of a total row
 * (`denominatorRow`) is not looked at: its denominator is one cell for every row.
 */
export function amountsBehindRatios(reader: BudgetReader, ratio: RatioColumn, rows: JudgedRatioRow[], scale: number, holdsWith: HoldsWith): AmountBehindRatios[] {
  if (ratio.denominatorRow !== undefined) return [];
  const broken = rows.filter((r) => !r.holds);
  if (broken.length < 2) return [];
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const found: AmountBehindRatios[] = [];
  const explained = new Set<number>();
  const followers = new FollowerIndex(reader);
  for (const start of broken) {
    if (explained.has(start.row)) continue;
    const answers = [ratio.numerator, ratio.denominator]
      .map((col) => tryAmount(reader, followers, byRow, start, col, col === ratio.numerator, scale, holdsWith))
      .filter((a): a is AmountBehindRatios => a !== undefined);
    if (answers.length !== 1) continue;
    found.push(answers[0]);
    for (const row of answers[0].explains) explained.add(row);
  }
  return found;
}

function tryAmount(
  reader: BudgetReader,
  followers: FollowerIndex,
  byRow: Map<number, JudgedRatioRow>,
  start: JudgedRatioRow,
  col: number,
  isNumerator: boolean,
  scale: number,
  holdsWith: HoldsWith,
): AmountBehindRatios | undefined {
  // A formula's result is never the wrong cell: its formula is, or one of the cells it adds.
  if (reader.cell(start.row, col)?.formula) return undefined;
  const actual = isNumerator ? start.numerator : start.denominator;
  // The ratios the amount moves: its own row's, and those of the rows whose formulas add it up.
  const moved = [...followers.of(start.row, col)].map((row) => byRow.get(row)).filter((r): r is JudgedRatioRow => r !== undefined);
  const explains = moved.filter((r) => !r.holds);
  if (explains.length < 2 || !explains.includes(start)) return undefined;
  const decimals = Math.max(actual.decimalPlaces(), ...moved.map((r) => (isNumerator ? r.numerator : r.denominator).decimalPlaces()));
  const guess = (isNumerator ? start.written.times(start.denominator) : start.numerator.times(scale).dividedBy(start.written)).dividedBy(isNumerator ? scale : 1);
  if (!guess.isFinite() || guess.isZero()) return undefined;
  const step = new Decimal(10).pow(-decimals);
  const holdsAll = (value: Decimal) => {
    const delta = value.minus(actual);
    return moved.every((r) => (isNumerator ? holdsWith(r, r.numerator.plus(delta), r.denominator) : holdsWith(r, r.numerator, r.denominator.plus(delta))));
  };
  // Every value at the amount's decimals around the guess that all the moved ratios accept: they
  // stand in one run (each ratio accepts an interval), walked out from the guess both ways.
  const centre = guess.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (!holdsAll(centre)) return undefined;
  const accepted: Decimal[] = [];
  for (const direction of [-1, 1]) {
    for (let k = direction === -1 ? 0 : 1; accepted.length <= MAX_CANDIDATES; k++) {
      const value = centre.plus(step.times(k * direction));
      if (!holdsAll(value)) break;
      accepted.push(value);
    }
  }
  if (accepted.length > MAX_CANDIDATES) return undefined;
  const own = explains.filter((r) => r !== start).map((r) => r.row);
  const sorted = accepted.sort((a, b) => a.comparedTo(b));
  return { row: start.row, col, actual, expected: centre, candidates: accepted.length, low: sorted[0], high: sorted[sorted.length - 1], explains: [start.row, ...own] };
}

/**
 * Which rows' cells in a column follow a cell by formula: the sums (`SUM`, `+`) that add it, and the
 * sums that add those. The column's formulas are read once, into the rows each sum adds.
 */
class FollowerIndex {
  private readonly byColumn = new Map<number, Map<number, number[]>>();

  constructor(private readonly reader: BudgetReader) {}

  /** The sheet rows that move with (row, col): the row itself and every sum above it, in the column. */
  of(row: number, col: number): Set<number> {
    const addedBy = this.column(col);
    const seen = new Set<number>([row]);
    const queue = [row];
    while (queue.length > 0) {
      for (const next of addedBy.get(queue.pop()!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return seen;
  }

  /** For each row of the column, the rows whose formula in that column adds it. */
  private column(col: number): Map<number, number[]> {
    let addedBy = this.byColumn.get(col);
    if (addedBy) return addedBy;
    addedBy = new Map();
    const { range } = this.reader.table;
    for (let row = range.top; row <= range.bottom; row++) {
      const formula = this.reader.cell(row, col)?.formula;
      const sum = formula ? formulaSum(formula) : undefined;
      if (!sum) continue;
      for (const cell of sum.cells) {
        if (cell.col !== col) continue;
        const list = addedBy.get(cell.row);
        if (list) list.push(row);
        else addedBy.set(cell.row, [row]);
      }
    }
    this.byColumn.set(col, addedBy);
    return addedBy;
  }
}
