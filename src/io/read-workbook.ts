import * as XLSX from '@e965/xlsx';
import { read, CFB, type CellObject, type ParsingOptions, type WorkBook, type WorkSheet } from '@e965/xlsx';
import type { Cell, CellRange, CellValue, SheetGrid } from '../engine/types';
import { computeMissingResults } from './compute-formulas';
import { UnreadableInputError } from './errors';
import { overLimit, READ_LIMITS, type ReadLimits } from './limits';
import { guardZip } from './zip-guard';
import { looksLikeOle2, looksLikeZip } from './zip';

/** Excel's error codes as SheetJS stores them (`v` of a cell of type `e`). */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * Reads every worksheet of an .xlsx (or .xlsm, .xlsb) or Excel 97–2003 .xls file into SheetGrids,
 * origin A1, with SheetJS (chosen by measurement: see the README's "Reading files").
 * - Values are what the file holds; dates stay Excel serial numbers, as Excel stores them (the
 *   number format says they are dates); rich text is joined; error values become `{ error }`.
 * - Formulas come without `=`, shared formulas written out per cell. A formula the file holds no
 *   result for (openpyxl, report generators, manual calculation) is computed from the workbook
 *   (compute-formulas.ts), or marked `notComputed` with value null — never read as 0.
 * - Merged areas are rectangles; their value is in the top-left cell only.
 * - `hiddenRows` / `hiddenCols` list the hidden rows and columns up to the last cell with content.
 * - Trailing rows and columns that hold only formatting are dropped.
 * Bounded: an .xlsx is inspected and inflated under `limits` (zip-guard.ts) before it is parsed;
 * rows past Excel's 1,048,576 are not read.
 * Throws UnreadableInputError: `notWorkbook`, `damaged`, `encrypted` or `tooLarge`.
 */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, limits: ReadLimits = READ_LIMITS): Promise<SheetGrid[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > limits.fileBytes) throw overLimit('fileBytes', bytes.length, limits);
  const workbook = looksLikeZip(bytes) ? parsePackage(guardZip(bytes, limits).parts, limits) : parseOle2(bytes, limits);
  const grids = gridsOf(workbook, limits);
  if (grids.length === 0) throw new UnreadableInputError('This file holds no Excel worksheet.', 'notWorkbook');
  computeMissingResults(grids);
  return grids;
}

/**
 * SheetJS's reader of a zip once it is opened: what `read` calls after unzipping. Exported by
 * SheetJS (CommonJS and ES builds) though not in its types; the zip guard has inflated every part
 * already, so SheetJS gets them in a container (`CFB.utils`, as its own unzipping builds one) and
 * neither inflates nor copies them again.
 */
const parseZip = (XLSX as unknown as { parse_zip: (container: unknown, options: ParsingOptions) => WorkBook }).parse_zip;

function parsePackage(parts: Map<string, Uint8Array>, limits: ReadLimits): WorkBook {
  if (![...parts.keys()].some((part) => /(^|\/)workbook\d*\.(xml|bin)$/i.test(part))) {
    throw new UnreadableInputError('This file is a zip archive but holds no Excel worksheet.', 'notWorkbook');
  }
  const container = CFB.utils.cfb_new();
  // `unsafe`, as SheetJS's unzipping adds them: in the package's order, without a search per part.
  for (const [name, data] of parts) CFB.utils.cfb_add(container, name, data, { unsafe: true });
  // `read` turns cellStyles into these two before it unzips.
  return parse(() => parseZip(container, { ...SHEETJS_OPTIONS, cellNF: true, sheetStubs: true, sheetRows: limits.rows }));
}

/**
 * The SheetJS options readWorkbook parses with (plus `sheetRows`, the row limit). What the engine
 * needs and nothing more: values, formulas, number formats, merges, hidden rows and columns. Row and
 * column properties (hidden) and formula cells without a result (stubs) come only with styles.
 * Exported for the benchmark's bare read of the same reader.
 */
export const SHEETJS_OPTIONS = {
  type: 'array',
  dense: true,
  cellFormula: true,
  cellNF: true,
  cellStyles: true,
  cellText: false,
  cellHTML: false,
} as const satisfies ParsingOptions;

function parseOle2(bytes: Uint8Array, limits: ReadLimits): WorkBook {
  if (!looksLikeOle2(bytes)) throw new UnreadableInputError('This file is not an Excel workbook (.xlsx or .xls).', 'notWorkbook');
  if (isEncryptedPackage(bytes)) throw encrypted();
  return parse(() => read(bytes, { ...SHEETJS_OPTIONS, sheetRows: limits.rows }));
}

function parse(parser: () => WorkBook): WorkBook {
  try {
    return parser();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(detail)) throw encrypted();
    throw new UnreadableInputError(`The workbook is damaged or incomplete: ${detail}.`, 'damaged');
  }
}

/** An .xlsx saved with a password to open is an OLE2 container holding the encrypted package. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  try {
    const container = CFB.read(bytes, { type: 'array' });
    return Boolean(CFB.find(container, 'EncryptedPackage') || CFB.find(container, 'EncryptionInfo'));
  } catch {
    return false; // not readable as a container: the parser will say it is damaged
  }
}

function encrypted(): UnreadableInputError {
  return new UnreadableInputError('The workbook is protected by a password to open.', 'encrypted');
}

function gridsOf(workbook: WorkBook, limits: ReadLimits): SheetGrid[] {
  const grids: SheetGrid[] = [];
  let cells = 0;
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    // Chart sheets and dialog sheets hold no cells to check.
    if (!sheet || (sheet['!type'] && sheet['!type'] !== 'sheet')) continue;
    const { grid, count } = toGrid(name, sheet, limits);
    // The sheet's cell objects can go while the next sheet is converted.
    delete workbook.Sheets[name];
    // An .xlsx was counted before parsing; an .xls is bounded by its file size, and counted here.
    cells += count;
    if (cells > limits.cells) throw overLimit('cells', cells, limits);
    grids.push(grid);
  }
  return grids;
}

function toGrid(name: string, sheet: WorkSheet, limits: ReadLimits): { grid: SheetGrid; count: number } {
  const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
  const cells: (Cell | undefined)[][] = [];
  let lastRow = -1;
  let lastCol = -1;
  let count = 0;
  for (let r = 0; r < data.length && r < limits.rows; r++) {
    const source = data[r];
    const row: (Cell | undefined)[] = [];
    // forEach skips holes: a row with one cell at XFD costs one visit, not 16,384.
    source?.forEach((excelCell, c) => {
      if (c >= limits.columns) return;
      const cell = toCell(excelCell);
      if (cell) {
        row[c] = cell;
        count++;
      }
    });
    cells[r] = row;
    if (row.length > 0) {
      lastRow = r;
      lastCol = Math.max(lastCol, row.length - 1);
    }
  }
  cells.length = lastRow + 1;
  for (let r = 0; r <= lastRow; r++) cells[r] ??= [];
  const grid: SheetGrid = { name, origin: { row: 0, col: 0 }, cells, merges: mergesOf(sheet), hiddenRows: hidden(sheet['!rows'], lastRow) };
  const hiddenCols = hidden(sheet['!cols'], lastCol);
  if (hiddenCols.length > 0) grid.hiddenCols = hiddenCols;
  return { grid, count };
}

/**
 * The engine's cell. Every cell is made with all four fields, in one order (absent ones undefined):
 * one object shape for the hundreds of thousands of cells the engine reads, where fields added
 * afterwards gave five (measured: the first check after a read 25 % faster, about 10 MiB more).
 */
function toCell(excelCell: CellObject | undefined): Cell | undefined {
  if (!excelCell) return undefined;
  const formula = excelCell.f;
  const format = excelCell.z;
  const numberFormat = typeof format === 'string' && format !== 'General' ? format : undefined;
  if (formula) {
    // A stub (type z) with a formula is a formula the file holds no result for.
    const notComputed = excelCell.t === 'z' ? true : undefined;
    return { value: notComputed ? null : plainValue(excelCell), formula: formula.startsWith('=') ? formula.slice(1) : formula, numberFormat, notComputed };
  }
  const value = plainValue(excelCell);
  if (value === null || value === '') return undefined;
  return { value, formula: undefined, numberFormat, notComputed: undefined };
}

function plainValue(cell: CellObject): CellValue {
  switch (cell.t) {
    case 'n':
    case 's':
    case 'b':
      return cell.v as number | string | boolean;
    case 'e':
      return { error: ERROR_TEXT[cell.v as number] ?? (typeof cell.w === 'string' ? cell.w : '#VALUE!') };
    default:
      return null;
  }
}

function mergesOf(sheet: WorkSheet): CellRange[] {
  return (sheet['!merges'] ?? []).map(({ s, e }) => ({ top: s.r, left: s.c, bottom: e.r, right: e.c }));
}

/** Indexes (up to `last`) of the rows or columns marked hidden. */
function hidden(items: ({ hidden?: boolean } | undefined)[] | undefined, last: number): number[] {
  const indexes: number[] = [];
  items?.forEach((item, i) => {
    if (item?.hidden && i <= last) indexes.push(i);
  });
  return indexes;
}
