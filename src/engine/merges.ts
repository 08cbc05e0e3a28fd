import type { CellRange, SheetGrid } from './types';
import { WeakMemo } from './memo';

/** A merge larger than this is page layout (a frame over a whole block), not a merged cell: as the detector reads it. */
const LAYOUT_AREA = 10_000;

/**
 * Per sheet row, the merged areas crossing it, sorted by left column (merged areas never overlap).
 * Rows of the grid's extent are looked up in an array (asked for nearly every cell the detector
 * reads), rows outside it in a map (merges may lie anywhere on the sheet). Look-ups are methods:
 * the sheet view calls them without going through this module's exports.
 */
export class MergeIndex {
  /** Whether any merged area is indexed. */
  any = false;
  readonly inside: (CellRange[] | undefined)[];
  readonly outside = new Map<number, CellRange[]>();

  /** `top`: sheet row of `inside[0]`, the grid's first row; `height`: the grid's rows. */
  constructor(readonly top: number, height: number) {
    this.inside = new Array<CellRange[] | undefined>(height).fill(undefined);
  }

  /** The merged areas crossing a sheet row; undefined when none does. */
  inRow(row: number): CellRange[] | undefined {
    const i = row - this.top;
    return i >= 0 && i < this.inside.length ? this.inside[i] : this.outside.get(row);
  }

  /** The merged area of a row's list (sorted by left column) holding column `col`: a binary search. */
  find(list: CellRange[], col: number): CellRange | undefined {
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const merge = list[middle];
      if (col < merge.left) high = middle - 1;
      else if (col > merge.right) low = middle + 1;
      else return merge;
    }
    return undefined;
  }
}

const indexes = new WeakMemo<SheetGrid, MergeIndex>();
const NONE = new MergeIndex(0, 0);

/** The grid's merged areas by row, indexed once (time and memory linear in the merged cells, at most LAYOUT_AREA each). */
export function mergeIndexOf(grid: SheetGrid): MergeIndex {
  if (grid.merges.length === 0) return NONE;
  let index = indexes.get(grid);
  if (index) return index;
  const top = grid.origin.row;
  const height = grid.cells.length;
  index = new MergeIndex(top, height);
  for (let m = 0; m < grid.merges.length; m++) {
    const merge = grid.merges[m];
    if ((merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) > LAYOUT_AREA) continue;
    index.any = true;
    for (let row = merge.top; row <= merge.bottom; row++) {
      const list = index.inRow(row);
      if (list) list.push(merge);
      else if (row >= top && row < top + height) index.inside[row - top] = [merge];
      else index.outside.set(row, [merge]);
    }
  }
  for (let i = 0; i < height; i++) {
    const list = index.inside[i];
    if (list && list.length > 1) list.sort((a, b) => a.left - b.left);
  }
  for (const list of index.outside.values()) if (list.length > 1) list.sort((a, b) => a.left - b.left);
  indexes.set(grid, index);
  return index;
}

/**
 * The merged area holding the cell at sheet (row, col), if any. The grid's merges are indexed by
 * row once; each look-up is then a binary search in its row.
 */
export function mergeAt(grid: SheetGrid, row: number, col: number): CellRange | undefined {
  if (grid.merges.length === 0) return undefined;
  const index = mergeIndexOf(grid);
  const list = index.inRow(row);
  return list ? index.find(list, col) : undefined;
}
