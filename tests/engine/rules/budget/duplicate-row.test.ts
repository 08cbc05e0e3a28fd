import { rule } from '../../../../src/engine/rules/budget/duplicate-row';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { rendered } from '../values/tables';

/** A cost estimate in đồng: `Số lượng × Đơn giá = Thành tiền`, items as given under project I, then project II. */
function estimate(items: TestCell[][]): TestCell[][] {
  return [
    ['ĐVT: đồng'],
    ['TT', 'Nội dung chi', 'Đơn vị tính', 'Số lượng', 'Đơn giá', 'Thành tiền'],
    ['I', 'Hỗ trợ nạn nhân', null, null, null, null],
    ...items,
    ['II', 'Truyền thông', null, null, null, null],
    ['1', 'Hỗ trợ chi phí đi lại trở về nơi cư trú', 'người', 20, 400_000, 8_000_000],
  ];
}

const check = (rows: TestCell[][]) => findingsOf(gridOf(rows), [rule]);

describe('budget/duplicate-row', () => {
  describe('valid', () => {
    it('passes the same item under two parents, two items alike with other figures, and short labels repeated', () => {
      const rows = estimate([
        ['1', 'Hỗ trợ chi phí đi lại trở về nơi cư trú', 'người', 20, 400_000, 8_000_000],
        ['2', 'Hỗ trợ chi phí khám, chữa bệnh ban đầu', 'người', 25, 1_500_000, 37_500_000],
        ['3', 'Hỗ trợ chi phí khám, chữa bệnh ban đầu', 'người', 10, 1_500_000, 15_000_000],
        ['4', 'Khác', 'lần', 1, 500_000, 500_000],
        ['5', 'Khác', 'lần', 1, 500_000, 500_000],
      ]);
      expect(check(rows)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('warns at the second of two sibling rows with the same name and every figure the same', () => {
      const rows = estimate([
        ['1', 'Tiền ăn cho nạn nhân tại cơ sở tạm lánh', 'ngày', 180, 75_000, 13_500_000],
        ['2', 'Hỗ trợ chi phí đi lại trở về nơi cư trú', 'người', 20, 400_000, 8_000_000],
        ['3', 'Hỗ trợ chi phí đi lại  trở về nơi cư trú ', 'người', 20, 400_000, 8_000_000],
      ]);
      const findings = check(rows);
      expect(findings.map((f) => [f.cell, f.severity, f.cells])).toEqual([['B6', 'warning', ['B5']]]);
      expect(rendered(findings[0]).vi).toContain('có thể đã nhập hai lần');
    });
  });
});
