/**
 * What the pane asks of the place it runs in. The Excel add-in implements all of it
 * (src/addin/office-host.ts); the web page implements `check` and whatever else it can.
 * The pane shows a control only when its capability is present.
 */
import type { CheckOptions, Finding, FundingSource, Lang, Report } from '../engine';
import type { SkippedFix } from './fix-plan';

/** The whole active sheet, or only the selection when the officer selected several cells. */
export type CheckScope = 'sheet' | 'selection';

export interface CheckResult {
  report: Report;
  /** Sheet (or file) the check read. */
  sheet: string;
  /** A1 range that was read, e.g. `A1:R40`. */
  address: string;
  scope: CheckScope;
  elapsedMs: number;
  /** Workbook or file name, for the report sheet. */
  workbookName?: string;
  /** When the check ran. */
  checkedAt: Date;
}

/** Fix by writing the recomputed number, or the SUM formula that computes it. */
export type FixMode = 'value' | 'formula';

export interface TemplateSpec {
  kind: 'indicator' | 'budget';
  /** Budget tables: one column group per year; indicator grids: one target column per year. */
  years: number[];
  /** Budget tables: the sources of each year, e.g. ['central', 'local']. A per-year total column is added when 'total' is listed. */
  sources: FundingSource[];
  /** Number of blank item rows. */
  rows: number;
  /** At the selected cell, or on a new sheet. */
  placement: 'selection' | 'newSheet';
}

/** Why a host action failed; the pane shows `strings[lang].errors[code]`. */
export type HostErrorCode =
  | 'protected'
  | 'cellEditMode'
  | 'tooLarge'
  | 'changedSinceCheck'
  | 'timeout'
  | 'nothingToUndo'
  | 'noWorkbook'
  | 'unexpected'
  | 'refused'
  | 'rowsMoved'
  | 'sheetGone'
  | 'partialWrite'
  | 'partialWriteLeft'
  | 'journalFailed'
  | 'undoNotSupported'
  | 'notEmpty';

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly params: Record<string, string | number> = {},
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'HostError';
  }
}

/** What a fix action wrote, and the fixes it left out on purpose (see planFixes). */
export interface FixResult {
  written: number;
  skipped: SkippedFix[];
}

/** What an undo put back, and the cells it left as they are because they changed after the fix. */
export interface UndoResult {
  restored: number;
  skipped: string[];
}

export interface CheckHost {
  /** Reads the sheet (or selection), runs the engine, returns what it found. */
  check(options: CheckOptions): Promise<CheckResult>;
  /** Selects a finding's cell and related cells in the sheet. */
  select?(sheet: string, cells: string[]): Promise<void>;
  /** Marks the findings' cells by severity; `null` removes the marks and restores the sheet exactly. */
  highlight?(findings: Finding[] | null): Promise<void>;
  /** Writes the fixes of these findings; returns how many cells were written. */
  fix?(findings: Finding[], mode: FixMode): Promise<FixResult>;
  /** Puts back what the last fix changed, where the cells still hold what the fix wrote. */
  undo?(): Promise<UndoResult>;
  /** Whether there is a fix to undo (also after the pane was reopened). */
  canUndo?(): boolean;
  /** Whether the host's own undo history (Excel's Ctrl+Z) holds the fixes, so the pane points there instead. */
  undoInHost?(): boolean;
  /** Tells the pane when a write waits on the host (e.g. Excel holds it while a cell is edited). */
  onWaiting?(listener: (waiting: boolean) => void): void;
  /** Writes a report sheet; returns its name. */
  writeReport?(result: CheckResult, lang: Lang): Promise<string>;
  /** Re-checks when the sheet changes: `onChange` is called (debounced) until turned off. */
  setLive?(on: boolean, onChange: () => void): Promise<void>;
  /** Inserts a blank table with its totals as formulas; returns the A1 range written. */
  insertTemplate?(spec: TemplateSpec): Promise<string>;
}
