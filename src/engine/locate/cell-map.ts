import type { CellRange } from '../types';

/**
 * A whole number (≥ 0) per cell, without an entry object per cell: a flat array over the table's
 * area, and a map for the rare cell outside it (a formula may add one). Localisation's walks mark
 * thousands of cells per slip.
 */
export class CellMap {
  private readonly width: number;
  /** Value + 1 per cell of the area; 0 when none. */
  private readonly inside: Int32Array;
  private readonly outside = new Map<number, number>();

  constructor(private readonly range: CellRange) {
    this.width = range.right - range.left + 1;
    this.inside = new Int32Array(Math.max(0, (range.bottom - range.top + 1) * this.width));
  }

  /** The cell's number, or -1 when it has none. */
  get(row: number, col: number): number {
    const i = this.indexOf(row, col);
    return i >= 0 ? this.inside[i] - 1 : (this.outside.get(row * 20_000 + col) ?? -1);
  }

  set(row: number, col: number, value: number): void {
    const i = this.indexOf(row, col);
    if (i >= 0) this.inside[i] = value + 1;
    else this.outside.set(row * 20_000 + col, value);
  }

  private indexOf(row: number, col: number): number {
    const r = row - this.range.top;
    const c = col - this.range.left;
    return r >= 0 && c >= 0 && c < this.width && r * this.width + c < this.inside.length ? r * this.width + c : -1;
  }
}
