/** Each fixture opened through the file input shows what the engine, run in node on the same file, finds. */
import * as path from 'path';
import {
  documentTabCount,
  expectedFindings,
  fixtureFiles,
  openPage,
  openThroughInput,
  readGrids,
  screenshot,
  shownFindings,
  sortFindings,
  startSession,
  waitForFindings,
  waitForNewDocument,
} from './harness';
import type { Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

test.each(fixtureFiles().map((file) => [path.basename(file), file]))('%s through the file input shows the engine’s findings', async (name, file) => {
  const page = await session.newPage();
  await openPage(session, page);
  const before = await documentTabCount(page);
  await openThroughInput(page, file);
  await waitForNewDocument(page, before);
  const grids = await readGrids(file);
  for (const [index, grid] of grids.entries()) {
    if (grids.length > 1) await page.locator('[data-testid=sheet-tabs] [role=tab]').nth(index).click();
    await page.locator(`[data-testid=findings-panel][data-ready=true][data-sheet="${grid.name}"]`).waitFor();
    const count = await waitForFindings(page, name);
    const expected = expectedFindings(grid);
    expect(count).toBe(expected.length);
    expect(sortFindings(await shownFindings(page))).toEqual(sortFindings(expected));
  }
  await screenshot(page, `fixture-${name.replace(/\.xlsx$/, '')}`);
  expect(session.pageErrors).toEqual([]);
});
