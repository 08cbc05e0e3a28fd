/**
 * The production pane with Microsoft's real office.js (the local copy in @microsoft/office-js, served
 * in place of the CDN) starts outside Office without an error: office.js reports no host and the
 * pane says it runs inside Excel. Every script office.js asks the CDN for is answered from the same
 * local copy, so nothing leaves the machine. Anything else is refused and fails the test, except
 * the one thing office.js itself (not the pane) opens outside Office: Microsoft's telemetry proxy.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strings } from '../../src/ui/strings';
import { ROOT, startSession } from './harness';
import type { Session } from './harness';

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const LOCAL = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
/** Opened by office.js as a hidden frame when it finds no Office host. */
const OFFICE_JS_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

test('the built pane starts outside Office with the real office.js: host null, its message, no error', async () => {
  const page = await session.newPage({ width: 320, height: 700 });
  const served: string[] = [];
  const refused: string[] = [];
  await page.context().route('**/*', async (route) => {
    const address = route.request().url();
    if (address.startsWith(session.url)) return route.continue();
    const file = address.startsWith(CDN) ? path.join(LOCAL, new URL(address).pathname.slice(new URL(CDN).pathname.length)) : undefined;
    if (file && file.startsWith(LOCAL + path.sep) && fs.existsSync(file)) {
      served.push(address);
      return route.fulfill({ path: file, contentType: 'text/javascript' });
    }
    refused.push(address);
    return route.abort('blockedbyclient');
  });
  await page.goto(new URL('taskpane.html', session.url).href);
  await page.getByText(strings.vi.outsideExcel).waitFor({ timeout: 60_000 });
  const office = await page.evaluate(() => {
    const o = (window as unknown as { Office?: { context?: { host?: unknown } } }).Office;
    return { loaded: Boolean(o), host: o?.context?.host ?? null, excel: typeof (window as unknown as { Excel?: unknown }).Excel };
  });
  expect(office).toEqual({ loaded: true, host: null, excel: 'undefined' });
  expect(served).toContain(`${CDN}office.js`);
  expect(refused.filter((address) => !OFFICE_JS_TELEMETRY.test(address))).toEqual([]);
  expect(session.foreignRequests.filter((address) => !address.startsWith(CDN) && !OFFICE_JS_TELEMETRY.test(address))).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});
