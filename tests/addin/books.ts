/** Small workbooks for the adapter tests, and a host wired to them. */
import type { Finding } from '../../src/engine';
import { OfficeHost } from '../../src/addin/office-host';
import type { ReadLimits } from '../../src/addin/read-sheet';
import { FakeWorkbook } from './fake-excel';

export const SHEET = 'Kinh phí';

/** A budget table after the Quảng Ninh fixture: row V left out of the total row. */
export function budgetBook(): FakeWorkbook {
  const book = new FakeWorkbook();
  const sheet = book.addSheet(SHEET, [
    ['', '', '', '', 'Đơn vị tính: triệu đồng'],
    ['TT', 'Nội dung', 'Năm 2013', 'Năm 2014', 'Tổng'],
    ['I', 'Dự án 1', 100, 200, '=C3+D3'],
    ['II', 'Dự án 2', 50, 60, '=C4+D4'],
    ['V', 'Hoạt động kiểm tra, đánh giá', 20, 20, '=C5+D5'],
    ['', 'Cộng', 150, 260, 410],
    ['', 'Ghi chú', '#REF!', '', ''],
  ]);
  sheet.cell(5, 2)!.numberFormat = '#,##0';
  sheet.cell(5, 2)!.fill = '#FFFF00';
  sheet.cell(5, 2)!.bold = true;
  sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
  // The officer's own conditional format, which must survive highlighting.
  sheet.conditionalFormats.push({ id: 'user-1', ranges: [{ top: 2, left: 2, bottom: 5, right: 3 }], type: 'CellValue', formula: '=0', fill: '#00FF00' });
  return book;
}

export function hostFor(book: FakeWorkbook, limits?: ReadLimits, timeoutMs = 2000): OfficeHost {
  return new OfficeHost({ excel: book.excel, office: book.office(), timeoutMs }, limits, 20);
}

/** Findings as the engine reports the fixture's mistake: the total row misses row V. */
export function totalFindings(): Finding[] {
  const base = { rule: 'budget.totalRow', messageId: 'totalRowMismatch', sheet: SHEET, tableId: 'T1', params: {} };
  return [
    { ...base, id: 'F1', severity: 'error', cell: 'C6', cells: ['C3', 'C4', 'C5'], expected: '170', actual: '150', difference: '20', fix: { cell: 'C6', value: '170', formula: 'SUM(C3:C5)' } },
    { ...base, id: 'F2', severity: 'error', cell: 'D6', cells: ['D3', 'D4', 'D5'], expected: '280', actual: '260', difference: '20', fix: { cell: 'D6', value: '280', formula: 'SUM(D3:D5)' } },
    { ...base, id: 'F3', severity: 'warning', cell: 'E6', cells: [], causeId: 'F1', expected: '450', actual: '410', fix: { cell: 'E6', value: '450', formula: 'C6+D6' } },
    { ...base, id: 'F4', severity: 'info', cell: 'C7', cells: [], rule: 'values.error', messageId: 'cellError' },
  ];
}
