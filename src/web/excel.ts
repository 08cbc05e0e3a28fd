/**
 * Everything that needs exceljs or SheetJS, gathered behind one dynamic import() so that webpack puts them
 * in a chunk of their own that the page fetches only when a workbook is read or written.
 */
import { SSF } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../engine';

export { readWorkbook } from '../io/read-workbook';
export { applyFixes } from '../io/apply-fixes';

/**
 * A number as Excel shows it under its number format (`#,##0.0` → `1,662.5`), written with the
 * English separators Excel's own format codes use (SheetJS's SSF, the formatter it reads with);
 * `General` where it has none. A format SSF cannot read shows the number as it is.
 */
export function shownNumber(value: number, format: string | undefined): string {
  try {
    return SSF.format(format ?? 'General', value) as string;
  } catch {
    return String(value);
  }
}

/** A workbook holding these grids' values and number formats, so that a CSV or .xls file can be fixed and downloaded as .xlsx. */
export async function gridsToWorkbook(grids: SheetGrid[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const worksheet = workbook.addWorksheet(grid.name);
    grid.cells.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        const target = worksheet.getCell(grid.origin.row + r + 1, grid.origin.col + c + 1);
        target.value = typeof cell.value === 'object' ? { error: cell.value.error as ExcelJS.CellErrorValue['error'] } : cell.value;
        if (cell.numberFormat !== undefined && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
      });
    });
  }
  const written = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written as ArrayBuffer);
}
