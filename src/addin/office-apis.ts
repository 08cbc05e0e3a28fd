/**
 * The two Office.js globals the adapter uses, passed in so tests can hand it an in-memory fake.
 * Every call into Excel goes through `runBatch`: cell-edit mode waits instead of failing where
 * Excel supports it, a hung sync ends in a timeout, and Excel's errors become HostErrors.
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
  if (code === 'AccessDenied' || /protected/i.test(message)) return new HostError('protected', { sheet: '' }, message);
  return new HostError('unexpected', { detail: code ? `${code}: ${message}` : message }, message);
}
