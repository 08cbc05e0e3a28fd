/** The Excel implementation of the pane's CheckHost: every action the pane offers, done through Office.js. */
import { checkWorkbook } from '../engine';
import type { CheckOptions, Finding, Lang } from '../engine';
import { HostError } from '../ui/host';
import type { CheckHost, CheckResult, FixMode, TemplateSpec } from '../ui/host';
import { fixTargets, restoreBatch, writeFixes } from './fix';
import { removeMarks, updateMarks } from './highlight';
import { JournalStore } from './journal';
import { runBatch, supports, toHostError } from './office-apis';
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

  constructor(
    private readonly apis: Apis,
    private readonly limits: ReadLimits = DEFAULT_LIMITS,
    private readonly debounceMs = LIVE_DEBOUNCE_MS,
  ) {
    this.journal = new JournalStore(apis.office.context.document.settings);
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

  /** Marks the findings' cells, replacing earlier marks; `null` removes them all. */
  async highlight(findings: Finding[] | null): Promise<void> {
    const journal = this.journal.read();
    const sheet = this.lastRead?.grid.name ?? findings?.[0]?.sheet;
    const elsewhere = journal.highlights.filter((marks) => findings === null || marks.sheet !== sheet);
    if (elsewhere.length > 0) {
      await removeMarks(this.apis, elsewhere);
      journal.highlights = journal.highlights.filter((marks) => !elsewhere.includes(marks));
      await this.journal.write(journal);
    }
    if (findings === null || !sheet) return;
    if (this.lastRead?.isProtected) throw new HostError('protected', { sheet });
    const marks = await updateMarks(this.apis, sheet, journal.highlights[0], findings);
    journal.highlights = marks.cells.length > 0 ? [marks] : [];
    await this.journal.write(journal);
  }

  async fix(findings: Finding[], mode: FixMode): Promise<number> {
    const targets = fixTargets(findings, mode);
    if (targets.length === 0) return 0;
    const sheet = findings[0].sheet;
    const checked = this.lastRead?.grid.name === sheet ? this.lastRead.grid : undefined;
    const batch = await writeFixes(this.apis, sheet, targets, checked);
    const journal = this.journal.read();
    journal.fixes.push(batch);
    await this.journal.write(journal);
    return batch.cells.length;
  }

  async undo(): Promise<number> {
    const journal = this.journal.read();
    const batch = journal.fixes[journal.fixes.length - 1];
    if (!batch) throw new HostError('nothingToUndo');
    const restored = await restoreBatch(this.apis, batch);
    journal.fixes.pop();
    await this.journal.write(journal);
    return restored;
  }

  canUndo(): boolean {
    return this.journal.read().fixes.length > 0;
  }

  writeReport(result: CheckResult, lang: Lang): Promise<string> {
    return writeReportSheet(this.apis, result, lang);
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
