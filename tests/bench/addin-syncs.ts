/**
 * How many round trips the add-in makes to check a 200,000-cell sheet in Excel on the web (issue 11),
 * counted by the fake Excel the add-in tests use (tests/addin/fake-excel.ts), which refuses any
 * request past the web's 5 MB payload limit as Excel does: one sync for the sheet's shape, then the
 * blocks the reader sizes below the limit from the start (a refused request would add a sync and
 * is counted too); then the highlights of the findings (clearing old marks included).
 */
import { OfficeHost } from '../../src/addin/office-host';
import { FakeWorkbook, WEB_PAYLOAD_LIMIT } from '../addin/fake-excel';


export interface SyncCount {
  cells: number;
  checkSyncs: number;
  /** Requests Excel refused for their size: the reader should size every one below the limit. */
  refused: number;
  highlightSyncs: number;
  findings: number;
}

/** 20,000 rows × 10 columns of numbers, one of them text. */
export async function addinSyncs(): Promise<SyncCount> {
  const book = new FakeWorkbook();
  book.payloadLimit = WEB_PAYLOAD_LIMIT;
  const rows = Array.from({ length: 20_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => (c === 1 ? `dòng ${r}` : r * 10 + c)));
  book.addSheet('S', rows);
  const host = new OfficeHost({ excel: book.excel, office: book.office(), timeoutMs: 60_000 }, undefined, 20);
  const { report } = await host.check({});
  const checkSyncs = book.syncCount;
  await host.highlight(report.findings);
  return { cells: 200_000, checkSyncs, refused: book.refusedCount, highlightSyncs: book.syncCount - checkSyncs, findings: report.findings.length };
}
