import ExcelJS from 'exceljs';
import { parseCellAddress } from '../engine/address';
import { UnreadableInputError } from './errors';
import { looksLikeZip } from './zip';

export interface CellFix {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** A plain decimal string (`1770`), written as a number. */
  value?: string;
  /** Without the leading `=`; `value`, when given too, is stored as its cached result. */
  formula?: string;
}

/**
 * Writes the fixes into a copy of the workbook and returns the new .xlsx bytes; `data` is not changed.
 * Only the fixed cells' values change: every cell keeps its style, and Excel is asked to recalculate
 * on open so that formulas depending on a fixed cell show fresh results.
 */
export async function applyFixes(data: ArrayBuffer | Uint8Array, fixes: CellFix[]): Promise<Uint8Array> {
  if (!looksLikeZip(data)) throw new UnreadableInputError('This file is not an Excel workbook (.xlsx).');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableInputError(`This file cannot be read as an Excel workbook (.xlsx): ${error instanceof Error ? error.message : error}`);
  }
  for (const fix of fixes) {
    const worksheet = workbook.getWorksheet(fix.sheet);
    if (!worksheet) throw new Error(`The workbook has no sheet named “${fix.sheet}”.`);
    const at = parseCellAddress(fix.cell);
    if (!at) throw new Error(`“${fix.cell}” is not a cell address.`);
    const cell = worksheet.getCell(at.row + 1, at.col + 1);
    if (cell.formulaType === ExcelJS.FormulaType.Master) detachSharedClones(worksheet, cell.address);
    const value = fix.value === undefined ? undefined : asNumber(fix.value);
    if (fix.formula !== undefined) {
      const formula = fix.formula.startsWith('=') ? fix.formula.slice(1) : fix.formula;
      cell.value = value === undefined ? { formula, date1904: false } : { formula, result: value, date1904: false };
    } else if (value !== undefined) {
      cell.value = value;
    }
  }
  workbook.calcProperties.fullCalcOnLoad = true;
  const written = await workbook.xlsx.writeBuffer();
  return written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer);
}

function asNumber(value: string): number | string {
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? number : value;
}

/**
 * Cells that share the formula of the cell being overwritten would lose it (exceljs writes them as
 * references to a master that no longer has a formula), so each gets its own formula text first.
 */
function detachSharedClones(worksheet: ExcelJS.Worksheet, masterAddress: string): void {
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value as { sharedFormula?: string; result?: ExcelJS.CellFormulaValue['result'] } | null;
      if (value && typeof value === 'object' && value.sharedFormula === masterAddress) {
        const formula = cell.formula;
        cell.value = { formula, result: value.result, date1904: false };
      }
    });
  });
}
