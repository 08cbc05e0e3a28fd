import { columnIndex } from '../../address';
import type { SheetGrid, TableModel } from '../../types';
import type { RuleContext } from '../rule';

/**
 * A cell reference in a formula: an optional sheet (`'Kinh phí'!`, `KP!`), then a cell or area
 * (`D7`, `$D$7:E9`) or whole columns (`D:D`). Not part of a longer name (`LOG10(` is a function,
 * `Q1_2025` a defined name), hence the guards either side.
 */
const REFERENCE =
  /(?:('(?:[^']|'')+'|[\p{L}\p{N}_.]+)!)?(?<![\p{L}\p{N}_.$:])(?:\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?|\$?([A-Z]{1,3}):\$?([A-Z]{1,3}))(?![\p{L}\p{N}_(!:])/giu;

/** The areas the sheet's formulas read (areasRead), by the row they start on: a cell looks only at those above it that reach it. */
interface ReadIndex {
  grid: SheetGrid;
  /** Area offsets into `areas`, sorted by top row. */
  order: Int32Array;
  areas: number[];
  /** The tallest area's height − 1: an area starting further above a row cannot reach it. */
  reach: number;
}

const readAreas = new WeakMap<TableModel, ReadIndex>();

/**
 * Whether some formula of the sheet reads the cell (sheet row and column): a text number there is
 * skipped by that formula, where in a grid nothing computes from it is only a way of writing. Read
 * once per table, only when asked (a grid with a text number); references from other sheets are not
 * seen (the engine has one sheet at a time).
 */
export function readByFormula(grid: SheetGrid, table: TableModel, row: number, col: number): boolean {
  let cached = readAreas.get(table);
  // A caller may check a changed grid with the same table: the areas are the grid's.
  if (cached === undefined || cached.grid !== grid) readAreas.set(table, (cached = indexOf(grid)));
  const { order, areas, reach } = cached;
  // The first area starting at or below `row − reach`, by binary search; then those up to `row`.
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (areas[order[middle]] < row - reach) low = middle + 1;
    else high = middle;
  }
  for (let k = low; k < order.length && areas[order[k]] <= row; k++) {
    const i = order[k];
    if (col >= areas[i + 1] && row <= areas[i + 2] && col <= areas[i + 3]) return true;
  }
  return false;
}

/**
 * Whether a formula of the sheet skips this text number of an indicator grid: a grid adds nothing up
 * itself, so a text number matters where a formula reads it (a `Giai đoạn 2026–2030` column of
 * `=SUM(D5:H5)`), and there it is skipped however it is written, `1.200` (which also reads as 1,2)
 * included. values/text-number reports such a cell (a warning), values/ambiguous-number leaves it,
 * so that it is reported once. In a budget table the totals' localisation tells the story instead.
 */
export function formulaSkips(context: RuleContext, row: number, col: number): boolean {
  return context.table.kind === 'indicator' && readByFormula(context.grid, context.table, row, col);
}

/**
 * The grid's read areas sorted by their top row. Whole columns (`D:D`) reach every row, so a sheet
 * with one looks at all areas above a row; most formulas read a few rows each.
 */
function indexOf(grid: SheetGrid): ReadIndex {
  const areas = areasRead(grid);
  const order = new Int32Array(areas.length / 4);
  let reach = 0;
  for (let k = 0; k < order.length; k++) {
    order[k] = k * 4;
    reach = Math.max(reach, areas[k * 4 + 2] - areas[k * 4]);
  }
  order.sort((a, b) => areas[a] - areas[b]);
  return { grid, order, areas, reach };
}

/** Every area the grid's formulas refer to on the grid's own sheet. */
export function areasRead(grid: SheetGrid): number[] {
  const areas: number[] = [];
  for (const line of grid.cells) {
    if (!line) continue;
    for (const cell of line) {
      if (cell?.formula === undefined) continue;
      // A string literal (`"D7"`) is no reference.
      const formula = cell.formula.includes('"') ? cell.formula.replace(/"(?:[^"]|"")*"/g, '""') : cell.formula;
      for (const match of formula.matchAll(REFERENCE)) {
        const sheet = match[1];
        if (sheet !== undefined && sheetName(sheet) !== grid.name.toLowerCase()) continue;
        if (match[6] !== undefined) {
          const [a, b] = [columnIndex(match[6]), columnIndex(match[7])];
          areas.push(0, Math.min(a, b), Number.MAX_SAFE_INTEGER, Math.max(a, b));
          continue;
        }
        const [top, left] = [Number(match[3]) - 1, columnIndex(match[2])];
        const [bottom, right] = match[4] === undefined ? [top, left] : [Number(match[5]) - 1, columnIndex(match[4])];
        areas.push(Math.min(top, bottom), Math.min(left, right), Math.max(top, bottom), Math.max(left, right));
      }
    }
  }
  return areas;
}

/** `'Kinh phí'` → `kinh phí`: a quoted sheet name unquoted (`''` is one quote), for comparing without case as Excel does. */
function sheetName(written: string): string {
  return (written.startsWith("'") ? written.slice(1, -1).replace(/''/g, "'") : written).toLowerCase();
}
