/**
 * Fixing into a corrected copy: fix all writes the root findings' fixes only (a consequence is
 * right once its cause is fixed), download, and the downloaded workbook re-checks (in node) with
 * no error at a fixed cell, as values and as SUM formulas; consequences' cells are left as they
 * were; undo goes back; the reports download, with the audit list of the writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Download, Page } from 'playwright-core';
import { checkSheet, parseCellAddress, renderFinding } from '../../src/engine';
import { readWorkbook } from '../../src/io/read-workbook';
import { strings } from '../../src/ui/strings';
import { SAMPLES_DIR, expectedFindings, openPage, readGrids, screenshot, startSession } from './harness';
import type { Session } from './harness';

const BUDGET = 'quang-ninh-2012-2015-kinh-phi.xlsx';
let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

async function downloadOf(page: Page, testId: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testId}]`).click()]);
  const file = await download.path();
  return { download, bytes: fs.readFileSync(file) };
}

async function panelState(page: Page) {
  const panel = page.locator('[data-testid=findings-panel][data-ready=true]');
  await panel.waitFor();
  return { count: Number(await panel.getAttribute('data-count')), errors: Number(await panel.getAttribute('data-errors')) };
}

test('fix all as values, download the corrected copy: no error at a fixed cell, consequences untouched, the original unchanged', async () => {
  const page = await session.newPage();
  await openPage(session, page);
  const original = fs.readFileSync(path.join(SAMPLES_DIR, BUDGET));
  const [grid] = await readGrids(path.join(SAMPLES_DIR, BUDGET));
  const before = expectedFindings(grid);
  const fixable = before.filter((f) => f.fix && !f.causeId);
  const consequences = before.filter((f) => f.fix && f.causeId);
  expect(fixable.length).toBeGreaterThan(0);

  await page.locator('[data-testid=fix-all]').click();
  await page.locator('[data-testid=corrected-copy]').waitFor();
  await screenshot(page, 'fixed-all');

  const { download, bytes } = await downloadOf(page, 'download-corrected');
  expect(download.suggestedFilename()).toBe('quang-ninh-2012-2015-kinh-phi (đã sửa).xlsx');
  const corrected = await readWorkbook(new Uint8Array(bytes));
  const fixedCells = new Set(fixable.map((f) => f.fix!.cell));
  for (const sheet of corrected) expect(checkSheet(sheet, {}).findings.filter((f) => f.severity === 'error' && fixedCells.has(f.cell))).toEqual([]);
  // The fixed cells hold the fixes; a consequence's cell is left as it was.
  for (const finding of fixable) {
    const at = parseCellAddress(finding.fix!.cell)!;
    if (finding.fix!.value !== undefined) expect(String(corrected[0].cells[at.row]?.[at.col]?.value)).toBe(finding.fix!.value);
  }
  for (const finding of consequences) {
    const at = parseCellAddress(finding.fix!.cell)!;
    expect(corrected[0].cells[at.row]?.[at.col]).toEqual(grid.cells[at.row]?.[at.col]);
  }
  // The sample as served is unchanged.
  expect(fs.readFileSync(path.join(SAMPLES_DIR, BUDGET)).equals(original)).toBe(true);

  // Undo goes back to the file as opened.
  await page.locator('[data-testid=undo]').click();
  await page.locator('[data-testid=corrected-copy]').waitFor({ state: 'detached' });
  expect(await panelState(page)).toEqual({ count: before.length, errors: before.filter((f) => f.severity === 'error').length });
  expect(session.pageErrors).toEqual([]);
});

test('fix all totals as SUM formulas: the copy holds formulas and re-checks with no error', async () => {
  const page = await session.newPage();
  await openPage(session, page);
  const [grid] = await readGrids(path.join(SAMPLES_DIR, BUDGET));
  const withFormula = expectedFindings(grid).filter((f) => f.fix?.formula && !f.causeId);
  await page.getByRole('radio', { name: strings.vi.fixModeFormula }).check();
  await page.locator('[data-testid=fix-all]').click();
  await page.locator('[data-testid=corrected-copy]').waitFor();
  const { bytes } = await downloadOf(page, 'download-corrected');
  const corrected = await readWorkbook(new Uint8Array(bytes));
  const fixedCells = new Set(withFormula.map((f) => f.fix!.cell));
  for (const sheet of corrected) expect(checkSheet(sheet, {}).findings.filter((f) => f.severity === 'error' && fixedCells.has(f.cell))).toEqual([]);
  for (const finding of withFormula) {
    const at = parseCellAddress(finding.fix!.cell)!;
    expect(corrected[0].cells[at.row]?.[at.col]?.formula).toBe(finding.fix!.formula);
  }
});

test('the report downloads as CSV and as HTML, one line per finding', async () => {
  const page = await session.newPage();
  await openPage(session, page);
  const [grid] = await readGrids(path.join(SAMPLES_DIR, BUDGET));
  const findings = expectedFindings(grid);

  const csv = (await downloadOf(page, 'download-csv')).bytes.toString('utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe(['STT', 'Mức độ', 'Trang tính', 'Ô', 'Nội dung', 'Đúng ra (hay mốc so sánh)', 'Đang ghi', 'Chênh lệch', 'Giải thích'].join(';'));
  expect(lines.length).toBe(findings.length + 1);

  const html = (await downloadOf(page, 'download-html')).bytes.toString('utf8');
  expect((html.match(/<tr>/g) ?? []).length).toBe(findings.length + (findings.length ? 1 : 0));
  for (const finding of findings) expect(html).toContain(renderFinding(finding, 'vi').message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
});
