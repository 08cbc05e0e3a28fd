/** The page opens what officers have besides .xlsx: Excel 97–2003 .xls and Windows-1258 CSV, in a real browser. */
import * as path from 'path';
import { checkWorkbook } from '../../src/engine';
import { readCsv } from '../../src/io/read-csv';
import { readWorkbook } from '../../src/io/read-workbook';
import { documentTabCount, openPage, startSession, waitForFindings, waitForNewDocument } from './harness';
import type { Session } from './harness';
import * as fs from 'fs';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

test('an .xls workbook opens and is checked as the CLI checks it', async () => {
  const page = await session.newPage();
  await openPage(session, page);
  const tabs = await documentTabCount(page);
  const file = path.join(__dirname, '..', 'fixtures', 'mof-final-2006.xls');
  await page.locator('[data-testid=file-input]').setInputFiles({ name: 'quyet-toan-2006.xls', mimeType: 'application/vnd.ms-excel', buffer: fs.readFileSync(file) });
  await waitForNewDocument(page, tabs);
  const count = await waitForFindings(page, 'quyet-toan-2006.xls');
  const sheets = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
  expect(count).toBe(checkWorkbook(sheets, {}).findings.filter((finding) => finding.sheet === sheets[0].name).length);
  await expect(page.locator('[data-testid=notice-error]').count()).resolves.toBe(0);
  expect(session.pageErrors).toEqual([]);
});

test('a Windows-1258 CSV is decoded as the CLI decodes it, not garbled', async () => {
  const page = await session.newPage();
  await openPage(session, page);
  const tabs = await documentTabCount(page);
  const text = ['Đơn vị tính: triệu đồng;;;;', 'TT;Nội dung;Trung ương;Địa phương;Tổng số', 'I;Dự án 1;100;50;150', 'II;Dự án 2;200;20;220', ';Cộng;310;70;370'].join('\r\n');
  // Encoded as a Vietnamese-locale Excel writes it: Windows-1258, decomposed tone marks.
  const bytes = await page.evaluate(async (source) => {
    const table: Record<string, number> = {};
    const decoder = new TextDecoder('windows-1258');
    for (let b = 0; b < 256; b++) table[decoder.decode(Uint8Array.of(b))] = b;
    return Array.from(source.normalize('NFD')).map((ch) => table[ch] ?? table[ch.normalize('NFC')] ?? 0x3f);
  }, text);
  await page.locator('[data-testid=file-input]').setInputFiles({ name: 'ke-hoach-1258.csv', mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  await waitForNewDocument(page, tabs);
  const count = await waitForFindings(page, 'ke-hoach-1258.csv');
  expect(count).toBe(checkWorkbook([readCsv(text, 'ke-hoach-1258')], {}).findings.length);
  expect(count).toBeGreaterThan(0);
  await expect(page.getByText('Tổng số').count()).resolves.toBeGreaterThan(0);
  expect(session.pageErrors).toEqual([]);
});
