import type { CellRange, SheetGrid } from './types';

/** A merge larger than this is page layout (a frame over a whole block), not a merged cell: as the detector reads it. */
const LAYOUT_AREA = 10_000;

/** Per sheet row, the merged areas crossing it, sorted by left column (merged areas never overlap). */
type MergeIndex = Map<number, CellRange[]>;

const indexes = new WeakMap<SheetGrid, MergeIndex>();

function indexOf(grid: SheetGrid): MergeIndex {
  let index = indexes.get(grid);
  if (index) return index;
  index = new Map();
  for (const merge of grid.merges) {
    if ((merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) > LAYOUT_AREA) continue;
    for (let row = merge.top; row <= merge.bottom; row++) {
      const list = index.get(row);
      if (list) list.push(merge);
      else index.set(row, [merge]);
    }
  }
  for (const list of index.values()) if (list.length > 1) list.sort((a, b) => a.left - b.left);
  indexes.set(grid, index);
  return index;
}

/**
 * The merged area holding the cell at sheet (row, col), if any. The grid's merges are indexed by
 * row once (time and memory linear in the merged cells, at most LAYOUT_AREA each); each look-up is
 * then a binary search in its row.
 */
export function mergeAt(grid: SheetGrid, row: number, col: number): CellRange | undefined {
  if (grid.merges.length === 0) return undefined;
  const list = indexOf(grid).get(row);
  if (!list) return undefined;
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

/** Whether the grid has any merged area that is not page layout. */
export function hasMerges(grid: SheetGrid): boolean {
  return grid.merges.length > 0 && indexOf(grid).size > 0;
}

/** The merged areas crossing a sheet row, sorted by left column; undefined when none does. */
export function mergedRow(grid: SheetGrid, row: number): CellRange[] | undefined {
  return grid.merges.length === 0 ? undefined : indexOf(grid).get(row);
}
