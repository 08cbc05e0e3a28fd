import ExcelJS from 'exceljs';
import { parseRangeAddress } from '../engine/address';
import type { Cell, CellRange, CellValue, SheetGrid } from '../engine/types';
import { UnreadableInputError } from './errors';
import { looksLikeZip } from './zip';

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30, counting its phantom 29 Feb 1900) to 1970-01-01. */
const EPOCH_1900 = 25_569;
/** The 1904 date system counts from 1904-01-01. */
const EPOCH_1904 = 24_107;

/**
 * Reads every worksheet of an .xlsx file into SheetGrids, origin A1. Merged areas keep their value
 * in the top-left cell only (exceljs repeats it into every cell of the area; Excel does not).
 * Dates become Excel serial numbers, as Excel itself stores them; the number format says they are dates.
 * Trailing empty rows and columns are dropped, so a sheet whose used range is stretched by stray
 * formatting costs nothing.
 */
export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<SheetGrid[]> {
  if (!looksLikeZip(data)) {
    throw new UnreadableInputError('This file is not an Excel workbook (.xlsx): it is not a zip archive.');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings ask for a Node Buffer; it hands the bytes to JSZip, which takes any byte array.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableInputError(`This file cannot be read as an Excel workbook (.xlsx): ${reason(error)}`);
  }
  if (workbook.worksheets.length === 0) {
    throw new UnreadableInputError('This file is a zip archive but holds no Excel worksheet.');
  }
  return gridsOf(workbook);
}

/** The SheetGrids of a workbook exceljs has already loaded. */
export function gridsOf(workbook: ExcelJS.Workbook): SheetGrid[] {
  const epoch = workbook.properties?.date1904 ? EPOCH_1904 : EPOCH_1900;
  return workbook.worksheets.map((worksheet) => toGrid(worksheet, epoch));
}

function toGrid(worksheet: ExcelJS.Worksheet, epoch: number): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  let lastRow = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (excelCell, colNumber) => {
      const cell = toCell(excelCell, epoch);
      if (cell) cells[colNumber - 1] = cell;
    });
    if (cells.length > 0) {
      rows[r] = cells;
      lastRow = r;
    }
  });
  const cells: (Cell | undefined)[][] = new Array(lastRow + 1);
  for (let r = 0; r <= lastRow; r++) cells[r] = rows[r] ?? [];
  return {
    name: worksheet.name,
    origin: { row: 0, col: 0 },
    cells,
    merges: mergesOf(worksheet),
    hiddenRows: hiddenRows.filter((r) => r <= lastRow),
  };
}

function toCell(excelCell: ExcelJS.Cell, epoch: number): Cell | undefined {
  const type = excelCell.type;
  if (type === ExcelJS.ValueType.Merge || type === ExcelJS.ValueType.Null) return undefined;
  let cell: Cell;
  if (type === ExcelJS.ValueType.Formula) {
    // `formula` of a shared-formula clone is exceljs's translation of the master's formula to this cell.
    const formula = excelCell.formula;
    cell = { value: plainValue(excelCell.result, epoch) };
    if (formula) cell.formula = formula.startsWith('=') ? formula.slice(1) : formula;
  } else {
    const value = plainValue(excelCell.value, epoch);
    if (value === null || value === '') return undefined;
    cell = { value };
  }
  const numberFormat = excelCell.numFmt;
  if (numberFormat) cell.numberFormat = numberFormat;
  return cell;
}

/** Turns anything exceljs may hold in a cell (or a formula's result) into a SheetGrid value. */
function plainValue(raw: unknown, epoch: number): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return raw.getTime() / MS_PER_DAY + epoch;
  if (typeof raw === 'object') {
    const object = raw as Record<string, unknown>;
    if (typeof object.error === 'string') return { error: object.error };
    if (Array.isArray(object.richText)) return richText(object.richText);
    // A hyperlink's text may itself be rich text.
    if ('hyperlink' in object || 'text' in object) return plainValue(object.text, epoch);
    if ('formula' in object || 'sharedFormula' in object) return plainValue(object.result, epoch);
  }
  return null;
}

function richText(runs: unknown[]): string {
  return runs.map((run) => (run && typeof run === 'object' ? String((run as { text?: unknown }).text ?? '') : '')).join('');
}

/**
 * exceljs keeps merged areas in `_merges`; its public `worksheet.model` would give them too, but builds a
 * model of every row on the way, which doubles the read time of a large sheet.
 */
function mergesOf(worksheet: ExcelJS.Worksheet): CellRange[] {
  const internal = (worksheet as unknown as { _merges?: Record<string, { range: string }> })._merges;
  const ranges = internal ? Object.values(internal).map((merge) => merge.range) : worksheet.model.merges;
  const merges: CellRange[] = [];
  for (const range of ranges) {
    const parsed = parseRangeAddress(range);
    if (parsed) merges.push(parsed);
  }
  return merges;
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0];
}
