/** Files that are not workbooks get a clear message, and the page goes on working; CSV files are checked too. */
import * as path from 'path';
import { checkSheet } from '../../src/engine';
import { readCsv } from '../../src/io/read-csv';
import { webStrings } from '../../src/web/strings';
import { SAMPLES_DIR, documentTabCount, openPage, screenshot, startSession, waitForFindings, waitForNewDocument } from './harness';
import type { Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

test('a file that is not a workbook gives a clear message, opens nothing, and the page keeps working', async () => {
  const page = await session.newPage();
  await openPage(session, page);
  const tabs = await documentTabCount(page);

  await page.locator('[data-testid=file-input]').setInputFiles({ name: 'cong-van.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n') });
  await expect(page.locator('[data-testid=notice-error] [data-testid=notice-text]').textContent()).resolves.toBe(webStrings.vi.notAWorkbook('cong-van.pdf'));
  await screenshot(page, 'not-a-workbook');

  // A zip header with nothing behind it: looks like .xlsx, cannot be read.
  await page.locator('[data-testid=file-input]').setInputFiles({ name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]) });
  // The earlier notice stays until the new file is read: wait for the one about this file.
  await page.waitForFunction((earlier) => {
    const text = document.querySelector('[data-testid=notice-error] [data-testid=notice-text]')?.textContent;
    return Boolean(text) && text !== earlier;
  }, webStrings.vi.notAWorkbook('cong-van.pdf'));
  await expect(page.locator('[data-testid=notice-error] [data-testid=notice-text]').textContent()).resolves.toBe(webStrings.vi.unreadable('hong.xlsx'));
  expect(await documentTabCount(page)).toBe(tabs);

  // Still working: a real workbook opens and is checked.
  await page.locator('[data-testid=file-input]').setInputFiles(path.join(SAMPLES_DIR, 'nghe-an-2017-chi-tieu.xlsx'));
  await waitForNewDocument(page, tabs);
  await waitForFindings(page, 'nghe-an-2017-chi-tieu.xlsx');
  await expect(page.locator('[data-testid=notice-error]').count()).resolves.toBe(0);
  expect(session.pageErrors).toEqual([]);
});

test('a CSV file opens and shows what the engine finds in it', async () => {
  const page = await session.newPage();
  await openPage(session, page);
  const tabs = await documentTabCount(page);
  const csv = [
    'Đơn vị tính: triệu đồng;;;;',
    'TT;Nội dung;Trung ương;Địa phương;Tổng số',
    'I;Dự án 1;100;50;150',
    'II;Dự án 2;200;20;220',
    ';Cộng;310;70;370',
  ].join('\r\n');
  await page.locator('[data-testid=file-input]').setInputFiles({ name: 'ke-hoach.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await waitForNewDocument(page, tabs);
  const count = await waitForFindings(page, 'ke-hoach.csv');
  expect(count).toBe(checkSheet(readCsv(csv, 'ke-hoach'), {}).findings.length);
  expect(session.pageErrors).toEqual([]);
});
