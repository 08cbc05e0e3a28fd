import { fold } from '../text';
import { readCell } from '../numbers';
import type { ColumnIdentity, ColumnInfo, NumberConvention } from '../types';
import { tried, type DataRows } from './column-identities';
import { ownLine } from './columns';
import { namesDifference } from './keywords';
import type { SheetView } from './sheet-view';

/** Rows a difference must hold on before its other rows are judged by it. */
const MIN_HELD = 3;

/**
 * The row identities of the table's columns of differences that no column-number row states:
 * `Tăng (+), giảm (-)` after `Kế hoạch đã giao | Kế hoạch sau điều chỉnh`, `Chênh lệch` after
 * `Dự toán | Quyết toán`, `So sánh: Tuyệt đối`. A header names a difference but not its two
 * amounts, so the pair is read from the figures (as an unstated ratio is, rules/budget/ratio.ts):
 * the two amount columns to its left whose difference (either way round) the column shows on most
 * of its rows, three at least; where two pairs do equally, none is taken. Each identity is
 * `difference = minuend − subtrahend` on every row, a row identity the localisation reads like any
 * other (a wrong `Tăng, giảm` on one row is then that cell, not "one of" the column's cells).
 *
 * `columns`: the table's settled columns; `data`: its data rows (sheet rows); `stated`: targets a
 * column-number row or a header already gives an identity to, left as they are.
 */
export function differenceIdentities(view: SheetView, columns: ColumnInfo[], data: DataRows, convention: NumberConvention | undefined, stated: ReadonlySet<number>): ColumnIdentity[] {
  const amounts = columns.filter((c) => c.role === 'amount');
  const identities: ColumnIdentity[] = [];
  const figures = new Map<number, Figures>();
  const figuresOf = (col: number) => {
    let read = figures.get(col);
    if (!read) figures.set(col, (read = readFigures(view, col, data, convention)));
    return read;
  };
  for (const column of amounts) {
    if (stated.has(column.col) || !namesDifference(fold(ownLine(column.header)), true)) continue;
    // A difference stands after the two amounts it compares: only the columns to its left are tried.
    const before = amounts.filter((c) => c.col < column.col);
    const target = figuresOf(column.col);
    // Every pair screened on the figures as doubles (each column read once); the best confirmed exactly (tried).
    const screened: { minuend: number; subtrahend: number; held: number }[] = [];
    for (const minuend of before) {
      for (const subtrahend of before) {
        if (minuend === subtrahend) continue;
        const held = heldRoughly(target, figuresOf(minuend.col), figuresOf(subtrahend.col));
        if (held >= MIN_HELD) screened.push({ minuend: minuend.col, subtrahend: subtrahend.col, held });
      }
    }
    let best: { terms: { col: number; coef: number }[]; held: number } | undefined;
    let tie = false;
    for (const { minuend, subtrahend } of screened.sort((a, b) => b.held - a.held).slice(0, CONFIRMED)) {
      const terms = [
        { col: minuend, coef: 1 },
        { col: subtrahend, coef: -1 },
      ];
      const { held, broken } = tried(view, column.col, terms, data, convention);
      if (held < MIN_HELD || held <= broken) continue;
      if (!best || held > best.held) {
        best = { terms, held };
        tie = false;
      } else if (held === best.held) tie = true;
    }
    if (best && !tie) identities.push({ target: column.col, terms: best.terms.sort((a, b) => a.col - b.col), relation: '=', stated: false, origin: 'difference' });
  }
  return identities;
}

/** How many of the best screened pairs are tried exactly: the best and those that might tie with it. */
const CONFIRMED = 4;

/** Rows read to screen the pairs: as many as tried() reads. */
const SCREENED_ROWS = 400;

/** A column's figures on the first data rows, as doubles (NaN: no number), with the decimals each shows. */
interface Figures {
  values: Float64Array;
  decimals: Uint8Array;
}

function readFigures(view: SheetView, col: number, data: DataRows, convention: NumberConvention | undefined): Figures {
  const count = Math.max(0, Math.min(data.bottom, data.top + SCREENED_ROWS - 1) - data.top + 1);
  const values = new Float64Array(count);
  const decimals = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const read = readCell(view.cell(data.top + i, col), convention);
    values[i] = read.kind === 'number' ? read.value.toNumber() : read.kind === 'empty' ? 0 : Number.NaN;
    if (read.kind === 'number') decimals[i] = Math.min(255, read.value.decimalPlaces());
  }
  return { values, decimals };
}

/**
 * On how many rows with a difference (not 0) `target = minuend − subtrahend` holds within the
 * rounding the figures show (as tried() allows it: half a unit of the last digit per figure), in doubles.
 */
function heldRoughly(target: Figures, minuend: Figures, subtrahend: Figures): number {
  let held = 0;
  for (let i = 0; i < target.values.length; i++) {
    const t = target.values[i];
    if (t === 0 || Number.isNaN(t)) continue;
    const a = minuend.values[i];
    const b = subtrahend.values[i];
    const decimals = Math.max(target.decimals[i], minuend.decimals[i], subtrahend.decimals[i]);
    // 1.5 units of the last digit (three figures, half a unit each), and a little for the doubles.
    if (Math.abs(a - b - t) <= 1.5 * 10 ** -decimals + Math.abs(t) * 1e-12) held++;
  }
  return held;
}
