import { cellAddress } from '../../address';
import { Decimal, type Quantity } from '../../numbers';
import type { Cell, CellRange, ColumnInfo, RowInfo, SheetGrid, TableModel } from '../../types';
import { AmountGrid } from '../../identities/values';
import type { RuleContext } from '../rule';
import { EMPTY_GRID, EMPTY_TABLE, keepShapes } from '../../shapes';

export type { Pos } from '../../identities/values';
import type { Pos } from '../../identities/values';

/**
 * What the budget checks read: the table, its cells with merges resolved, and each cell's value in
 * the table's number convention. Rules build it from their context; the explainer from the grid.
 */
export interface BudgetReader {
  table: TableModel;
  /** The table's amounts in flat arrays, for exact sums without an allocation per cell. */
  amounts: AmountGrid;
  /** Sheet rows hidden in the workbook. */
  hiddenRows: Set<number>;
  cell(row: number, col: number): Cell | undefined;
  quantity(row: number, col: number): Quantity;
  /** The merged area a cell belongs to, if any. */
  merge(row: number, col: number): CellRange | undefined;
  /** Whether any merged area touches the row (else no cell of it is merged). */
  mergedRow(row: number): boolean;
}

/** A merge over a whole block is page layout, not a merged total (the same limit as detection). */
const LARGEST_MERGE = 10_000;

/**
 * Merged areas that intersect the table, by cell, and whether a row of the table holds any. A class,
 * not closures: every table's look-ups then go through the same functions, which stay optimised.
 */
class TableMerges {
  private readonly byCell = new Map<number, CellRange>();
  private readonly merged: Uint8Array;
  private readonly top: number;
  private readonly bottom: number;

  constructor(grid: SheetGrid, { range }: TableModel) {
    this.top = range.top;
    this.bottom = range.bottom;
    this.merged = new Uint8Array(Math.max(0, range.bottom - range.top + 1));
    for (const merge of grid.merges) {
      if ((merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) > LARGEST_MERGE) continue;
      if (merge.bottom < range.top || merge.top > range.bottom || merge.right < range.left || merge.left > range.right) continue;
      for (let r = merge.top; r <= merge.bottom; r++) {
        if (r >= range.top && r <= range.bottom) this.merged[r - range.top] = 1;
        // Numeric keys: this is asked for every cell an identity touches.
        for (let c = merge.left; c <= merge.right; c++) this.byCell.set(r * 20_000 + c, merge);
      }
    }
  }

  /** False for a row of the table no merged area touches (most rows): its cells are their own. */
  mergedRow(row: number): boolean {
    return this.byCell.size > 0 && (row < this.top || row > this.bottom || this.merged[row - this.top] === 1);
  }

  merge(row: number, col: number): CellRange | undefined {
    return this.mergedRow(row) ? this.byCell.get(row * 20_000 + col) : undefined;
  }
}

/**
 * The cell as the sheet view shows it (inside a merged area only the top-left cell holds anything),
 * read from the grid directly for a cell of the table: the amount grid reads every amount once.
 */
class TableCells {
  constructor(
    private readonly grid: SheetGrid,
    private readonly range: CellRange,
    private readonly merges: TableMerges,
    /** Cells outside the table, read through the rules' context (an object, not a closure made per table: ../../shapes.ts). */
    private readonly outside: Pick<RuleContext, 'cell'>,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    const { range } = this;
    if (row < range.top || row > range.bottom || col < range.left || col > range.right) return this.outside.cell(row, col);
    if (this.merges.mergedRow(row)) {
      const merge = this.merges.merge(row, col);
      if (merge && (merge.top !== row || merge.left !== col)) return undefined;
    }
    return this.grid.cells[row - this.grid.origin.row]?.[col - this.grid.origin.col];
  }
}

/**
 * A table's BudgetReader. A class rather than an object of closures: its hidden class is kept
 * (../../shapes.ts), so the optimised code of the identities' builders, which take it, outlives a
 * check.
 */
class TableReader implements BudgetReader {
  readonly hiddenRows: Set<number>;

  constructor(
    readonly table: TableModel,
    private readonly cells: TableCells,
    private readonly context: RuleContext,
    private readonly merges: TableMerges,
    readonly amounts: AmountGrid,
    hiddenRows: readonly number[],
  ) {
    this.hiddenRows = new Set(hiddenRows);
  }

  cell(row: number, col: number): Cell | undefined {
    return this.cells.cell(row, col);
  }

  /** The context reads each cell once for all the table's rules. */
  quantity(row: number, col: number): Quantity {
    return this.context.quantity(row, col);
  }

  merge(row: number, col: number): CellRange | undefined {
    return this.merges.merge(row, col);
  }

  mergedRow(row: number): boolean {
    return this.merges.mergedRow(row);
  }
}

/**
 * The reader of an empty table, kept with its parts (their optimised readers outlive every check:
 * ../../shapes.ts), for the instances other modules keep of the classes that take a reader.
 */
export const EMPTY_READER: BudgetReader = (() => {
  const merges = new TableMerges(EMPTY_GRID, EMPTY_TABLE);
  const cells = new TableCells(EMPTY_GRID, EMPTY_TABLE.range, merges, { cell: () => undefined });
  const amounts = new AmountGrid(0, 0, -1, -1, cells, EMPTY_TABLE);
  const context: RuleContext = { grid: EMPTY_GRID, table: EMPTY_TABLE, tolerance: new Decimal(0), cell: () => undefined, quantity: () => ({ kind: 'empty' }), report: () => undefined };
  const reader = new TableReader(EMPTY_TABLE, cells, context, merges, amounts, []);
  keepShapes(merges, cells, amounts, reader);
  return reader;
})();

/** Every budget rule reads the same cells of a table: read each once. */
const readers = new WeakMap<TableModel, BudgetReader>();

export function readerOf(context: RuleContext): BudgetReader {
  let reader = readers.get(context.table);
  if (!reader) {
    const { range } = context.table;
    const { grid } = context;
    const merges = new TableMerges(grid, context.table);
    const cells = new TableCells(grid, range, merges, context);
    const amounts = new AmountGrid(range.top, range.left, range.bottom, range.right, cells, context.table);
    // Every amount is read for the identities: row by row here, as the grid stores them.
    const amountCols = amountColumns(context.table).map((column) => column.col);
    for (let row = range.top; row <= range.bottom; row++) {
      if (!merges.mergedRow(row)) amounts.readRow(row, grid.cells[row - grid.origin.row], grid.origin.col, amountCols);
    }
    reader = new TableReader(context.table, cells, context, merges, amounts, grid.hiddenRows ?? []);
    readers.set(context.table, reader);
  }
  return reader;
}

/** A plain amount: a number with no ratio, bound or percent sign. */
export function isAmount(quantity: Quantity): quantity is Extract<Quantity, { kind: 'number' }> {
  return quantity.kind === 'number' && !quantity.per && !quantity.bound && !quantity.percent;
}

/** Rows that carry data: items, headings and totals, not notes or blank lines. */
export function isDataRow(row: RowInfo): boolean {
  return row.kind === 'item' || row.kind === 'goal' || row.kind === 'total' || row.kind === 'grandTotal';
}

export function amountColumns(table: TableModel): ColumnInfo[] {
  return table.columns.filter((c) => c.role === 'amount');
}

/** Whether a row holds at least one amount: only then do its empty cells count as zero. */
export function rowHasAmounts(reader: BudgetReader, row: number, columns: ColumnInfo[]): boolean {
  for (const column of columns) if (reader.amounts.isAmount(row, column.col)) return true;
  return false;
}

/** The merged area starting at this cell when it spans several columns; cells inside it are not their own amounts. */
export function blockAt(reader: BudgetReader, row: number, col: number): CellRange | 'inside' | undefined {
  const merge = reader.merge(row, col);
  if (!merge || merge.left === merge.right) return undefined;
  return merge.top === row && merge.left === col ? merge : 'inside';
}

/** `I “Dự án 1”`, or `“Dự án 3”` when the row has no number: how messages name a row. */
export function rowName(row: RowInfo): string {
  // On one line: a bilingual label (`TỔNG SỐ⏎TOTAL`) would break the message that quotes it.
  const label = row.label.trim().replace(/\s*\n\s*/g, ' ');
  const shown = label.length > 80 ? `${label.slice(0, 77)}…` : label;
  if (row.number && shown) return `${row.number} “${shown}”`;
  return row.number ?? (shown ? `“${shown}”` : String(row.row + 1));
}

/** The last part of a column header: `Trung ương` from `Năm 2013 / Trung ương`. */
export function headerTail(column: ColumnInfo): string {
  const parts = column.header.split(' / ');
  return parts[parts.length - 1].trim();
}

/** A cell keyed row × 20,000 + column (as the engine's maps of cells key them), as a position. */
export function posOfKey(key: number): Pos {
  const row = Math.floor(key / 20_000);
  return { row, col: key - row * 20_000 };
}

/** A1 addresses of cells, in order. */
export function addresses(cells: Pos[]): string {
  return cells.map((c) => cellAddress(c.row, c.col)).join(', ');
}

/**
 * The formula that adds these cells: runs of adjacent cells become ranges (`SUM(F6:F7)`,
 * `SUM(F5:H5,F8:H8)`); scattered single cells are added (`C5+F5+I5+L5`).
 */
export function sumFormula(cells: Pos[]): string {
  // An identity's terms come in order already (a parent's 20,000 items): sorted only when they do not.
  let inOrder = true;
  for (let i = 1; i < cells.length && inOrder; i++) inOrder = cells[i - 1].row < cells[i].row || (cells[i - 1].row === cells[i].row && cells[i - 1].col < cells[i].col);
  const sorted = inOrder ? cells : [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const segments: CellRange[] = [];
  for (const cell of sorted) {
    const last = segments[segments.length - 1];
    if (last && last.top === cell.row && last.right + 1 === cell.col) last.right = cell.col;
    else segments.push({ top: cell.row, bottom: cell.row, left: cell.col, right: cell.col });
  }
  // Stack segments of the same columns on consecutive rows into one rectangle: only the latest
  // range of those columns can end on the row above (segments come row by row).
  const ranges: CellRange[] = [];
  const latest = new Map<number, CellRange>();
  for (const segment of segments) {
    const key = segment.left * 20_000 + segment.right;
    const above = latest.get(key);
    if (above && above.bottom + 1 === segment.top) above.bottom = segment.bottom;
    else {
      const range = { ...segment };
      ranges.push(range);
      latest.set(key, range);
    }
  }
  const written = ranges.map((r) =>
    r.top === r.bottom && r.left === r.right ? cellAddress(r.top, r.left) : `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`,
  );
  return sumOfRanges(written);
}

/**
 * sumFormula() of the cells `rows` × `cols` (each row's columns in turn, as an identity's terms),
 * for rows and columns each strictly ascending; undefined otherwise. Read from the runs of
 * consecutive rows and of consecutive columns, without an object per cell: a parent of 20,000
 * items is written from its 20,000 rows (sumFormula made a cell, then a segment, for each).
 * sumFormula gives the same: with every row's columns the same, each run of rows × each run of
 * columns is one of its ranges, in that order.
 */
export function sumFormulaOfGrid(rows: readonly number[], cols: readonly number[]): string | undefined {
  if (!strictlyAscending(rows) || !strictlyAscending(cols)) return undefined;
  const written: string[] = [];
  for (let top = 0; top < rows.length; ) {
    let bottom = top;
    while (bottom + 1 < rows.length && rows[bottom + 1] === rows[bottom] + 1) bottom++;
    for (let left = 0; left < cols.length; ) {
      let right = left;
      while (right + 1 < cols.length && cols[right + 1] === cols[right] + 1) right++;
      const start = cellAddress(rows[top], cols[left]);
      written.push(top === bottom && left === right ? start : `${start}:${cellAddress(rows[bottom], cols[right])}`);
      left = right + 1;
    }
    top = bottom + 1;
  }
  return sumOfRanges(written);
}

function strictlyAscending(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i - 1] >= values[i]) return false;
  return true;
}

/** `SUM(F6:F7)` or `SUM(F5:H5,F8:H8)` where a range is among them, else the cells added (`C5+F5`). */
function sumOfRanges(written: string[]): string {
  if (written.length === 1 && written[0].includes(':')) return `SUM(${written[0]})`;
  return written.some((w) => w.includes(':')) ? `SUM(${written.join(',')})` : written.join('+');
}
