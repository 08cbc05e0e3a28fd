/** The Excel implementation of the pane's CheckHost: every action the pane offers, done through Office.js. */
import { checkWorkbook, parseCellAddress } from '../engine';
import type { CheckOptions, Finding, Lang } from '../engine';
import { HostError } from '../ui/host';
import type { CheckHost, CheckResult, FixMode, FixResult, TemplateSpec, UndoResult } from '../ui/host';
import { planFixes } from '../ui/fix-plan';
import type { CellKind } from '../ui/fix-plan';
import { fixTargets, restoreBatch, writeFixes } from './fix';
import { setMarks } from './highlight';
import { JournalStore, shown } from './journal';
import { runBatch, supports, toHostError, undoInExcel } from './office-apis';
import type { Apis } from './office-apis';
import { DEFAULT_LIMITS, readActiveSheet } from './read-sheet';
import type { ReadLimits, SheetRead } from './read-sheet';
import { writeReportSheet } from './report-sheet';
import { insertTemplate } from './template';

export const LIVE_DEBOUNCE_MS = 800;

export class OfficeHost implements CheckHost {
  private readonly journal: JournalStore;
  private lastRead?: SheetRead;
  private liveHandler?: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  private liveTimer?: ReturnType<typeof setTimeout>;
  private readonly apis: Apis;
  private waitListener?: (waiting: boolean) => void;

  constructor(
    apis: Apis,
    private readonly limits: ReadLimits = DEFAULT_LIMITS,
    private readonly debounceMs = LIVE_DEBOUNCE_MS,
  ) {
    this.apis = { ...apis, onWait: (waiting) => this.waitListener?.(waiting) };
    this.journal = new JournalStore(apis.office.context.document.settings, undoInExcel(apis));
  }

  onWaiting(listener: (waiting: boolean) => void): void {
    this.waitListener = listener;
  }

  async check(options: CheckOptions): Promise<CheckResult> {
    const started = Date.now();
    const read = await readActiveSheet(this.apis, this.limits);
    this.lastRead = read;
    const report = checkWorkbook([read.grid], options);
    if (read.truncatedFrom) report.notices.push({ messageId: 'sheetTruncated', sheet: read.grid.name, params: { rows: String(this.limits.maxRows) } });
    return {
      report,
      sheet: read.grid.name,
      address: read.address,
      scope: read.scope,
      elapsedMs: Date.now() - started,
      workbookName: workbookName(this.apis.office.context.document.url),
      checkedAt: new Date(),
    };
  }

  async select(sheet: string, cells: string[]): Promise<void> {
    if (cells.length === 0) return;
    const many = cells.length > 1 && supports(this.apis, '1.9');
    await runBatch(this.apis, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      if (many) worksheet.getRanges(cells.join(',')).select();
      else worksheet.getRange(cells[0]).select();
      await context.sync();
    });
  }

  /** Marks the findings' cells, replacing every earlier mark in the workbook; `null` removes them all. */
  async highlight(findings: Finding[] | null): Promise<void> {
    const sheet = this.lastRead?.grid.name ?? findings?.[0]?.sheet;
    if (findings !== null && sheet && this.lastRead?.isProtected) throw new HostError('protected', { sheet });
    await setMarks(this.apis, sheet, findings);
  }

  /** Writes the root findings' fixes (formulas stay formulas), journalled first; see fix.ts. */
  async fix(findings: Finding[], mode: FixMode): Promise<FixResult> {
    const grid = this.lastRead?.grid;
    const kindOf = (sheet: string, cell: string): CellKind => {
      if (!grid || grid.name !== sheet) return undefined;
      const at = parseCellAddress(cell);
      const held = at && grid.cells[at.row - grid.origin.row]?.[at.col - grid.origin.col];
      return held && held.formula !== undefined ? 'formula' : 'typed';
    };
    const plan = planFixes(findings, mode, kindOf);
    if (plan.fixes.length === 0) return { written: 0, skipped: plan.skipped };
    const sheet = plan.fixes[0].sheet;
    const checked = grid?.name === sheet ? grid : undefined;
    const batch = await writeFixes(this.apis, this.journal, sheet, fixTargets(plan.fixes.filter((f) => f.sheet === sheet)), checked);
    return { written: batch.cells.length, skipped: plan.skipped };
  }

  /**
   * The add-in's own undo, for Excel without ExcelApi 1.20. A step that can no longer be undone
   * safely (its sheet deleted, its rows moved) is dropped so older steps stay reachable.
   */
  async undo(): Promise<UndoResult> {
    const journal = this.journal.read();
    const batch = journal.fixes[journal.fixes.length - 1];
    if (!batch) throw new HostError('nothingToUndo');
    try {
      const result = await restoreBatch(this.apis, batch);
      journal.fixes.pop();
      journal.audit.push(...batch.cells.filter((c) => !result.skipped.includes(c.cell)).map((c) => ({ sheet: batch.sheet, cell: c.cell, before: shown(c.wrote), after: shown(c.before), rule: 'undo', at: new Date().toISOString() })));
      await this.journal.write(journal);
      return result;
    } catch (error) {
      if (error instanceof HostError && (error.code === 'rowsMoved' || error.code === 'sheetGone')) {
        journal.fixes.pop();
        await this.journal.write(journal);
      }
      throw error;
    }
  }

  canUndo(): boolean {
    return !this.undoInHost() && this.journal.read().fixes.length > 0;
  }

  /** With ExcelApi 1.20 every fix is one step on Excel's own undo history: Ctrl+Z undoes it. */
  undoInHost(): boolean {
    return undoInExcel(this.apis);
  }

  writeReport(result: CheckResult, lang: Lang): Promise<string> {
    return writeReportSheet(this.apis, result, lang, this.journal.read().audit);
  }

  async setLive(on: boolean, onChange: () => void): Promise<void> {
    await this.stopLive();
    if (!on) return;
    this.liveHandler = await runBatch(this.apis, async (context) => {
      const handler = context.workbook.worksheets.getActiveWorksheet().onChanged.add(async () => {
        clearTimeout(this.liveTimer);
        this.liveTimer = setTimeout(onChange, this.debounceMs);
      });
      await context.sync();
      return handler;
    });
  }

  insertTemplate(spec: TemplateSpec): Promise<string> {
    return insertTemplate(this.apis, spec);
  }

  private async stopLive(): Promise<void> {
    clearTimeout(this.liveTimer);
    const handler = this.liveHandler;
    if (!handler) return;
    this.liveHandler = undefined;
    try {
      await this.apis.excel.run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      });
    } catch (error) {
      throw toHostError(error);
    }
  }
}

/** `https://.../Kế hoạch 2017.xlsx` → `Kế hoạch 2017.xlsx`. */
export function workbookName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const last = url.split(/[\\/]/).pop() ?? url;
  try {
    return decodeURIComponent(last.split('?')[0]);
  } catch {
    return last;
  }
}
