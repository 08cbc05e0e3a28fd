import { formulaSum, readSumRanges } from '../rules/budget/formula-refs';
import type { BudgetReader } from '../rules/budget/model';

/** Ranges of more cells than this are kept whole and tested, not spread over their cells. */
const SPREAD = 64;

/**
 * Which plain-sum formulas on the table's total rows add each cell, once per time they add it: the
 * totals Excel recomputes when the cell changes, where the table's identities may not read them so
 * (`=C35+C34`, a grand total over a subtotal). The formulas of the other rows (a row's own total, a
 * parent's sum of its children) are followed through the identities. Built in one pass, with nothing allocated
 * per cell: small ranges are spread over their cells in flat arrays; large ones (`SUM(C5:C800)`)
 * are few, and are tested whole.
 */
export class FormulaIndex {
  private readonly top: number;
  private readonly left: number;
  private readonly width: number;
  /** Per cell of the table's area: its first entry + 1 (0: none). */
  private readonly head: Int32Array;
  /** Per entry: the next entry of the same cell + 1, and the formula cell. */
  private readonly next: number[] = [];
  private readonly rows: number[] = [];
  private readonly cols: number[] = [];
  /** By column: each large range over it (or one reaching outside the table) as top, bottom, formula row, formula column. */
  private readonly wide = new Map<number, number[]>();

  constructor(reader: BudgetReader) {
    const { range, rows, columns } = reader.table;
    this.top = range.top;
    this.left = range.left;
    this.width = Math.max(0, range.right - range.left + 1);
    this.head = new Int32Array(this.width * Math.max(0, range.bottom - range.top + 1));
    const ranges: number[] = [];
    for (const { row, kind } of rows) {
      if (kind !== 'total') continue;
      for (const { role, col } of columns) {
        if (role !== 'amount') continue;
        const formula = reader.cell(row, col)?.formula;
        if (formula === undefined) continue;
        // SUBTOTAL(9/109, …) as formulaSum reads it (rare); every other plain sum read in place.
        if (/subtotal/i.test(formula)) {
          for (const ref of formulaSum(formula)?.cells ?? []) this.add(ref.row, ref.col, ref.row, ref.col, row, col);
          continue;
        }
        const count = readSumRanges(formula, ranges);
        for (let i = 0; i < count; i += 4) this.add(ranges[i], ranges[i + 1], ranges[i + 2], ranges[i + 3], row, col);
      }
    }
  }

  /** Calls `visit` with each formula cell that adds (row, col), once per time it adds it. */
  forEach(row: number, col: number, visit: (row: number, col: number) => void): void {
    const index = this.indexOf(row, col);
    for (let entry = index >= 0 ? this.head[index] : 0; entry > 0; entry = this.next[entry - 1]) visit(this.rows[entry - 1], this.cols[entry - 1]);
    const wide = this.wide.get(col);
    if (wide) for (let i = 0; i < wide.length; i += 4) if (row >= wide[i] && row <= wide[i + 1]) visit(wide[i + 2], wide[i + 3]);
  }

  private add(top: number, left: number, bottom: number, right: number, row: number, col: number): void {
    if ((bottom - top + 1) * (right - left + 1) > SPREAD || this.indexOf(top, left) < 0 || this.indexOf(bottom, right) < 0) {
      for (let c = left; c <= right; c++) {
        const list = this.wide.get(c);
        if (list) list.push(top, bottom, row, col);
        else this.wide.set(c, [top, bottom, row, col]);
      }
      return;
    }
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const index = this.indexOf(r, c);
        this.next.push(this.head[index]);
        this.rows.push(row);
        this.cols.push(col);
        this.head[index] = this.next.length;
      }
    }
  }

  private indexOf(row: number, col: number): number {
    const r = row - this.top;
    const c = col - this.left;
    return r >= 0 && c >= 0 && c < this.width && r * this.width + c < this.head.length ? r * this.width + c : -1;
  }
}
