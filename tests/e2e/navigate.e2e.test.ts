/** Going from a finding to its cell and back: the preview scrolls to the cell and selects it; a marked cell shows its findings. */
import * as path from 'path';
import { parseCellAddress, renderFinding } from '../../src/engine';
import { strings } from '../../src/ui/strings';
import { webStrings } from '../../src/web/strings';
import { SAMPLES_DIR, cellInView, expectedFindings, openPage, previewCell, readGrids, screenshot, startSession } from './harness';
import type { Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

test('clicking a finding scrolls the preview to its cell and selects it; clicking a marked cell shows its findings', async () => {
  // A short window, so the budget table's total rows are out of view until a finding brings them in.
  const page = await session.newPage({ width: 1100, height: 600 });
  await openPage(session, page);
  const [grid] = await readGrids(path.join(SAMPLES_DIR, 'quang-ninh-2012-2015-kinh-phi.xlsx'));
  const findings = expectedFindings(grid);
  expect(findings.length).toBeGreaterThan(0);

  // The finding furthest down and to the right, from a preview scrolled to the top-left corner.
  const far = [...findings].sort((a, b) => {
    const pa = parseCellAddress(a.cell)!;
    const pb = parseCellAddress(b.cell)!;
    return pb.row + pb.col - (pa.row + pa.col);
  })[0];
  await page.locator('[data-testid=sheet-preview]').evaluate((element) => element.scrollTo(0, 0));
  await page.getByRole('button', { name: `${strings.vi.goToCell(far.cell)}: ${renderFinding(far, 'vi').message}`, exact: true }).first().click();
  await expect(previewCell(page, far.cell).getAttribute('aria-selected')).resolves.toBe('true');
  expect(await cellInView(page, far.cell)).toBe(true);
  const selectedCells = await page.locator('[data-testid=sheet-preview] [role=gridcell][aria-selected=true]').count();
  expect(selectedCells).toBe(1);
  await screenshot(page, 'finding-selected');

  // Back from the sheet: a click on a marked cell lists the findings at it.
  const first = findings[0];
  await page.getByRole('button', { name: `${strings.vi.goToCell(first.cell)}: ${renderFinding(first, 'vi').message}`, exact: true }).first().click();
  await previewCell(page, first.cell).click();
  const panel = page.locator('[data-testid=cell-findings]');
  await expect(panel.locator('h2').textContent()).resolves.toBe(webStrings.vi.cellFindings(first.cell));
  const atCell = findings.filter((f) => f.cell === first.cell);
  for (const finding of atCell) await expect(panel.getByText(renderFinding(finding, 'vi').message, { exact: true }).count()).resolves.toBe(1);
  const rank = { error: 3, warning: 2, info: 1 };
  const worst = atCell.reduce((w, f) => (rank[f.severity] > rank[w] ? f.severity : w), atCell[0].severity);
  expect(await previewCell(page, first.cell).getAttribute('data-severity')).toBe(worst);
  expect(session.pageErrors).toEqual([]);
});
