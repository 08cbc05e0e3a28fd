/**
 * What can go wrong around the pane, at the narrow width (320 px): a protected sheet, a cell being
 * edited, a sheet with no table, an empty sheet — each gives its message and loses nothing (compared
 * cell for cell with the workbook before). Then live re-check after an edit, a template inserted and
 * checked, a report sheet written, and where the pane's requests went.
 */
import * as path from 'path';
import { renderNotice } from '../../src/engine';
import { fillParams } from '../../src/ui/strings';
import { SHEET, afterSync, check, findingItem, findingsFor, idle, keyOf, messages, QUANG_NINH, shot, sim, snapshotOf, startPaneSession } from './pane-harness';
import type { Pane, PaneSession } from './pane-harness';
import { FIXTURES, expectedFindings, readGrids } from './harness';

const WIDTH = 320;
let session: PaneSession;
beforeAll(async () => {
  session = await startPaneSession();
});
afterAll(async () => session?.close());

const allSheets = (pane: Pane) => sim(pane, (s) => s.book.sheets.map((sheet) => s.snapshot(sheet.name)));

test('a protected sheet: checked, but highlight and fix all refuse with the protection message and write nothing', async () => {
  const pane = await session.open({ width: WIDTH });
  await check(pane);
  await sim(pane, (s, sheet: string) => {
    s.book.sheet(sheet).isProtected = true;
    s.refresh();
  }, SHEET);
  const before = await allSheets(pane);
  const message = fillParams(pane.s.errors.protected, { sheet: SHEET });
  await afterSync(pane, () => pane.pane.getByRole('button', { name: /^Sửa tất cả/ }).click());
  await expect(messages(pane)).resolves.toContain(message);
  // Waits for the highlight's own syncs, so the message is its own and not the one left by fix all.
  await afterSync(pane, () => pane.pane.getByRole('switch', { name: pane.s.highlight }).click());
  await expect(messages(pane)).resolves.toContain(message);
  await shot(pane, `${WIDTH}-protected`);
  expect(await allSheets(pane)).toEqual(before);
});

test('a cell being edited: Excel holds check and fix all until the edit ends, then they run; a host that fails instead gives its message', async () => {
  const pane = await session.open({ width: WIDTH });
  const before = await allSheets(pane);
  const editing = (honoured: boolean) =>
    sim(pane, (s, delayHonoured: boolean) => {
      s.book.cellEditMode = true;
      s.book.delayHonoured = delayHonoured;
      s.refresh();
    }, honoured);
  /** Clicks, waits until the batch reached Excel (and is held there), then the officer leaves the cell. */
  const heldUntilEditEnds = async (button: Parameters<typeof pane.pane.getByRole>[1]) => {
    const syncs = await sim(pane, (s) => s.book.syncCount);
    await pane.pane.getByRole('button', button).click();
    await pane.page.waitForFunction((n) => window.sim.book.syncCount > n, syncs, { timeout: 60_000 });
    expect(await allSheets(pane)).toEqual(before);
    await sim(pane, (s) => s.book.endCellEdit());
    await idle(pane);
  };

  // Excel holds a batch run with delayForCellEdit: no error, and the check runs when the edit ends.
  await editing(true);
  await heldUntilEditEnds({ name: pane.s.check, exact: true });
  await pane.pane.getByRole('heading', { name: pane.s.findings }).waitFor();
  await expect(messages(pane)).resolves.toEqual([]);

  // A write waits too, and writes only once the officer leaves the cell.
  await editing(true);
  await heldUntilEditEnds({ name: /^Sửa tất cả/ });
  await expect(messages(pane)).resolves.toEqual([]);
  expect(await allSheets(pane)).not.toEqual(before);
  await afterSync(pane, () => pane.pane.getByRole('button', { name: pane.s.undo }).click());
  expect(await allSheets(pane)).toEqual(before);

  // A host that fails the batch instead of holding it: the officer is told to leave the cell.
  await editing(false);
  await afterSync(pane, () => pane.pane.getByRole('button', { name: pane.s.check, exact: true }).click());
  await expect(messages(pane)).resolves.toContain(pane.s.errors.cellEditMode);
  await shot(pane, `${WIDTH}-cell-edit`);
  expect(await allSheets(pane)).toEqual(before);
});

test.each([
  ['no table', 'Ghi chú', [['Ghi chú'], ['Số liệu sẽ được cập nhật sau.']], 'noTable'],
  ['empty', 'Trống', [], 'emptySheet'],
])('a sheet with %s: its notice, no findings, nothing written', async (_, name, rows, messageId) => {
  const pane = await session.open({ width: WIDTH });
  await sim(pane, (s, [sheet, content]) => s.addSheet(sheet as string, content as string[][]), [name, rows] as [string, string[][]]);
  const before = await allSheets(pane);
  await check(pane);
  await expect(messages(pane)).resolves.toContain(renderNotice({ messageId, sheet: name, params: {} }, 'vi'));
  await expect(pane.pane.getByText(pane.s.noFindings).count()).resolves.toBe(1);
  await expect(pane.pane.getByRole('button', { name: pane.s.fixAll(0) }).isDisabled()).resolves.toBe(true);
  await pane.pane.getByRole('switch', { name: pane.s.highlight }).click();
  await pane.page.waitForTimeout(200);
  await shot(pane, `${WIDTH}-${messageId}`);
  expect(await allSheets(pane)).toEqual(before);
});

test('live re-check: an edit in the sheet updates the findings without pressing Check', async () => {
  const pane = await session.open({ width: WIDTH });
  const findings = await findingsFor(QUANG_NINH);
  const rowNumber = findings.find((f) => !f.causeId && f.fix)!;
  await check(pane);
  await expect(findingItem(pane, rowNumber).count()).resolves.toBe(1);
  await afterSync(pane, () => pane.pane.getByRole('switch', { name: pane.s.live }).click());
  // The officer types the row number the finding asks for.
  await sim(pane, (s, [sheet, cell, value]) => s.edit(sheet, cell, value), [SHEET, rowNumber.fix!.cell, rowNumber.fix!.value!]);
  await findingItem(pane, rowNumber).waitFor({ state: 'detached', timeout: 30_000 });
  await shot(pane, `${WIDTH}-live-recheck`, pane.pane.getByRole('heading', { name: pane.s.findings }));
});

test('a budget template inserted on a new sheet, with its totals as formulas, checks clean', async () => {
  const pane = await session.open({ width: WIDTH });
  await pane.pane.getByRole('button', { name: pane.s.template }).click();
  await afterSync(pane, () => pane.pane.getByRole('button', { name: pane.s.templateInsert, exact: true }).click());
  const inserted = await pane.pane.getByText(/^Đã chèn biểu mẫu vào /).textContent();
  const sheet = await sim(pane, (s) => s.book.activeSheet);
  expect(sheet).not.toBe(SHEET);
  expect(inserted).toContain(`${sheet}!A1:`);
  const formulas = await sim(pane, (s, name: string) => [...s.book.sheet(name).cells.values()].filter((c) => c.formula?.startsWith('=SUM(')).length, sheet);
  expect(formulas).toBeGreaterThan(0);
  await check(pane);
  await expect(pane.pane.locator('[role=status]').first().textContent()).resolves.toContain(pane.s.summary(0, 0, 0));
  await shot(pane, `${WIDTH}-template`);
});

test('a report sheet is written beside the checked sheet, which is left as it was', async () => {
  const pane = await session.open({ width: WIDTH });
  const findings = await findingsFor(QUANG_NINH);
  await check(pane);
  const before = await snapshotOf(pane);
  await afterSync(pane, () => pane.pane.getByRole('button', { name: pane.s.report }).click());
  const names = await sim(pane, (s) => s.book.sheets.map((sheet) => sheet.name));
  expect(names).toHaveLength(2);
  await pane.pane.getByText(pane.s.reportWritten(names[1])).waitFor();
  const text = await sim(pane, (s, name: string) => [...s.book.sheet(name).cells.values()].map((c) => c.formula ?? String(c.value)).join('\n'), names[1]);
  for (const finding of findings) expect(text).toContain(finding.cell);
  expect(await snapshotOf(pane)).toBe(before);
  await sim(pane, (s, name: string) => s.activate(name), names[1]);
  await shot(pane, `${WIDTH}-report-sheet`);
});

test('Excel 2019 (ExcelApi 1.8): merged areas unread, findings as the engine gives them without merges; a finding selects its own cell only', async () => {
  const pane = await session.open({ width: WIDTH, api: '1.8' });
  const [grid] = await readGrids(path.join(FIXTURES, QUANG_NINH));
  const findings = expectedFindings({ ...grid, merges: [] });
  await check(pane);
  await expect(pane.pane.locator('[aria-labelledby=findings-heading] li[aria-label]').count()).resolves.toBe(findings.length);
  const withCells = findings.find((f) => f.cells.length > 0)!;
  await afterSync(pane, () => findingItem(pane, withCells).getByRole('button', { name: new RegExp(`^${pane.s.goToCell(withCells.cell)}`) }).first().click());
  const selection = await sim(pane, (s) => ({ range: s.book.selection.range, areas: s.book.selectedAreas }));
  expect(selection.areas).toEqual([]);
  expect(`${selection.range.top},${selection.range.left}`).toBe(keyOf(withCells.cell));
});

test('no request left for any host but the page’s own (office.js is the stand-in here)', () => {
  expect(session.requests.length).toBeGreaterThan(0);
  expect(session.requests.filter((address) => !address.startsWith(`${session.url}/`))).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});
