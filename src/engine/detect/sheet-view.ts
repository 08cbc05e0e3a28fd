import type { Cell, CellRange, SheetGrid } from '../types';

/**
 * Read access to a grid in sheet coordinates, with merged areas resolved: every cell of a merged
 * area shows the text of its top-left cell, as the officer sees it.
 */
export class SheetView {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeByCell = new Map<number, CellRange>();

  constructor(readonly grid: SheetGrid) {
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    this.bottom = grid.origin.row + grid.cells.length - 1;
    let width = 0;
    for (const row of grid.cells) if (row && row.length > width) width = row.length;
    this.right = grid.origin.col + width - 1;
    for (const merge of grid.merges) {
      const area = (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1);
      if (area > 10_000) continue; // a merge over a whole block is layout, not a header
      for (let r = merge.top; r <= merge.bottom; r++) {
        for (let c = merge.left; c <= merge.right; c++) this.mergeByCell.set(this.key(r, c), merge);
      }
    }
  }

  /** The cell as Excel holds it; inside a merged area only the top-left cell holds anything. */
  cell(row: number, col: number): Cell | undefined {
    const merge = this.mergeByCell.get(this.key(row, col));
    if (merge && (merge.top !== row || merge.left !== col)) return undefined;
    return this.grid.cells[row - this.top]?.[col - this.left];
  }

  /** The merged area a cell belongs to, if any. */
  merge(row: number, col: number): CellRange | undefined {
    return this.mergeByCell.get(this.key(row, col));
  }

  /** The cell's text as shown, taking merged areas into account. */
  text(row: number, col: number): string {
    const merge = this.merge(row, col);
    const cell = merge ? this.cell(merge.top, merge.left) : this.cell(row, col);
    return textOf(cell);
  }

  /** The cell's own text, ignoring merges. */
  ownText(row: number, col: number): string {
    return textOf(this.cell(row, col));
  }

  isEmpty(row: number, col: number): boolean {
    return this.ownText(row, col) === '';
  }

  /** Columns of a row that hold something, own cells only. */
  filledColumns(row: number, left = this.left, right = this.right): number[] {
    const cells = this.grid.cells[row - this.top];
    const filled: number[] = [];
    if (!cells) return filled;
    const last = Math.min(right, this.left + cells.length - 1);
    const merged = this.mergeByCell.size > 0;
    for (let c = Math.max(left, this.left); c <= last; c++) {
      const value = cells[c - this.left]?.value;
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
      if (merged && this.cell(row, c) === undefined) continue;
      filled.push(c);
    }
    return filled;
  }

  private key(row: number, col: number): number {
    return row * 20_000 + col;
  }
}

export function textOf(cell: Cell | undefined): string {
  if (!cell) return '';
  const { value } = cell;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return String(value).trim();
}
