import { reportCsv, reportHtml } from '../../src/web/report';

const change = { sheet: 'Kinh phí', cell: 'C6', before: '=SUM(C3:C4)', after: '=SUM(C3:C5)', rule: 'budget.totalRow', at: '2026-11-30T06:00:00.000Z' };

describe('the corrected copy’s report', () => {
  it('lists every write: cell, before, after, rule, time', () => {
    const input = { fileName: 'kh.xlsx', findings: [], checkedAt: new Date(0), lang: 'vi' as const, changes: [change] };
    const csv = reportCsv(input);
    expect(csv).toContain('\r\nNhật ký sửa\r\nTrang tính;Ô;Trước;Sau;Quy tắc;Thời điểm\r\nKinh phí;C6;=SUM(C3:C4);=SUM(C3:C5);budget.totalRow;2026-11-30T06:00:00.000Z\r\n');
    expect(reportHtml(input, 'Báo cáo')).toContain('<td>=SUM(C3:C4)</td><td>=SUM(C3:C5)</td>');
    expect(reportCsv({ ...input, changes: [] })).not.toContain('Nhật ký sửa');
  });
});

describe('the report CSV opens in the officer’s Excel', () => {
  const finding = {
    id: 'F1',
    rule: 'budget/total-rows',
    severity: 'error' as const,
    messageId: 'budgetTotalRows',
    sheet: 'Kinh phí',
    cell: 'C8',
    cells: ['C4', 'C5'],
    expected: '103486',
    actual: '103476.5',
    difference: '-9.5',
    params: { rowName: 'Tổng cộng', column: 'Tổng số', source: 'Tổng số' },
  };
  const input = (lang: 'vi' | 'en') => ({ fileName: 'kp.xlsx', findings: [finding], checkedAt: new Date(0), lang });

  it('in Vietnamese: `;` between fields (a vi-VN Excel’s list separator), numbers as that Excel reads them, a BOM', () => {
    const csv = reportCsv(input('vi'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header.split(';')).toHaveLength(9);
    const fields = line.split(';');
    expect(fields.slice(0, 4)).toEqual(['1', 'Lỗi', 'Kinh phí', 'C8']);
    // `103.486` and `103.476,5` are numbers to a Vietnamese Excel; nothing is quoted that need not be.
    expect(fields.slice(5, 8)).toEqual(['103.486', '103.476,5', '-9,5']);
  });

  it('in English: `,` between fields, a number with a thousands comma quoted', () => {
    const csv = reportCsv(input('en'));
    const line = csv.slice(1).split('\r\n')[1];
    expect(line).toContain(',"103,486","103,476.5",-9.5,');
    expect(line.startsWith('1,Error,Kinh phí,C8,')).toBe(true);
  });

  it('quotes a field holding the separator, so a message with `;` stays in its column', () => {
    const csv = reportCsv({ ...input('vi'), fileName: 'a;b.xlsx', changes: [{ ...change, before: 'x;y' }] });
    expect(csv).toContain(';"x;y";');
  });
});
