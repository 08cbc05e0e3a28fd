import { EMPTY_GRID, keepShapes } from './shapes';
import type { Cell, SheetGrid } from './types';

/**
 * Where a sheet's few telling cells are, found in one pass over its grid and kept for the check
 * under way (indexCells … forgetCells): the checks that look only at text (text numbers, the number
 * convention), at error values or at numbers formatted as percentages go straight to them, where
 * each used to walk every cell of its tables. A budget sheet is mostly numbers, and a walk over
 * hundreds of thousands of cells costs as much as the check.
 *
 * Cells are the grid's own (a cell a merged area covers is listed too: the callers' views decide
 * what it shows). Rows and columns are sheet coordinates; every list is in reading order.
 */
export class CellIndex {
  /** Sheet rows of the text cells of each column, by `col - origin.col`. */
  private readonly texts: (number[] | undefined)[] = [];
  /** Sheet rows of the numbers with a `%` in their format, by `col - origin.col`. */
  private readonly percents: (number[] | undefined)[] = [];
  /** Cells holding an error value or a text with `#` (how a CSV writes an error), row by row: sheet rows and columns. */
  readonly markedRows: number[] = [];
  readonly markedCols: number[] = [];
  private readonly left: number;

  /**
   * `onText`: what else reads every text of the sheet, in the same pass (the legacy-encoding scan).
   * An object with a method rather than a closure made per check: the optimised pass calls the
   * method, and outlives the check (shapes.ts).
   */
  constructor(grid: SheetGrid, onText?: TextReader) {
    const { cells, origin } = grid;
    this.left = origin.col;
    // Row by row through a method: called for every row, it keeps its optimised code from one check
    // to the next, where a loop over every cell here would be compiled anew (on the stack) each time.
    for (let r = 0; r < cells.length; r++) {
      const line = cells[r];
      if (line) this.indexRow(line, origin.row + r, onText);
    }
  }

  private indexRow(line: readonly (Cell | undefined)[], row: number, onText: TextReader | undefined): void {
    for (let c = 0; c < line.length; c++) {
      const cell = line[c];
      if (cell === undefined) continue;
      const value = cell.value;
      if (typeof value === 'string') {
        (this.texts[c] ??= []).push(row);
        if (onText !== undefined) onText.add(value);
        if (value.includes('#')) this.mark(row, this.left + c);
      } else if (typeof value === 'number') {
        if (cell.numberFormat !== undefined && cell.numberFormat.includes('%')) (this.percents[c] ??= []).push(row);
      } else if (value !== null && typeof value === 'object') this.mark(row, this.left + c);
    }
  }

  private mark(row: number, col: number): void {
    this.markedRows.push(row);
    this.markedCols.push(col);
  }

  /** Sheet rows of the column's text cells, ascending. */
  textRows(col: number): readonly number[] {
    return this.texts[col - this.left] ?? NONE;
  }

  /** Sheet rows of the column's numbers formatted with a `%`, ascending. */
  percentRows(col: number): readonly number[] {
    return this.percents[col - this.left] ?? NONE;
  }
}

/** What reads every text of a sheet alongside the index. */
export interface TextReader {
  add(text: string): void;
}

const NONE: readonly number[] = [];
// Its optimised readers outlive every check (shapes.ts).
keepShapes(new CellIndex(EMPTY_GRID));
const indexes = new WeakMap<SheetGrid, CellIndex>();

/** Indexes the grid's cells for one check, until forgetCells(): a caller may change a grid between two checks. */
export function indexCells(grid: SheetGrid, onText?: TextReader): CellIndex {
  const index = new CellIndex(grid, onText);
  indexes.set(grid, index);
  return index;
}

/** Drops the grid's index at the end of its check. */
export function forgetCells(grid: SheetGrid): void {
  indexes.delete(grid);
}

/** The index of the check under way, else one built now for the caller (time linear in the grid's cells, memory in its text cells). */
export function cellIndexOf(grid: SheetGrid): CellIndex {
  return indexes.get(grid) ?? new CellIndex(grid);
}
