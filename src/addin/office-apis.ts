/**
 * The two Office.js globals the adapter uses, passed in so tests can hand it an in-memory fake.
 * Every call into Excel goes through `runBatch` (reads) or `runWrite` (writes): cell-edit mode
 * waits instead of failing where Excel supports it, and Excel's errors become HostErrors. A read
 * that hangs ends in a timeout; a write never does, because with `delayForCellEdit` Excel holds
 * the batch until the officer leaves the cell and then runs it: a "failed" message would be
 * false, and the cells would change after it. The pane is told the write is waiting instead.
 */
import { HostError } from '../ui/host';

export interface ExcelApi {
  run: typeof Excel.run;
}

export interface OfficeApi {
  context: {
    document: { settings: Office.Settings; url?: string };
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export interface Apis {
  excel: ExcelApi;
  office: OfficeApi;
  /** Milliseconds one Excel.run may take before the officer is told. */
  timeoutMs: number;
  /** Called with `true` when a write has waited `timeoutMs`, and `false` when it ends. */
  onWait?: (waiting: boolean) => void;
}

/**
 * Whether Excel's own undo history holds the add-in's writes: ExcelApi 1.20 (Microsoft 365) puts
 * them there and `mergeUndoGroup` makes one action one Ctrl+Z step. Perpetual Excel (2016–2024)
 * stops below it.
 */
export function undoInExcel(apis: Apis): boolean {
  return supports(apis, '1.20');
}

/**
 * Runs a batch that writes. Every Excel API the add-in calls was checked against Microsoft's list
 * of APIs without undo support ("Undo support in Excel add-ins", May 2025): Range.formulas,
 * numberFormat, format.font, merge, select; Worksheet.activate, getRange(s), tables,
 * getSpillParentOrNullObject; WorksheetCollection.add; ConditionalFormatCollection.add and
 * ConditionalFormat.delete are not on it. Worksheet.delete is: the add-in calls it only to take
 * back a report sheet whose cells failed, outside any undo group (report-sheet.ts). Document
 * settings (the journal) are not Excel APIs and are not on the list. Under ExcelApi 1.20 it is one undo group; an API without undo support
 * then throws `UndoNotSupported` instead of clearing the officer's undo history.
 */
export async function runWrite<T>(apis: Apis, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const options: Excel.RunOptions = undoInExcel(apis) ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true };
  let waiting = false;
  const timer = setTimeout(() => {
    waiting = true;
    apis.onWait?.(true);
  }, apis.timeoutMs);
  try {
    return await apis.excel.run(options, batch);
  } catch (error) {
    throw toHostError(error);
  } finally {
    clearTimeout(timer);
    if (waiting) apis.onWait?.(false);
  }
}

export function supports(apis: Apis, version: string): boolean {
  return apis.office.context.requirements.isSetSupported('ExcelApi', version);
}

export async function runBatch<T>(apis: Apis, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HostError('timeout', { seconds: Math.round(apis.timeoutMs / 1000) })), apis.timeoutMs);
  });
  try {
    return await Promise.race([apis.excel.run({ delayForCellEdit: true }, batch), timeout]);
  } catch (error) {
    throw toHostError(error);
  } finally {
    clearTimeout(timer);
  }
}

/** Excel's error codes (OfficeExtension.Error.code) mapped to what the officer can act on. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'InvalidOperationInCellEditMode' || (code === 'InvalidOperation' && /cell[- ]?edit/i.test(message))) {
    return new HostError('cellEditMode', {}, message);
  }
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') {
    return new HostError('tooLarge', {}, message);
  }
  if (code === 'UndoNotSupported') return new HostError('undoNotSupported', {}, message);
  if (code === 'AccessDenied' || /protected/i.test(message)) return new HostError('protected', { sheet: '' }, message);
  return new HostError('unexpected', { detail: code ? `${code}: ${message}` : message }, message);
}
