/** axe-core in the real page: no serious or critical violation, in Vietnamese and in English. */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { ROOT, openPage, screenshot, startSession, waitForFindings } from './harness';
import type { Session } from './harness';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

async function seriousViolations(page: Page): Promise<string[]> {
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.each([['vi'], ['en']])('no serious or critical axe violation (%s)', async (lang) => {
  const page = await session.newPage({ bypassCSP: true });
  await openPage(session, page);
  if (lang === 'en') {
    await page.getByRole('radio', { name: 'English' }).check();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }
  // With a finding's cell opened too, so the cell panel is scanned.
  const goTo = page.locator('[data-testid=findings-panel] li button').first();
  if (await goTo.count()) await goTo.click();
  await page.locator('[data-testid=sheet-preview] [role=gridcell]').first().click();
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: 'nghe-an-2017-chi-tieu.xlsx' }).click();
  await waitForFindings(page, 'nghe-an-2017-chi-tieu.xlsx');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, `a11y-${lang}`);
});
