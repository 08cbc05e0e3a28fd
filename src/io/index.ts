/** File adapters: .xlsx (exceljs) and CSV in, SheetGrids out; fixes written back to a copy. Browser-safe. */
export { readWorkbook } from './read-workbook';
export { readCsv, detectDelimiter } from './read-csv';
export { applyFixes } from './apply-fixes';
export type { CellChange, CellFix, CorrectedCopy, RefusedFix } from './apply-fixes';
export { UnreadableInputError } from './errors';
export { looksLikeZip } from './zip';
