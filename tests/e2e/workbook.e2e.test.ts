/**
 * What a newcomer met on files of their own: a workbook whose findings are on a later sheet (the
 * whole workbook's counts, each sheet tab's, the page opening on the sheet with findings, the report
 * covering every sheet, `;`-separated in Vietnamese), a corrected CSV whose figures must come back
 * as numbers, and SUM formulas written into typed totals when asked for.
 */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { checkSheet, parseCellAddress } from '../../src/engine';
import type { SheetGrid } from '../../src/engine';
import { readWorkbook } from '../../src/io/read-workbook';
import { strings } from '../../src/ui/strings';
import { openPage, startSession, waitForFindings } from './harness';
import type { Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

type Row = (string | number | null)[];

async function workbookOf(sheets: Record<string, Row[]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const budget = (total: number): Row[] => [
  ['DỰ TOÁN CHI NĂM 2026', null, null, null, null],
  [null, null, null, null, 'Đơn vị: triệu đồng'],
  ['STT', 'Nội dung', 'Tổng số', 'NSTW', 'NSĐP'],
  ['1', 'Huyện A', 100, 60, 40],
  ['2', 'Huyện B', 200, 120, 80],
  ['3', 'Huyện C', 300, 100, 200],
  [null, 'Cộng', total, 280, 320],
];

async function open(page: Page, name: string, buffer: Buffer, mimeType: string): Promise<void> {
  await page.locator('[data-testid=file-input]').setInputFiles({ name, mimeType, buffer });
  await waitForFindings(page, name);
}

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testId}]`).click()]);
  return fs.readFileSync(await file.path());
}

const cellOf = (grid: SheetGrid, address: string) => {
  const at = parseCellAddress(address)!;
  return grid.cells[at.row]?.[at.col];
};

test('a workbook whose mistakes are on its third sheet: whole-workbook counts, tab counts, opened there, the report covers every sheet', async () => {
  const buffer = await workbookOf({
    'Tờ trình': [['TỜ TRÌNH'], ['Về việc phê duyệt dự toán chi năm 2026']],
    'Dự toán 2026': budget(600),
    'Phân bổ': budget(650),
  });
  const grids = await readWorkbook(new Uint8Array(buffer));
  const expected = grids.map((grid) => checkSheet(grid, {}));
  expect(expected.map((r) => r.summary.errors)).toEqual([0, 0, expect.any(Number)]);
  const errors = expected[2].summary.errors;
  expect(errors).toBeGreaterThan(0);

  const page = await session.newPage();
  await openPage(session, page);
  await open(page, 'nhieu-trang.xlsx', buffer, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const summary = page.locator('[data-testid=workbook-summary][data-done=true]');
  await summary.waitFor();
  expect(Number(await summary.getAttribute('data-errors'))).toBe(errors);
  expect(await summary.textContent()).toContain('Phân bổ');
  // Opened on the sheet that has findings, and says why.
  await page.locator('[data-testid=findings-panel][data-ready=true][data-sheet="Phân bổ"]').waitFor();
  expect(await summary.textContent()).toContain('Tờ trình');
  // Each sheet tab tells its counts.
  const tabs = await page.locator('[data-testid=sheet-tabs] [role=tab]').allTextContents();
  expect(tabs).toEqual(['Tờ trình(0 lỗi)', 'Dự toán 2026(0 lỗi)', `Phân bổ(${errors} lỗi)`]);

  // From the first sheet, the report still covers the whole workbook; `;` between fields in Vietnamese.
  await page.locator('[data-testid=sheet-tabs] [role=tab]').first().click();
  await page.locator('[data-testid=findings-panel][data-ready=true][data-sheet="Tờ trình"]').waitFor();
  const csv = (await download(page, 'download-csv')).toString('utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0].split(';')).toHaveLength(9);
  const total = expected.reduce((n, r) => n + r.findings.length, 0);
  expect(lines).toHaveLength(total + 1);
  expect(lines.slice(1).every((line) => line.split(';')[2] === 'Phân bổ')).toBe(true);
  const html = (await download(page, 'download-html')).toString('utf8');
  expect((html.match(/<tr>/g) ?? []).length).toBe(total + 1);
  expect(session.pageErrors).toEqual([]);
});

test('a corrected Vietnamese CSV downloads with its figures as numbers, and re-checks clean', async () => {
  const csv = [
    'DỰ TOÁN CHI NĂM 2026',
    ';;;;Đơn vị tính: triệu đồng',
    'STT;Nội dung;Tổng số;NSTW;NSĐP',
    '1;Văn phòng Sở;4.970;0;4.970',
    '2;Thanh tra Sở;1.230;0;1.230',
    '3;Chi cục PCTNXH;2.130;350;1.780',
    '4;Trung tâm DVVL;4.660;1.200;3.460',
    ';Tổng cộng;12.890;1.550;11.440',
  ].join('\r\n');
  const page = await session.newPage();
  await openPage(session, page);
  await open(page, 'du-toan.csv', Buffer.from(`\uFEFF${csv}`, 'utf8'), 'text/csv');
  await page.locator('[data-testid=fix-all]').click();
  await page.locator('[data-testid=corrected-copy]').waitFor();
  const [copy] = await readWorkbook(new Uint8Array(await download(page, 'download-corrected')));
  expect(cellOf(copy, 'C8')?.value).toBe(12990);
  for (const [address, value] of [['C4', 4970], ['D8', 1550], ['E8', 11440], ['D6', 350]] as const) expect(cellOf(copy, address)?.value).toBe(value);
  expect(cellOf(copy, 'B8')?.value).toBe('Tổng cộng');
  expect(checkSheet(copy, {}).findings).toEqual([]);
  // The page's own re-check of the copy agrees.
  await page.locator('[data-testid=findings-panel][data-ready=true][data-count="0"]').waitFor();
  expect(session.pageErrors).toEqual([]);
});

test('SUM formulas into typed totals: a typed parent gets its SUM, a total with none gets its value and is named', async () => {
  const buffer = await workbookOf({
    'Biểu 02': [
      ['DỰ TOÁN CHI NĂM 2026', null, null, null, null],
      [null, null, null, null, 'ĐVT: Triệu đồng'],
      ['TT', 'Nội dung', 'Tổng số', 'NSTW', 'NSĐP'],
      ['A', 'CHI THƯỜNG XUYÊN', 300, 100, 200],
      ['1', 'Trợ cấp xã hội', 120, 20, 100],
      ['2', 'Người có công', 180, 80, 100],
      ['B', 'CHI ĐẦU TƯ PHÁT TRIỂN', 500, 300, 200],
      ['1', 'Cơ sở cai nghiện', 500, 300, 200],
      ['2', 'Nghĩa trang liệt sĩ', 250, 0, 250],
      [null, 'TỔNG CỘNG', 800, 400, 400],
    ],
  });
  const [grid] = await readWorkbook(new Uint8Array(buffer));
  const roots = checkSheet(grid, {}).findings.filter((f) => f.fix && !f.causeId);
  expect(roots.map((f) => `${f.cell} ${f.fix!.formula ?? f.fix!.value}`).sort()).toEqual(['C10 1050', 'C7 750', 'E10 650', 'E7 450']);

  const page = await session.newPage();
  await openPage(session, page);
  await open(page, 'tong-phu.xlsx', buffer, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await page.getByRole('radio', { name: strings.vi.fixModeFormula }).check();
  await page.locator('[data-testid=fix-all]').click();
  await page.locator('[data-testid=corrected-copy]').waitFor();
  const notice = await page.locator('[data-testid=notice-text]').textContent();
  expect(notice).toContain('C10, E10');
  expect(notice).toContain('SUM');
  const [copy] = await readWorkbook(new Uint8Array(await download(page, 'download-corrected')));
  expect(cellOf(copy, 'C7')).toMatchObject({ formula: 'SUM(C8:C9)', value: 750 });
  expect(cellOf(copy, 'E7')).toMatchObject({ formula: 'SUM(E8:E9)', value: 450 });
  expect(cellOf(copy, 'C10')?.formula).toBeUndefined();
  expect(cellOf(copy, 'C10')?.value).toBe(1050);
  expect(checkSheet(copy, {}).summary.errors).toBe(0);
  expect(session.pageErrors).toEqual([]);
});
