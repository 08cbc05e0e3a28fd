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
  const bytes = windows1258(text);
  expect(new TextDecoder('utf-8').decode(bytes)).not.toContain('Tổng');
  await page.locator('[data-testid=file-input]').setInputFiles({ name: 'ke-hoach-1258.csv', mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  await waitForNewDocument(page, tabs);
  const count = await waitForFindings(page, 'ke-hoach-1258.csv');
  expect(count).toBe(checkWorkbook([readCsv(text, 'ke-hoach-1258')], {}).findings.length);
  expect(count).toBeGreaterThan(0);
  await expect(page.getByText('Tổng số').count()).resolves.toBeGreaterThan(0);
  expect(session.pageErrors).toEqual([]);
});

/**
 * Text as a Vietnamese-locale Excel saves it in Windows-1258: letters with a shape mark (â, ơ, đ…)
 * are one byte, tone marks a combining byte after them (`ổ` is `ô` + U+0309).
 */
const SHAPE_MARKS = ['\u0302', '\u0306', '\u031b'];

function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = byteOf.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const [base, ...marks] = Array.from(ch.normalize('NFD'));
    // The shape mark (circumflex, breve, horn) composes with the letter; the tone mark stays combining.
    const shape = marks.filter((mark) => SHAPE_MARKS.includes(mark)).join('');
    const shaped = (base + shape).normalize('NFC');
    const tones = marks.filter((mark) => !SHAPE_MARKS.includes(mark));
    for (const part of [shaped, ...tones]) {
      const byte = byteOf.get(part);
      if (byte === undefined) throw new Error(`no Windows-1258 byte for ${part}`);
      out.push(byte);
    }
  }
  return Uint8Array.from(out);
}
