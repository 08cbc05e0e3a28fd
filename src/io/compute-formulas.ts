import FormulaParser, { FormulaError, type CellRef, type Param, type RangeRef } from 'fast-formula-parser';
import { readText } from '../engine/numbers';
import type { Cell, CellValue, SheetGrid } from '../engine/types';

/** Excel keeps 15 significant digits; a sum of decimals is stored as Excel would show it. */
const PRECISION = 15;

/** Cycles and unsupported functions end a computation; the cell then stays `notComputed`. */
class NotComputable extends Error {}

/**
 * Computes the formulas a workbook holds no result for (cells marked `notComputed`: files written by
 * openpyxl, pandas or report generators, or saved in manual calculation) with fast-formula-parser
 * (MIT), across the workbook's sheets. Each computed cell gets its value and loses `notComputed`;
 * a formula that cannot be computed (an unsupported function, a cycle, another workbook, an array
 * result) keeps value null and `notComputed: true` — never 0. Formulas that hold a result are left
 * as they are. SUBTOTAL skips nested SUBTOTALs as Excel does, and rows hidden for 101–111.
 * Changes the grids in place.
 */
export function computeMissingResults(grids: SheetGrid[]): void {
  const pending: { grid: SheetGrid; row: number; col: number }[] = [];
  for (const grid of grids) {
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.notComputed && cell.formula) pending.push({ grid, row: r, col: c });
      }),
    );
  }
  if (pending.length === 0) return;
  new Evaluator(grids).computeAll(pending);
}

interface Subtotal {
  /** Rows hidden in the sheet the formula reads from are skipped (function numbers 101–111). */
  skipHidden: boolean;
}

class Evaluator {
  private readonly sheets = new Map<string, SheetGrid>();
  private readonly hiddenRows = new Map<SheetGrid, Set<number>>();
  private readonly inProgress = new Set<Cell>();
  /** Set while a `SUBTOTAL(…)` formula is evaluated: its ranges leave out nested SUBTOTALs. */
  private subtotal: Subtotal | undefined;
  private readonly parser: FormulaParser;

  constructor(grids: SheetGrid[]) {
    for (const grid of grids) {
      this.sheets.set(grid.name.toLowerCase(), grid);
      this.hiddenRows.set(grid, new Set(grid.hiddenRows ?? []));
    }
    this.parser = new FormulaParser({
      onCell: (ref) => this.cellValue(ref),
      onRange: (ref) => this.rangeValues(ref),
      functions: { SUBTOTAL: (fn, ...refs) => subtotal(fn, refs) },
    });
  }

  /**
   * Computes every pending cell, in passes. fast-formula-parser cannot parse a formula while it
   * reads a range for another: a total over a SUM whose cells are formulas themselves
   * (`=K10+K14`, `K10 = SUM(K11:K13)`, `K11 = L11+M11`, as report generators write investment
   * plans) fails while the SUM is computed inside it, and succeeds once the SUM was computed at its
   * own turn. So a pass that computed some cell is followed by another over those still pending;
   * each pass takes away a level of such nesting, and a cell that cannot be computed at all (an
   * unsupported function, a cycle) ends the passes once nothing more is computed.
   */
  computeAll(pending: { grid: SheetGrid; row: number; col: number }[]): void {
    let todo = pending;
    while (todo.length > 0) {
      for (const { grid, row, col } of todo) {
        const cell = grid.cells[row][col];
        if (cell?.notComputed) this.compute(grid, row, col, cell);
      }
      const left = todo.filter(({ grid, row, col }) => grid.cells[row][col]?.notComputed);
      if (left.length === todo.length) return;
      todo = left;
    }
  }

  /** The cell's value, computing it first when the file holds none; throws NotComputable if it cannot be. */
  private compute(grid: SheetGrid, row: number, col: number, cell: Cell): CellValue {
    if (!cell.notComputed || !cell.formula) return cell.value;
    if (this.inProgress.has(cell)) throw new NotComputable('cycle');
    const formula = cell.formula;
    const subtotalMatch = /^\s*SUBTOTAL\(\s*(\d+)\s*,/i.exec(formula);
    // SUBTOTAL's special reading of ranges holds only when it is the whole formula.
    const subtotals = formula.match(/SUBTOTAL\(/gi)?.length ?? 0;
    if (subtotals > (subtotalMatch && closesAtEnd(formula) ? 1 : 0)) return cell.value;
    this.inProgress.add(cell);
    const outer = this.subtotal;
    this.subtotal = subtotalMatch ? { skipHidden: Number(subtotalMatch[1]) > 100 } : undefined;
    try {
      const result = this.parser.parse(formula, { sheet: grid.name, row: row + 1, col: col + 1 });
      const value = toCellValue(result);
      if (value === undefined) return cell.value;
      cell.value = value;
      // Set, not deleted: every cell keeps the one shape the reader gave it.
      cell.notComputed = undefined;
      return value;
    } catch {
      return cell.value; // stays notComputed, value null
    } finally {
      this.subtotal = outer;
      this.inProgress.delete(cell);
    }
  }

  private gridOf(sheet: string | undefined): SheetGrid {
    const grid = sheet === undefined ? undefined : this.sheets.get(sheet.toLowerCase());
    if (!grid) throw new NotComputable(`no sheet ${sheet}`);
    return grid;
  }

  private cellValue(ref: CellRef): unknown {
    const grid = this.gridOf(ref.sheet);
    const value = this.valueAt(grid, ref.row - 1, ref.col - 1, false);
    return typeof value === 'string' ? asExcelReadsIt(value) : value;
  }

  private rangeValues(ref: RangeRef): unknown[][] {
    const grid = this.gridOf(ref.sheet);
    const hidden = this.subtotal?.skipHidden ? this.hiddenRows.get(grid) : undefined;
    // A whole-column reference (`C:C`) reaches row 1,048,576: read only the rows the grid has.
    const bottom = Math.min(ref.to.row - 1, grid.cells.length - 1);
    const values: unknown[][] = [];
    for (let r = ref.from.row - 1; r <= bottom; r++) {
      const row: unknown[] = [];
      const skip = hidden?.has(r) ?? false;
      const right = Math.min(ref.to.col - 1, (grid.cells[r]?.length ?? 0) - 1);
      for (let c = ref.from.col - 1; c <= right; c++) row.push(skip ? null : this.valueAt(grid, r, c, this.subtotal !== undefined));
      values.push(row);
    }
    return values.length > 0 ? values : [[null]];
  }

  private valueAt(grid: SheetGrid, row: number, col: number, skipSubtotals: boolean): unknown {
    const cell = grid.cells[row]?.[col];
    if (!cell) return null;
    if (skipSubtotals && cell.formula && /^\s*SUBTOTAL\(/i.test(cell.formula)) return null;
    const value = cell.notComputed ? this.compute(grid, row, col, cell) : cell.value;
    if (cell.notComputed) throw new NotComputable('depends on a cell not computed');
    if (value !== null && typeof value === 'object') return new FormulaError(value.error);
    return value;
  }
}

/**
 * A number stored as text, as a Vietnamese-locale Excel turns it into a number where a formula
 * reads it by `+`, `-`, `*`: `2.231` is 2231 there, where JavaScript (the parser) reads 2.231. The
 * text is handed on rewritten (`2231`), still text, so SUM still skips it as Excel does; any other
 * text is handed on as it is.
 */
function asExcelReadsIt(text: string): string {
  const quantity = readText(text, 'vi');
  if (quantity.kind !== 'number' || quantity.per || quantity.bound || quantity.percent || quantity.money !== undefined) return text;
  return quantity.value.toFixed();
}

/** Whether the first call's closing parenthesis ends the formula (`SUBTOTAL(9,C3:C9)`, not `SUBTOTAL(…)+C2`). */
function closesAtEnd(formula: string): boolean {
  let depth = 0;
  let quoted = false;
  const text = formula.trimEnd();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i === text.length - 1;
  }
  return false;
}

/** SUBTOTAL for the function numbers a total uses; any other throws, leaving the cell not computed. */
function subtotal(fn: Param, refs: Param[]): number {
  const numbers: number[] = [];
  let nonEmpty = 0;
  for (const ref of refs) {
    const items = Array.isArray(ref.value) ? (ref.value as unknown[][]).flat() : [ref.value];
    for (const item of items) {
      if (item instanceof FormulaError) throw item;
      if (item !== null && item !== undefined && item !== '') nonEmpty++;
      if (typeof item === 'number') numbers.push(item);
    }
  }
  switch (Number(fn.value) % 100) {
    case 1:
      if (numbers.length === 0) throw new FormulaError('#DIV/0!');
      return numbers.reduce((a, b) => a + b, 0) / numbers.length;
    case 2:
      return numbers.length;
    case 3:
      return nonEmpty;
    case 4:
      return numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.max(a, b));
    case 5:
      return numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.min(a, b));
    case 9:
      return numbers.reduce((a, b) => a + b, 0);
    default:
      throw new NotComputable(`SUBTOTAL ${fn.value}`);
  }
}

/** A parser result as a cell value; undefined for results a cell cannot hold (arrays). */
function toCellValue(result: unknown): CellValue | undefined {
  if (typeof result === 'number') return Number.isFinite(result) ? Number(result.toPrecision(PRECISION)) : { error: '#NUM!' };
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  if (result instanceof FormulaError) return { error: result.name };
  if (result === null) return 0;
  return undefined;
}
