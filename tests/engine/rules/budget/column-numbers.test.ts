import { checkSheet } from '../../../../src/engine/check';
import { renderFinding } from '../../../../src/engine/i18n';
import { rule } from '../../../../src/engine/rules/budget/column-numbers';
import { findingsOf, gridOf, type TestCell } from '../../grid';

/** A one-year estimate by ministry, its column-number row (row 3) written as `labels`. */
const table = (labels: TestCell[], merges: string[] = []) =>
  gridOf(
    [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tên đơn vị', 'Tổng số', 'Chi đầu tư', 'Chi thường xuyên', 'Chi khác', 'Ghi chú'],
      ['A', 'B', ...labels],
      ['1', 'Bộ Tài chính', 60, 10, 20, 30, null],
      ['2', 'Bộ Y tế', 40, 10, 10, 20, null],
      [null, 'Tổng cộng', 100, 20, 30, 50, null],
    ],
    { merges },
  );
const check = (labels: TestCell[], merges?: string[]) => findingsOf(table(labels, merges), [rule]);

describe('budget/column-numbers', () => {
  it.each([
    ['numbered one by one', ['1', '2', '3', '4']],
    ['a sum written in its label', ['1=2+3+4', '2', '3', '4']],
    ['numbers typed as numbers', [1, 2, 3, 4]],
    ['starting at 2', ['2', '3', '4', '5']],
    ['in brackets', ['(1)', '(2)', '(3)', '(4)']],
    ['a column with no number, the next counting on', ['1', '2', null, '3']],
    ['a column with no number where a number may have been left blank', ['1', '2', null, '4']],
    ['a gap the row’s sums name: a form with columns left out', ['1', '2', '5', '6=1+4+5']],
    ['a gap the row’s sums name past it', ['1=2+5+6', '2', '5', '6']],
  ])('valid: %s', (_name, labels) => {
    expect(check(labels)).toEqual([]);
  });

  it('a repeated number, whether the row was shifted or one cell mistyped, is reported once; the columns after it said off only when they count on from it', () => {
    for (const [labels, messageId, after] of [
      [['1', '2', '2', '3'], 'budgetColumnNumberRepeated', 1],
      [['1', '2', '2', '4'], 'budgetColumnNumberRepeatedOnly', 0],
      [['1', '2', '3', '3'], 'budgetColumnNumberRepeatedOnly', 0],
    ] as const) {
      const findings = check([...labels]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ severity: 'info', cells: [expect.any(String)], messageId, actual: labels[2] === labels[3] ? '3' : '2', params: { after } });
    }
    // The last column repeating the one before: nothing after it is numbered off (not "the 0 columns after it").
    expect(renderFinding(check(['1', '2', '3', '3'])[0], 'en').message).toBe('The column-number row repeats 3 (the cell before already says 3): this one should be 4.');
    expect(renderFinding(check(['1', '2', '2', '3'])[0], 'en').message).toContain('up to the one numbered 3, are numbered one off too');
  });

  it('a skipped number is reported where the row breaks, once, whether the row was shifted or one cell mistyped', () => {
    for (const [labels, messageId, after] of [
      [['1', '2', '4', '5'], 'budgetColumnNumberSkipped', 1],
      [['1', '2', '4', '4'], 'budgetColumnNumberSkippedOnly', 0],
    ] as const) {
      const findings = check([...labels]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        severity: 'info',
        cell: 'E3',
        cells: ['D3'],
        messageId,
        expected: '3',
        actual: '4',
        params: { label: '4', previous: '2', missing: '3', after },
      });
    }
  });

  it('a skipped number that a sum before it names is still a slip', () => {
    expect(check(['1=2+3+4', '2', '3', '5'])[0]).toMatchObject({ cell: 'F3', messageId: 'budgetColumnNumberSkippedOnly', expected: '4', actual: '5' });
  });

  it('names every number a longer jump leaves out', () => {
    expect(check(['1', '4', '5', '6'])[0]).toMatchObject({ cell: 'D3', expected: '2', params: { missing: '2–3', after: 2 } });
  });

  it('a sum in the row that every row of figures breaks, and holds with one more column: the label is reported, not the rows', () => {
    // The whole engine: the rows are checked against 1=2+3+4, and hold.
    expect(checkSheet(table(['1=2+3', '2', '3', '4'])).findings.map((f) => [f.cell, f.rule])).toEqual([['C3', 'budget/column-numbers']]);
    const findings = check(['1=2+3', '2', '3', '4']);
    expect(findings).toMatchObject([{ cell: 'C3', severity: 'warning', messageId: 'budgetColumnFormulaIncomplete', cells: ['F3'], params: { label: '1=2+3', formula: '1=2+3+4', columns: '4' } }]);
  });

  it('a sum of the row tried on figures typed as text, as a CSV holds them (`1.340` in the table’s convention)', () => {
    const grid = gridOf([
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Tổng số', 'NSTW', 'NSĐP', 'Nguồn khác'],
      ['A', 'B', '1=2+3', '2', '3', '4'],
      ['1', 'Truyền thông', '350', '100', '200', '50'],
      ['2', 'Tập huấn', '250', '150', '100', null],
      ['3', 'Mô hình', '1.340', '120', '1.180', '40'],
      [null, 'Tổng cộng', '1.940', '370', '1.480', '90'],
    ]);
    expect(findingsOf(grid, [rule])).toMatchObject([{ cell: 'C3', messageId: 'budgetColumnFormulaIncomplete', params: { formula: '1=2+3+4' } }]);
  });

  it('a sum that one more column does not complete on every row stays as written: the rows that break it are the slips', () => {
    const grid = gridOf([
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tên đơn vị', 'Tổng số', 'Chi đầu tư', 'Chi thường xuyên', 'Chi khác'],
      ['A', 'B', '1=2+3', '2', '3', '4'],
      ['1', 'Bộ Tài chính', 35, 10, 20, 5],
      ['2', 'Bộ Y tế', 25, 10, 10, null],
      ['3', 'Bộ Công an', 45, 15, 30, null],
      [null, 'Tổng cộng', 105, 35, 60, 5],
    ]);
    expect(findingsOf(grid, [rule])).toEqual([]);
    expect(checkSheet(grid).findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toContain('C5');
  });

  it('reads a label merged over two columns as standing beside the next one', () => {
    expect(check(['1', null, '3', '4'])).toEqual([]);
    expect(check(['1', null, '3', '4'], ['C3:D3'])[0]).toMatchObject({ cell: 'E3', messageId: 'budgetColumnNumberSkipped', expected: '2' });
  });
});
