import { reportCsv, reportHtml } from '../../src/web/report';

const change = { sheet: 'Kinh phí', cell: 'C6', before: '=SUM(C3:C4)', after: '=SUM(C3:C5)', rule: 'budget.totalRow', at: '2026-11-30T06:00:00.000Z' };

describe('the corrected copy’s report', () => {
  it('lists every write: cell, before, after, rule, time', () => {
    const input = { fileName: 'kh.xlsx', findings: [], checkedAt: new Date(0), lang: 'vi' as const, changes: [change] };
    const csv = reportCsv(input);
    expect(csv).toContain('\r\nNhật ký sửa\r\nTrang tính,Ô,Trước,Sau,Quy tắc,Thời điểm\r\nKinh phí,C6,=SUM(C3:C4),=SUM(C3:C5),budget.totalRow,2026-11-30T06:00:00.000Z\r\n');
    expect(reportHtml(input, 'Báo cáo')).toContain('<td>=SUM(C3:C4)</td><td>=SUM(C3:C5)</td>');
    expect(reportCsv({ ...input, changes: [] })).not.toContain('Nhật ký sửa');
  });
});
