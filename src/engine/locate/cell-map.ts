import { lender } from '../arrays';
import type { CellRange } from '../types';

/** Past this many cells they go into a flat array over the table's area. */
const FEW = 1024;

/**
 * A whole number (≥ 0) per cell: which broken identity claimed a cell first, as localisation sorts
 * them into components. Most broken identities hold a dozen cells: a map, with nothing allocated for
 * the table's area. A total of thousands of items: past FEW, a flat array over the table's area (and
 * the map for the rare cell outside it, which a formula may add).
 */
export class CellMap {
  private readonly width: number;
  private readonly size: number;
  /** Value + 1 per cell of the area (0 when none), once the cells are many. */
  private inside: Int32Array | undefined = undefined;
  private readonly outside = new Map<number, number>();

  constructor(private readonly range: CellRange) {
    this.width = range.right - range.left + 1;
    this.size = Math.max(0, (range.bottom - range.top + 1) * this.width);
  }

  /** The cell's number, or -1 when it has none. */
  get(row: number, col: number): number {
    const i = this.inside ? this.indexOf(row, col) : -1;
    return i >= 0 ? this.inside![i] - 1 : (this.outside.get(row * 20_000 + col) ?? -1);
  }

  set(row: number, col: number, value: number): void {
    if (!this.inside && this.outside.size >= FEW) this.spread();
    const i = this.inside ? this.indexOf(row, col) : -1;
    if (i >= 0) this.inside![i] = value + 1;
    else this.outside.set(row * 20_000 + col, value);
  }

  /** Moves the cells of the area from the map into the flat array. */
  private spread(): void {
    const inside = (this.inside = lender.int32(this.size));
    for (const [key, value] of this.outside) {
      const i = this.indexOf(Math.floor(key / 20_000), key % 20_000);
      if (i < 0) continue;
      inside[i] = value + 1;
      this.outside.delete(key);
    }
  }

  private indexOf(row: number, col: number): number {
    const r = row - this.range.top;
    const c = col - this.range.left;
    return r >= 0 && c >= 0 && c < this.width && r * this.width + c < this.size ? r * this.width + c : -1;
  }
}
