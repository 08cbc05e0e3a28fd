import { mergeIndexOf, type MergeIndex } from '../merges';
import { EMPTY_GRID, keepShapes } from '../shapes';
import type { Cell, CellRange, SheetGrid } from '../types';

/**
 * Read access to a grid in sheet coordinates, with merged areas resolved: every cell of a merged
 * area shows the text of its top-left cell, as the officer sees it.
 *
 * Merged areas are looked up in the grid's index by row (../merges.ts): time and memory linear in
 * the merged rows, never in the merged cells.
 */
export class SheetView {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The grid's merged areas by row (../merges.ts), looked up once: asked for nearly every cell read. */
  private readonly merges: MergeIndex;

  constructor(readonly grid: SheetGrid) {
    this.merges = mergeIndexOf(grid);
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    this.bottom = grid.origin.row + grid.cells.length - 1;
    let width = 0;
    for (let r = 0; r < grid.cells.length; r++) width = Math.max(width, grid.cells[r]?.length ?? 0);
    this.right = grid.origin.col + width - 1;
  }

  /** The cell as Excel holds it; inside a merged area only the top-left cell holds anything. */
  cell(row: number, col: number): Cell | undefined {
    const cell = this.grid.cells[row - this.top]?.[col - this.left];
    if (cell === undefined || !this.merges.any) return cell;
    const list = this.merges.inRow(row);
    if (list === undefined) return cell;
    const merge = this.merges.find(list, col);
    return merge && (merge.top !== row || merge.left !== col) ? undefined : cell;
  }

  /** The merged area a cell belongs to, if any. */
  merge(row: number, col: number): CellRange | undefined {
    if (!this.merges.any) return undefined;
    const list = this.merges.inRow(row);
    return list && this.merges.find(list, col);
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

  /** `ownText(row, col) === ''`, without building the text of a number. */
  isEmpty(row: number, col: number): boolean {
    const value = this.cell(row, col)?.value;
    if (value === undefined || value === null) return true;
    if (typeof value === 'string') return value.trim() === '';
    return typeof value === 'object' && value.error === '';
  }

  /** Columns of a row that hold something, own cells only. */
  filledColumns(row: number, left = this.left, right = this.right): number[] {
    const filled: number[] = [];
    for (let c = this.nextFilled(row, left, right); c >= 0; c = this.nextFilled(row, c + 1, right)) filled.push(c);
    return filled;
  }

  /** The first column from `left` to `right` of a row that holds something (own cells only); -1 when none does. */
  nextFilled(row: number, left = this.left, right = this.right): number {
    const cells = this.grid.cells[row - this.top];
    if (!cells) return -1;
    const last = Math.min(right, this.left + cells.length - 1);
    const merges = this.merges.any ? this.merges.inRow(row) : undefined;
    for (let c = Math.max(left, this.left); c <= last; c++) {
      const value = cells[c - this.left]?.value;
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
      if (merges !== undefined) {
        // Inside a merged area only its top-left cell holds anything.
        const merge = this.merges.find(merges, c);
        if (merge && (merge.top !== row || merge.left !== c)) continue;
      }
      return c;
    }
    return -1;
  }
}

// Its optimised readers outlive every check (../shapes.ts).
keepShapes(new SheetView(EMPTY_GRID));

export function textOf(cell: Cell | undefined): string {
  if (!cell) return '';
  const { value } = cell;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return String(value).trim();
}
