/** Turns what Excel returns for a range into the engine's SheetGrid rows. */
import { parseRangeAddress } from '../engine';
import type { Cell, CellRange } from '../engine';

export interface RangeData {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** One row block of cells; `undefined` where the cell is empty. */
export function toCells(data: RangeData): (Cell | undefined)[][] {
  return data.values.map((row, r) =>
    row.map((value, c) => {
      const formula = data.formulas[r][c];
      const isFormula = typeof formula === 'string' && formula.startsWith('=');
      const type = data.valueTypes[r][c];
      if (!isFormula && (type === 'Empty' || value === '' || value === null)) return undefined;
      const cell: Cell = { value: type === 'Error' ? { error: String(value) } : (value as Cell['value']) };
      if (isFormula) cell.formula = (formula as string).slice(1);
      const format = data.numberFormat[r][c];
      if (typeof format === 'string' && format !== 'General') cell.numberFormat = format;
      return cell;
    }),
  );
}

/** `Sheet1!A1:B2, Sheet1!D4:E4` (a RangeAreas address) → rectangles. */
export function parseAreas(address: string): CellRange[] {
  return address
    .split(',')
    .map((part) => parseRangeAddress(part.trim()))
    .filter((range): range is CellRange => range !== undefined);
}

/** The cells two rectangles share, or undefined when they do not meet. */
export function intersect(a: CellRange, b: CellRange): CellRange | undefined {
  const range = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return range.top <= range.bottom && range.left <= range.right ? range : undefined;
}
