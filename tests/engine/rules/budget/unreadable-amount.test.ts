import { checkSheet } from '../../../../src/engine/check';
import { renderFinding } from '../../../../src/engine/i18n';
import { rule } from '../../../../src/engine/rules/budget/unreadable-amount';
import { findingsOf, gridOf, type TestCell } from '../../grid';

/** A one-year table: Tổng cộng typed, three items, C = D + E; `cell` typed in C6. */
const table = (cell: TestCell, total: TestCell = 7_300): TestCell[][] => [
  ['Đơn vị: triệu đồng'],
  ['STT', 'Nội dung', 'Tổng số', 'Chia ra', null, 'Ghi chú'],
  [null, null, null, 'NSTW', 'NSĐP', null],
  [null, 'Tổng cộng', total, 4_500, 2_800, null],
  ['1', 'Giáo dục', 5_000, 3_000, 2_000, null],
  ['2', 'Y tế', cell, 1_000, 500, 'Số ước'],
  ['3', 'Văn hóa', 800, 500, 300, null],
];
const check = (rows: TestCell[][]) => findingsOf(gridOf(rows, { merges: ['D2:E2'] }), [rule]);

describe('budget/unreadable-amount', () => {
  it.each([
    ['a typed number', 1_500],
    ['a text number (its own rule)', '1.500'],
    ['a figure with its unit (a text number)', '1.500 triệu'],
    ['words', 'Đã bố trí'],
    ['a dash', '-'],
    ['a footnote marker', '(1)'],
    ['an error value (its own rule)', { value: { error: '#REF!' } }],
  ])('valid: %s', (_name, cell) => {
    expect(check(table(cell))).toEqual([]);
  });

  it.each(['1.5OO', '1.500 (ước)', '1,500 ghi chú', '15/3/2024'])('flags %j: a figure no formula can add, which leaves its totals unchecked', (text) => {
    const findings = check(table(text));
    expect(findings.map((f) => [f.cell, f.severity, f.messageId])).toEqual([['C6', 'warning', 'budgetUnreadableAmount']]);
  });

  it('tells the officer what the cell holds and what to do, in both languages; a table otherwise right said nothing before', () => {
    const { findings } = checkSheet(gridOf(table('1.500 (ước)'), { merges: ['D2:E2'] }));
    expect(findings.map((f) => [f.cell, f.rule])).toEqual([['C6', 'budget/unreadable-amount']]);
    expect(renderFinding(findings[0], 'vi').message).toBe(
      'Ô C6 (dòng 2 “Y tế”) ghi “1.500 (ước)”: giống một con số nhưng không đọc được thành số (chữ lẫn vào, hay ghi chú kèm theo). Công thức không cộng được ô này, và các tổng có nó không kiểm tra được. Hãy nhập đúng con số, ghi chú để sang cột Ghi chú.',
    );
    expect(renderFinding(findings[0], 'en').message).toContain('cannot be read as a number');
  });
});
