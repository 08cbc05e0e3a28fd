import { parseRangeAddress } from '../../src/engine/address';
import { checkSheet } from '../../src/engine/check';
import type { Rule } from '../../src/engine/rules/rule';
import type { Cell, CheckOptions, Finding, SheetGrid } from '../../src/engine/types';

/** A cell in a test table: a number or text as typed, `=SUM(..)|1770` for a formula and its cached value, or null. */
export type TestCell = string | number | boolean | null | Cell;

/** Builds a SheetGrid from rows of cells, starting at A1. `merges` are A1 ranges. */
export function gridOf(rows: TestCell[][], options: { name?: string; merges?: string[] } = {}): SheetGrid {
  return {
    name: options.name ?? 'Sheet1',
    origin: { row: 0, col: 0 },
    cells: rows.map((row) => row.map(toCell)),
    merges: (options.merges ?? []).map((m) => parseRangeAddress(m)!),
  };
}

function toCell(value: TestCell): Cell | undefined {
  if (value === null || value === '') return undefined;
  if (typeof value === 'object') return value;
  if (typeof value === 'string' && value.startsWith('=')) {
    const [formula, cached] = value.slice(1).split('|');
    return { value: cached === undefined ? null : Number(cached), formula };
  }
  return { value };
}

/** Runs the whole engine on a grid with only the given rules, and returns their findings. */
export function findingsOf(grid: SheetGrid, rules: Rule[], options: CheckOptions = {}): Finding[] {
  return checkSheet(grid, options, rules).findings;
}
