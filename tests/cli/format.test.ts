import { formatJson } from '../../src/cli/format-json';
import { cellRuns, formatText } from '../../src/cli/format-text';
import type { Finding, Report } from '../../src/engine/types';

/** A report as the engine would give it, written by hand so that these tests do not wait for the rules. */
function sampleReport(): Report {
  const cause: Finding = {
    id: 'F1',
    rule: 'budget/total-rows',
    severity: 'error',
    messageId: 'test.cause',
    sheet: 'Kinh phí',
    tableId: 'T1',
    cell: 'I19',
    cells: ['I5', 'I8', 'I12', 'I15', 'I18'],
    expected: '10140',
    actual: '10050',
    difference: '90',
    params: {},
    explanation: { messageId: 'test.explanation', params: {} },
    fix: { cell: 'I19', formula: 'I5+I8+I12+I15+I18' },
  };
  const consequence: Finding = {
    id: 'F2',
    rule: 'budget/year-grand-total',
    severity: 'error',
    messageId: 'test.consequence',
    sheet: 'Kinh phí',
    tableId: 'T1',
    cell: 'I20',
    cells: [],
    expected: '3240',
    actual: '3220',
    params: {},
    causeId: 'F1',
    fix: { cell: 'I20', value: '3240' },
  };
  const note: Finding = { id: 'F3', rule: 'values/text-number', severity: 'info', messageId: 'test.note', sheet: 'Kinh phí', cell: 'D7', cells: [], params: {} };
  return {
    tables: [
      {
        id: 'T1',
        sheet: 'Kinh phí',
        range: 'A3:R20',
        kind: 'budget',
        unit: 'triệu đồng',
        columns: [
          { col: 0, header: 'TT', role: 'number', address: 'A' },
          { col: 8, header: 'Năm 2014 / Trung ương', role: 'amount', year: 2014, source: 'central', scope: 'year', address: 'I' },
        ],
      },
    ],
    findings: [cause, consequence, note],
    notices: [{ messageId: 'emptySheet', sheet: 'Trống', params: {} }],
    summary: { errors: 2, warnings: 0, info: 1 },
  };
}

describe('text output', () => {
  it('names the period of a period column only in a table of years: a yearly plan’s `Tổng số | NSTW` has none', () => {
    const withColumns = (columns: Report['tables'][number]['columns']): Report => ({ ...sampleReport(), tables: [{ ...sampleReport().tables[0], columns }] });
    const total = { col: 2, header: 'Tổng số', role: 'amount' as const, source: 'total' as const, scope: 'period' as const, address: 'C' };
    const central = { col: 3, header: 'NSTW', role: 'amount' as const, source: 'central' as const, scope: 'period' as const, address: 'D' };
    const year = { col: 4, header: 'Năm 2024 / NSTW', role: 'amount' as const, year: 2024, source: 'central' as const, scope: 'year' as const, address: 'E' };
    expect(formatText({ file: 'f.xlsx', report: withColumns([total, central]) }, 'vi')).toContain('Cột: C tổng, D TW\n');
    expect(formatText({ file: 'f.xlsx', report: withColumns([year, total]) }, 'vi')).toContain('Cột: E 2024 TW, C cả giai đoạn tổng\n');
  });

  it('names the agencies that take part as such, not as a second lead agency', () => {
    const withColumns = (columns: Report['tables'][number]['columns']): Report => ({ ...sampleReport(), tables: [{ ...sampleReport().tables[0], columns }] });
    const lead = { col: 5, header: 'Cơ quan chủ trì', role: 'agency' as const, address: 'F' };
    const partner = { col: 6, header: 'Cơ quan phối hợp', role: 'agency' as const, partner: true, address: 'G' };
    expect(formatText({ file: 'f.xlsx', report: withColumns([lead, partner]) }, 'vi')).toContain('Cột: F đơn vị chủ trì, G đơn vị phối hợp\n');
    expect(formatText({ file: 'f.xlsx', report: withColumns([lead, partner]) }, 'en')).toContain('Columns: F lead agency, G partner agencies\n');
  });

  it('labels a figure set against a plan or a baseline as such, not as a value to correct', () => {
    const met: Finding = { id: 'F9', rule: 'values/target-met', severity: 'info', messageId: 'valuesTargetMet', sheet: 'Chỉ tiêu', cell: 'E6', cells: ['D6'], expected: '20', actual: '21.5', difference: '1.5', params: { year: '2024', result: '21,5', target: '20' } };
    const text = formatText({ file: 'f.xlsx', report: { ...sampleReport(), findings: [met] } }, 'vi');
    expect(text).toContain('Mốc so sánh: 20 · Số liệu: 21,5');
    expect(text).not.toContain('Đúng ra: 20');
    // A total's expected value is still what the cell should hold.
    expect(formatText({ file: 'f.xlsx', report: sampleReport() }, 'vi')).toContain('Đúng ra: 10.140 · Đang ghi: 10.050');
    // `Trong đó` parts past their whole: their sum is what the whole must reach, not its value.
    const exceeds: Finding = { id: 'F3', rule: 'budget/row-total', severity: 'warning', messageId: 'budgetRowBreakdownExceeds', sheet: 'Biểu 03', cell: 'C12', cells: ['D12', 'E12'], expected: '160', actual: '140', difference: '-20', params: { rowName: 'II', columns: 'NS tỉnh, NS huyện', column: 'Tổng kinh phí' } };
    expect(formatText({ file: 'f.xlsx', report: { ...sampleReport(), findings: [exceeds] } }, 'vi')).toContain('Mốc so sánh: 160 · Số liệu: 140');
  });

  it('shows the table, the findings with long numbers grouped in the reader’s convention, consequences under their cause', () => {
    const text = formatText({ file: 'ke-hoach.xlsx', report: sampleReport() }, 'vi');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Tệp: ke-hoach.xlsx');
    expect(text).toContain('Trang tính “Trống” trống.');
    expect(text).toContain('Bảng kinh phí “Kinh phí” A3:R20 · đơn vị: triệu đồng');
    expect(text).toContain('Cột: A TT, I 2014 TW');
    const causeLine = lines.findIndex((line) => line.includes('Kinh phí!I19 (I5, I8, I12, I15, I18)'));
    expect(lines[causeLine]).toMatch(/^ {2}\[Lỗi\] /);
    expect(lines[causeLine + 1]).toBe('    Đúng ra: 10.140 · Đang ghi: 10.050 · Chênh lệch: 90');
    expect(lines[causeLine + 2]).toBe('    test.explanation');
    expect(lines[causeLine + 3]).toBe('    Sửa: I19 ← =I5+I8+I12+I15+I18');
    expect(lines[causeLine + 4]).toMatch(/^ {4}\[Lỗi\] Kinh phí!I20: test.consequence \[hệ quả của lỗi ở ô I19 phía trên\]$/);
    expect(lines[causeLine + 5]).toBe('      Đúng ra: 3.240 · Đang ghi: 3.220');
    expect(lines[causeLine + 6]).toBe('      Sửa: I20 ← 3.240');
    expect(text).toContain('[Lưu ý] Kinh phí!D7: test.note');
    expect(lines[lines.length - 1]).toBe('Tổng kết: 2 lỗi, 0 cảnh báo, 1 lưu ý.');
  });

  it('writes each run of consecutive cells of a column as a range', () => {
    expect(cellRuns(['C19', 'C20', 'C21', 'E5', 'F5', 'F6', 'C22'])).toBe('C19:C21, E5, F5:F6, C22');
    const report = sampleReport();
    report.findings[0].cells = ['I5', 'I6', 'I7', 'I8', 'I12'];
    expect(formatText({ file: 'ke-hoach.xlsx', report }, 'vi')).toContain('Kinh phí!I19 (I5:I8, I12)');
  });

  it('keeps a finding on its line when it quotes a label or header written over two lines (`TỔNG SỐ⏎TOTAL`)', () => {
    const quoting: Finding = { id: 'F9', rule: 'budget/row-total', severity: 'warning', messageId: 'budgetRowBreakdownExceeds', sheet: 'M07', tableId: 'T1', cell: 'K63', cells: ['L63'], expected: '5', actual: '4', params: { rowName: 'III “TỔNG SỐ \nTOTAL”', columns: 'L', column: 'Tổng số\nTotal' } };
    const text = formatText({ file: 'f.xlsx', report: { ...sampleReport(), findings: [quoting] } }, 'vi');
    expect(text).toContain('[Cảnh báo] M07!K63 (L63): Dòng III “TỔNG SỐ TOTAL”: các cột “trong đó” (L) cộng lại 5, lớn hơn cột “Tổng số Total” (4).\n');
  });

  it('shows a table’s first rounding notes, then one line counting the rest and naming their cells; JSON keeps them all', () => {
    const rounding = (cell: string, i: number): Finding => ({ id: `R${i}`, rule: 'budget/row-total', severity: 'info', messageId: 'budgetRounding', sheet: 'Kinh phí', tableId: 'T1', cell, cells: [], expected: '100', actual: '101', difference: '1', params: { cell, difference: '1', expected: '100' } });
    const cells = ['F20', 'F21', 'F22', 'H22', 'F23', 'F24', 'G7', 'F24'];
    const report = { ...sampleReport(), findings: [...sampleReport().findings, ...cells.map(rounding)] };
    const text = formatText({ file: 'f.xlsx', report }, 'vi');
    expect(text.match(/làm tròn số\.$/gm)).toHaveLength(3);
    expect(text).toContain('Kinh phí!F20: Ô F20 lệch 1');
    expect(text).toContain('Kinh phí!F22: Ô F22 lệch 1');
    expect(text).not.toContain('Kinh phí!H22:');
    // The real findings are all there, before the count.
    expect(text).toContain('[Lỗi] Kinh phí!I19');
    expect(text).toContain('  [Lưu ý] Còn 5 chênh lệch nhỏ khác trong phạm vi làm tròn số, không phải sai sót, ở các ô: F23:F24, G7, H22.\n');
    expect(formatText({ file: 'f.xlsx', report }, 'en')).toContain('5 more small differences within rounding, not mistakes, at: F23:F24, G7, H22.');
    // Four are shown in full: a count of one is no shorter.
    const four = formatText({ file: 'f.xlsx', report: { ...sampleReport(), findings: cells.slice(0, 4).map(rounding) } }, 'vi');
    expect(four).not.toContain('Còn ');
    expect(four.match(/làm tròn số\.$/gm)).toHaveLength(4);
    expect(JSON.parse(formatJson([{ file: 'f.xlsx', report }], 'vi')).findings).toHaveLength(3 + cells.length);
  });

  it('writes English with English numbers', () => {
    const text = formatText({ file: 'plan.xlsx', report: sampleReport() }, 'en');
    expect(text).toContain('Budget table “Kinh phí” A3:R20 · unit: triệu đồng');
    expect(text).toContain('Expected: 10,140 · Actual: 10,050 · Difference: 90');
    expect(text).toContain('[consequence of the mistake at I19 above]');
    expect(text).toContain('Summary: 2 errors, 0 warnings, 1 info.');
    // One of a kind is singular.
    const one = { ...sampleReport(), summary: { errors: 1, warnings: 1, info: 0 } };
    expect(formatText({ file: 'plan.xlsx', report: one }, 'en')).toContain('Summary: 1 error, 1 warning, 0 info.');
  });
});

describe('JSON output', () => {
  it('keeps the contract: file, tables, findings led by the documented fields, notices rendered, summary', () => {
    const json = JSON.parse(formatJson([{ file: 'ke-hoach.xlsx', report: sampleReport() }], 'en'));
    expect(Object.keys(json)).toEqual(['file', 'tables', 'findings', 'notices', 'summary']);
    expect(json.tables[0]).toMatchObject({ sheet: 'Kinh phí', range: 'A3:R20', kind: 'budget', unit: 'triệu đồng' });
    const [cause, consequence, note] = json.findings;
    expect(cause).toMatchObject({
      rule: 'budget/total-rows',
      severity: 'error',
      sheet: 'Kinh phí',
      cell: 'I19',
      cells: ['I5', 'I8', 'I12', 'I15', 'I18'],
      expected: '10140',
      actual: '10050',
      message: 'test.cause',
      explanation: 'test.explanation',
      explanationId: 'test.explanation',
      id: 'F1',
      difference: '90',
      fix: { cell: 'I19', formula: 'I5+I8+I12+I15+I18' },
    });
    expect(consequence.causeId).toBe('F1');
    expect(note).toMatchObject({ expected: null, actual: null, explanation: null });
    expect(json.notices[0]).toMatchObject({ messageId: 'emptySheet', sheet: 'Trống', message: 'Sheet “Trống” is empty.' });
    expect(json.summary).toEqual({ errors: 2, warnings: 0, info: 1 });
  });

  it('gives an array when several files were checked', () => {
    const json = JSON.parse(formatJson([{ file: 'a.xlsx', report: sampleReport() }, { file: 'b.xlsx', report: sampleReport() }], 'vi'));
    expect(json.map((r: { file: string }) => r.file)).toEqual(['a.xlsx', 'b.xlsx']);
  });
});
