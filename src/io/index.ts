/** File adapters: .xlsx / .xls (SheetJS) and CSV in, SheetGrids out; fixes written back to a copy. Browser-safe. */
export { readWorkbook } from './read-workbook';
export { readCsv, detectDelimiter } from './read-csv';
export { decodeText } from './decode-text';
export { applyFixes } from './apply-fixes';
export type { CellChange, CellFix, CorrectedCopy, RefusedFix } from './apply-fixes';
export { UnreadableInputError } from './errors';
export type { UnreadableReason } from './errors';
export { READ_LIMITS } from './limits';
export type { ReadLimits, LimitName } from './limits';
export { looksLikeZip, looksLikeOle2 } from './zip';
