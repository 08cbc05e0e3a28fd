/**
 * A CSV file has no types: every field is text, and the engine reads the figures of each table in
 * the table's number convention (`4.970` is 4970 in a Vietnamese file, `4,970` in an English one).
 * When the page saves a corrected CSV as an .xlsx, those figures must become numbers, or Excel's SUM
 * skips them and the copy's own check calls each a number stored as text.
 */
import type { Cell, ColumnRole, SheetGrid, TableSummary } from '../engine';
import { parseCellAddress, parseRangeAddress } from '../engine';
import { conventionAt, Decimal, readCell, writtenDecimals } from '../engine/numbers';
import type { NumberConvention } from '../engine/types';

/** The columns whose cells the engine reads as figures. */
const FIGURES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['amount', 'baseline', 'target', 'result', 'ratio']);

/**
 * The grid with each figure the engine read as a plain number written as that number: the cells of
 * the tables' figure columns below their headers, read as the check read them (the table's
 * convention, or the other one for a cell its totals read so). Everything else stays text as
 * written: labels, numbering (`1.1` is no decimal), headers, and figures that are no plain number
 * (`12%`, `< 5`, `113/100`, `x`) or that a binary number cannot hold exactly. A figure that groups its
 * thousands (`4.970`), and every figure of its column with it, gets a `#,##0` format with the decimals
 * it writes, as Excel itself formats a grouped number typed in: the engine reads such a CSV column as
 * rounded to the digits shown, and the format says the same of the .xlsx. A ratio keeps its written
 * decimals too (`104,0`: `0.0`), which its check reads. The grid is not changed.
 * @param tables the tables the engine found in the grid (`checkSheet(grid).tables`).
 */
export function numbersAsRead(grid: SheetGrid, tables: TableSummary[]): SheetGrid {
  const cells = grid.cells.map((row) => (row ? [...row] : row));
  for (const table of tables) {
    const range = parseRangeAddress(table.range);
    if (!range || table.dataTop === undefined) continue;
    const readAs = new Map<number, NumberConvention>();
    for (const [address, convention] of Object.entries(table.readAs ?? {})) {
      const at = parseCellAddress(address);
      if (at) readAs.set(at.row * 20_000 + at.col, convention);
    }
    const reading = { convention: table.convention, readAs };
    const grouped = table.convention === 'en' ? /\d,\d{3}/ : /\d\.\d{3}/;
    for (const column of table.columns) {
      if (!FIGURES.has(column.role)) continue;
      const col = column.col;
      const read: { row: number; value: number; decimals: number }[] = [];
      let groups = false;
      for (let row = Math.max(table.dataTop, range.top); row <= range.bottom; row++) {
        const cell = cellAt(grid, row, col);
        if (typeof cell?.value !== 'string') continue;
        const convention = conventionAt(reading, row, col);
        const quantity = readCell(cell, convention);
        if (quantity.kind !== 'number' || quantity.per || quantity.bound || quantity.percent) continue;
        const value = quantity.value.toNumber();
        // Never a number that differs from what the text says (past 15 significant digits).
        if (!new Decimal(value).equals(quantity.value)) continue;
        read.push({ row, value, decimals: writtenDecimals(cell.value.trim(), convention) });
        if (grouped.test(cell.value)) groups = true;
      }
      for (const { row, value, decimals } of read) {
        const zeros = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
        const numberFormat = groups ? `#,##0${zeros}` : column.role === 'ratio' && decimals > 0 ? `0${zeros}` : undefined;
        const typed: Cell = numberFormat ? { value, numberFormat } : { value };
        const r = row - grid.origin.row;
        (cells[r] ??= [])[col - grid.origin.col] = typed;
      }
    }
  }
  // No longer text only: a text figure left in the copy is one a SUM would skip, and is said so.
  return { name: grid.name, origin: grid.origin, cells, merges: grid.merges, hiddenRows: grid.hiddenRows, hiddenCols: grid.hiddenCols };
}

function cellAt(grid: SheetGrid, row: number, col: number): Cell | undefined {
  return grid.cells[row - grid.origin.row]?.[col - grid.origin.col];
}
