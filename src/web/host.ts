/**
 * The shared pane's CheckHost, for a workbook held in the page instead of Excel: checks run on the
 * sheet shown in the preview, "select" moves the preview's selection, fixes go into a corrected
 * copy (the opened file is never touched) and undo steps back through the copies.
 */
import { checkSheet, parseCellAddress, rangeAddress } from '../engine';
import type { CheckOptions, Finding, SheetGrid } from '../engine';
import type { CheckHost, CheckResult, FixMode, FixResult, UndoResult } from '../ui/host';
import { planFixes } from '../ui/fix-plan';
import type { CellKind } from '../ui/fix-plan';
import { HostError } from '../ui/host';
import { fixDocument, undoDocument } from './documents';
import type { WorkbookDocument } from './documents';

export interface WebHostBinding {
  /** The document and sheet the preview shows now. */
  current(): { document: WorkbookDocument; sheet: SheetGrid } | undefined;
  /** Replaces the document (after a fix or an undo). */
  update(document: WorkbookDocument): void;
  /** Moves the preview to these cells (the first is selected). */
  reveal(sheet: string, cells: string[]): void;
  /** Every check's result and the sheet it read, so the preview can mark the flagged cells. */
  checked(result: CheckResult, sheet: SheetGrid): void;
}

/** What a cell of the page's copy holds now, for planFixes. */
function kindIn(grid: SheetGrid | undefined, address: string): CellKind {
  const at = parseCellAddress(address);
  if (!grid || !at) return undefined;
  const cell = grid.cells[at.row - grid.origin.row]?.[at.col - grid.origin.col];
  return cell?.formula !== undefined ? 'formula' : 'typed';
}

function usedRange(grid: SheetGrid): string {
  const rows = grid.cells.length;
  const cols = grid.cells.reduce((max, row) => Math.max(max, row ? row.length : 0), 0);
  return rangeAddress({
    top: grid.origin.row,
    left: grid.origin.col,
    bottom: grid.origin.row + Math.max(0, rows - 1),
    right: grid.origin.col + Math.max(0, cols - 1),
  });
}

export class WebHost implements CheckHost {
  /** The last check's findings, consequences too: where a typed total's SUM formula is looked for (planFixes). */
  private lastFindings: Finding[] = [];

  constructor(private readonly binding: WebHostBinding) {}

  async check(options: CheckOptions): Promise<CheckResult> {
    const current = this.binding.current();
    if (!current) throw new HostError('noWorkbook');
    const started = performance.now();
    const report = checkSheet(current.sheet, options);
    const result: CheckResult = {
      report,
      sheet: current.sheet.name,
      address: usedRange(current.sheet),
      scope: 'sheet',
      elapsedMs: performance.now() - started,
      workbookName: current.document.name,
      checkedAt: new Date(),
    };
    this.lastFindings = report.findings;
    this.binding.checked(result, current.sheet);
    return result;
  }

  async select(sheet: string, cells: string[]): Promise<void> {
    this.binding.reveal(sheet, cells);
  }

  async fix(findings: Finding[], mode: FixMode): Promise<FixResult> {
    const current = this.binding.current();
    if (!current) throw new HostError('noWorkbook');
    const plan = planFixes(findings, mode, (sheet, cell) => kindIn(current.document.current.sheets.find((s) => s.name === sheet), cell), [...findings, ...this.lastFindings]);
    const fixes = plan.fixes.map(({ sheet, cell, formula, value, rule }) => ({ sheet, cell, formula, value, rule }));
    const { document, written, refused } = await fixDocument(current.document, fixes);
    this.binding.update(document);
    const skipped = [...plan.skipped, ...refused.map((r) => ({ cell: r.cell, reason: r.reason }))];
    return { written, skipped };
  }

  async undo(): Promise<UndoResult> {
    const current = this.binding.current();
    if (!current || current.document.history.length === 0) throw new HostError('nothingToUndo');
    const restored = current.document.current.fixedCells - current.document.history[current.document.history.length - 1].fixedCells;
    this.binding.update(undoDocument(current.document));
    return { restored, skipped: [] };
  }

  canUndo(): boolean {
    return (this.binding.current()?.document.history.length ?? 0) > 0;
  }
}
