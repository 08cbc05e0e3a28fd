/**
 * The 200,000-cell budget workbook in the page: how long from opening it to its findings on screen
 * (measured and reported, not asserted), and the preview still scrolls to a finding at the bottom.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { checkSheet, renderFinding } from '../../src/engine';
import { readWorkbook } from '../../src/io/read-workbook';
import { strings } from '../../src/ui/strings';
import { budgetWorkbook } from './budget-workbook';
import { cellInView, documentTabCount, openPage, previewCell, recordFigures, screenshot, startSession, waitForFindings, waitForNewDocument } from './harness';
import type { Session } from './harness';

const NAME = 'ngan-sach-200k.xlsx';
let session: Session;
let file: string;
let numericCells = 0;
let mistake = '';

beforeAll(async () => {
  session = await startSession();
  // 41 projects × 12 parts × 22 activities: 11,358 rows of 18 amounts.
  const built = await budgetWorkbook(41, 12, 22);
  numericCells = built.numericCells;
  mistake = built.mistake;
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'soat-bieu-e2e-')), NAME);
  fs.writeFileSync(file, built.bytes);
});
afterAll(async () => session?.close());

test('a 200,000-cell budget workbook: findings on screen, and a finding at the bottom brings its cell into view', async () => {
  expect(numericCells).toBeGreaterThanOrEqual(200_000);
  const page = await session.newPage();
  await openPage(session, page);
  const tabs = await documentTabCount(page);

  const started = Date.now();
  await page.locator('[data-testid=file-input]').setInputFiles(file);
  await waitForNewDocument(page, tabs);
  const count = await waitForFindings(page, NAME, 120_000);
  const openToFindingsMs = Date.now() - started;
  await screenshot(page, 'budget-200k');

  const nodeStarted = performance.now();
  const [grid] = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
  const report = checkSheet(grid, {});
  const nodeMs = performance.now() - nodeStarted;
  expect(count).toBe(report.findings.length);
  expect(report.summary.errors).toBeGreaterThan(0);
  expect(report.findings.map((f) => f.cell)).toContain(mistake);

  const bottom = report.findings.reduce((a, b) => (Number(b.cell.replace(/^[A-Z]+/, '')) > Number(a.cell.replace(/^[A-Z]+/, '')) ? b : a));
  const started2 = Date.now();
  await page.getByRole('button', { name: `${strings.vi.goToCell(bottom.cell)}: ${renderFinding(bottom, 'vi').message}`, exact: true }).first().click();
  await expect(previewCell(page, bottom.cell).getAttribute('aria-selected')).resolves.toBe('true');
  const findingToCellMs = Date.now() - started2;
  expect(await cellInView(page, bottom.cell)).toBe(true);
  // Windowed: a few hundred cells in the DOM, not 200,000.
  expect(await page.locator('[data-testid=sheet-preview] [role=gridcell]').count()).toBeLessThan(2_000);
  await screenshot(page, 'budget-200k-bottom');

  recordFigures('e2e-timings.json', {
    budgetWorkbook: {
      numericCells,
      rows: grid.cells.length,
      fileBytes: fs.statSync(file).size,
      findings: count,
      openToFindingsOnScreenMs: openToFindingsMs,
      findingClickToCellSelectedMs: findingToCellMs,
      nodeReadAndCheckMs: Math.round(nodeMs),
    },
  });
  expect(session.pageErrors).toEqual([]);
});
