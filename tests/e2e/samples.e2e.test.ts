/** The built-in samples open on arrival, each with the findings the engine reports for it, marked in the preview. */
import * as path from 'path';
import {
  SAMPLES_DIR,
  SAMPLE_FILES,
  expectedFindings,
  readGrids,
  recordFigures,
  screenshot,
  shownFindings,
  sortFindings,
  startSession,
  waitForFindings,
} from './harness';
import type { Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

test('the samples open on arrival with their findings, listed and marked at their cells', async () => {
  const page = await session.newPage();
  const started = Date.now();
  await page.goto(session.url);
  await waitForFindings(page, SAMPLE_FILES[0]);
  const wallMs = Date.now() - started;
  const sinceNavigationMs = await page.evaluate(() => performance.now());

  expect(await page.locator('[data-testid=document-tabs] [role=tab]').allTextContents()).toEqual(SAMPLE_FILES);
  for (const name of SAMPLE_FILES) {
    await page.getByRole('tab', { name }).click();
    await waitForFindings(page, name);
    const [grid] = await readGrids(path.join(SAMPLES_DIR, name));
    const expected = expectedFindings(grid);
    const shown = await shownFindings(page);
    expect(sortFindings(shown)).toEqual(sortFindings(expected));

    // Every marked cell in view is a finding's cell, and every finding's cell in view is marked.
    const flagged = new Set(expected.map((f) => f.cell));
    const rendered = await page
      .locator('[data-testid=sheet-preview] [role=gridcell]')
      .evaluateAll((cells) => cells.map((c) => ({ cell: c.getAttribute('data-cell') ?? '', severity: c.getAttribute('data-severity') })));
    expect(rendered.length).toBeGreaterThan(20);
    for (const { cell, severity } of rendered) expect([cell, Boolean(severity)]).toEqual([cell, flagged.has(cell)]);
    await screenshot(page, `sample-${name.replace(/\.xlsx$/, '')}`);
  }

  recordFigures('e2e-timings.json', {
    pageLoadToSampleFindings: { wallClockMs: wallMs, sinceNavigationStartMs: Math.round(sinceNavigationMs) },
  });
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});
