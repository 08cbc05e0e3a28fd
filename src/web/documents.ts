/**
 * The workbooks open in the page. A document keeps the bytes as opened (never changed) and a
 * corrected copy that fixes are written into; undo steps back through the copies. The readers (SheetJS)
 * and exceljs are loaded on demand (a separate chunk), so the page paints before they arrive.
 */
import { checkSheet } from '../engine';
import type { SheetGrid } from '../engine';
import type { CellChange, CellFix, RefusedFix } from '../io/apply-fixes';
import { numbersAsRead } from '../io/csv-numbers';
import { decodeText } from '../io/decode-text';
import type { UnreadableReason } from '../io/errors';
import { readCsv } from '../io/read-csv';
import { looksLikeOle2, looksLikeZip } from '../io/zip';

/** An .xls or a CSV file is fixed into a new .xlsx built from its cells. */
export type DocumentKind = 'xlsx' | 'xls' | 'csv';

interface Version {
  /** .xlsx bytes of this version; for a CSV or .xls file, undefined until the first fix makes an .xlsx of it. */
  bytes: Uint8Array | undefined;
  sheets: SheetGrid[];
  /** Cells written by fixes since the file was opened. */
  fixedCells: number;
  /** Every write since the file was opened, oldest first: the audit list of the corrected copy. */
  changes: CellChange[];
}

export interface WorkbookDocument {
  id: string;
  name: string;
  kind: DocumentKind;
  /** Whether it is one of the built-in samples. */
  sample: boolean;
  current: Version;
  /** Earlier versions, oldest first; the first is the file as opened. */
  history: Version[];
}

/** The file is neither an .xlsx workbook nor a CSV file. */
export class NotAWorkbookError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is not a workbook`);
    this.name = 'NotAWorkbookError';
  }
}

/** The file looks like a workbook but cannot be read: damaged, encrypted, or past the read limits. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly fileName: string,
    detail: string,
    readonly reason: UnreadableReason = 'damaged',
  ) {
    super(detail);
    this.name = 'UnreadableWorkbookError';
  }
}

let nextId = 1;

const loadExcel = () => import(/* webpackChunkName: "xlsx" */ './excel');

/** How numbers are shown in the preview: as Excel shows them under their formats (excel.ts shownNumber), once the chunk is here. */
export async function loadNumberShown(): Promise<(value: number, format: string | undefined) => string> {
  return (await loadExcel()).shownNumber;
}

/** Starts fetching exceljs without waiting for it, so it arrives while other things load. */
export function preloadExcel(): void {
  void loadExcel();
}

export function isCsvName(name: string): boolean {
  return /\.(csv|txt)$/i.test(name);
}

/**
 * Reads a file's bytes into a document: .csv / .txt by its name (UTF-8, UTF-16 or Windows-1258),
 * .xlsx and .xls by their content.
 */
export async function openDocument(name: string, data: Uint8Array, sample = false): Promise<WorkbookDocument> {
  const id = `doc${nextId++}`;
  if (isCsvName(name)) {
    const text = decodeText(data);
    if (text === undefined) throw new NotAWorkbookError(name);
    const grid = readCsv(text, name.replace(/\.[^.]+$/, ''));
    return { id, name, kind: 'csv', sample, current: { bytes: undefined, sheets: [grid], fixedCells: 0, changes: [] }, history: [] };
  }
  const zip = looksLikeZip(data);
  if (!zip && !looksLikeOle2(data)) throw new NotAWorkbookError(name);
  const { readWorkbook } = await loadExcel();
  let sheets: SheetGrid[];
  try {
    sheets = await readWorkbook(data);
  } catch (error) {
    const reason = (error as { reason?: UnreadableReason }).reason;
    if (reason === 'notWorkbook') throw new NotAWorkbookError(name);
    throw new UnreadableWorkbookError(name, error instanceof Error ? error.message : String(error), reason);
  }
  const kind = zip ? 'xlsx' : 'xls';
  return { id, name, kind, sample, current: { bytes: zip ? data : undefined, sheets, fixedCells: 0, changes: [] }, history: [] };
}

/**
 * Writes fixes into a new corrected copy and re-reads it, so the page shows (and checks) what will
 * be downloaded. Formula fixes carry their result, so the re-check reads the corrected total.
 * `refused` lists the cells Excel would not let the officer type in either (they are left alone).
 */
export async function fixDocument(document: WorkbookDocument, fixes: CellFix[]): Promise<{ document: WorkbookDocument; written: number; refused: RefusedFix[] }> {
  if (fixes.length === 0) return { document, written: 0, refused: [] };
  const { applyFixes, readWorkbook, gridsToWorkbook } = await loadExcel();
  // A CSV's figures go into the workbook as the numbers the check read, not as the text they were.
  const grids = document.kind === 'csv' && !document.current.bytes ? document.current.sheets.map((grid) => numbersAsRead(grid, checkSheet(grid).tables)) : document.current.sheets;
  const base = document.current.bytes ?? (await gridsToWorkbook(grids));
  const copy = await applyFixes(base, fixes);
  if (copy.changes.length === 0) return { document, written: 0, refused: copy.refused };
  const sheets = await readWorkbook(copy.bytes);
  const current = { bytes: copy.bytes, sheets, fixedCells: document.current.fixedCells + copy.changes.length, changes: [...document.current.changes, ...copy.changes] };
  return { document: { ...document, current, history: [...document.history, document.current] }, written: copy.changes.length, refused: copy.refused };
}

/** Steps back to the copy before the last fix; returns the document unchanged when there is none. */
export function undoDocument(document: WorkbookDocument): WorkbookDocument {
  const previous = document.history[document.history.length - 1];
  if (!previous) return document;
  return { ...document, current: previous, history: document.history.slice(0, -1) };
}

/** The name the corrected copy is downloaded under: `plan.xlsx` → `plan (đã sửa).xlsx`. */
export function correctedName(name: string, suffix: string): string {
  const stem = name.replace(/\.[^.]+$/, '');
  return `${stem} (${suffix}).xlsx`;
}
