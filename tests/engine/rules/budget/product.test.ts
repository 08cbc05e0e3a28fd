import { checkSheet } from '../../../../src/engine/check';
import { rule } from '../../../../src/engine/rules/budget/product';
import { findingsOf, gridOf, type TestCell } from '../../grid';

/**
 * A cost estimate (dự toán chi tiết) in nghìn đồng whose unit prices are in nghìn đồng too:
 * `Thành tiền = Số lượng × Số ngày × Đơn giá`, the parent `Hội nghị` adding its two lines.
 */
function estimate(change: (rows: TestCell[][]) => void = () => {}) {
  const rows: TestCell[][] = [
    ['DỰ TOÁN KINH PHÍ TẬP HUẤN NĂM 2025'],
    ['Đơn vị tính: nghìn đồng'],
    ['STT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Số ngày', 'Đơn giá', 'Thành tiền'],
    ['I', 'Hội nghị', null, null, null, null, 10_800],
    ['1', 'Thuê hội trường', 'ngày', 1, 2, 3_000, 6_000],
    ['2', 'Nước uống đại biểu', 'người', 80, 2, 30, 4_800],
    ['II', 'Tài liệu', 'bộ', 80, 1, 25, 2_000],
    ['III', 'Báo cáo viên', 'người', 2, 2, 1_200, 4_800],
    [null, 'Tổng cộng', null, null, null, null, 17_600],
  ];
  change(rows);
  return gridOf(rows);
}

const check = (grid: ReturnType<typeof gridOf>) => findingsOf(grid, [rule]).filter((f) => f.rule === rule.meta.id);

describe('budget/product', () => {
  describe('valid', () => {
    it('passes amounts that are their rows’ quantity × days × unit price, parents and totals left to the sums', () => {
      expect(check(estimate())).toEqual([]);
    });

    it('passes unit prices in đồng against amounts in nghìn đồng (÷ 1,000), rounded to the unit shown', () => {
      const grid = estimate((rows) => {
        rows[4][5] = 3_000_000;
        rows[5][5] = 30_500;
        rows[5][6] = 4_880;
        rows[6][5] = 25_250;
        rows[6][6] = 2_020;
        rows[7][5] = 1_200_000;
        rows[3][6] = 10_880;
        rows[8][6] = 17_700;
        rows[5][6] = { value: 4_880, numberFormat: '#,##0' };
      });
      expect(check(grid)).toEqual([]);
    });

    it('judges nothing where quantities and prices make no product the rows show (a norm beside a lump sum)', () => {
      const grid = estimate((rows) => rows.slice(4, 8).forEach((row, i) => (row[6] = [5_000, 3_100, 1_750, 4_000][i])));
      expect(check(grid)).toEqual([]);
    });

    it('reads a table without quantity or price columns as it did: nothing to judge', () => {
      const grid = estimate((rows) => rows.forEach((row) => row.splice(3, 3)));
      expect(check(grid)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags an amount that is not its row’s product, naming its factors, with no fix on a typed amount', () => {
      const findings = check(estimate((rows) => (rows[5][6] = 4_500)));
      expect(findings.map((f) => [f.cell, f.cells, f.messageId, f.expected, f.actual, f.params.formula, f.params.holding, f.params.total, f.fix])).toEqual([
        ['G6', ['D6', 'E6', 'F6'], 'budgetProductImplied', '4800', '4500', 'D6×E6×F6', 3, 4, undefined],
      ]);
    });

    it('gives a whole quantity shown `#,##0` no rounding: 7,200 where 8 × 950 = 7,600 is off, not within half a unit of 8', () => {
      const grid = estimate((rows) => {
        for (const row of rows.slice(4, 8)) row[3] = { value: row[3] as number, numberFormat: '#,##0' };
        rows[6][3] = { value: 8, numberFormat: '#,##0' };
        rows[6][4] = 1;
        rows[6][5] = 950;
        rows[6][6] = 7_200;
      });
      expect(check(grid).map((f) => [f.cell, f.expected])).toEqual([['G7', '7600']]);
    });

    it('rewrites an amount formula over the wrong column as the product', () => {
      const grid = estimate((rows) => {
        rows[4][6] = { value: 6_000, formula: 'D5*E5*F5' };
        rows[5][6] = { value: 4_800, formula: 'D6*E6*F6' };
        rows[6][6] = { value: 2_000, formula: 'D7*E7*F7' };
        rows[7][6] = { value: 2_400, formula: 'D8*F8' };
      });
      expect(check(grid).map((f) => [f.cell, f.fix])).toEqual([['G8', { cell: 'G8', formula: 'D8*E8*F8' }]]);
    });

    it('takes the product the column-number row states (`4=1x2`), with its power of ten, from one row that holds', () => {
      const grid = gridOf([
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Số lượng', 'Định mức (đồng)', 'Ghi chú', 'Thành tiền'],
        ['A', 'B', '1', '2', '3', '4=1x2'],
        ['1', 'Hỗ trợ hộ nghèo', 120, 1_500_000, null, 180],
        ['2', 'Hỗ trợ hộ cận nghèo', 80, 1_000_000, null, 800],
        [null, 'Cộng', null, null, null, 980],
      ]);
      const findings = check(grid);
      expect(findings.map((f) => [f.cell, f.messageId, f.expected, f.params.formula])).toEqual([['F5', 'budgetProduct', '80', 'C5×D5÷1000000']]);
    });
  });

  it('proposes no fix where the totals agree with the amount: a quantity or a price may be the wrong one', () => {
    // 90 participants typed for 80: 90 × 2 × 30 = 5,400, but 4,800 is what the parent and the total add.
    const findings = checkSheet(estimate((rows) => (rows[5][3] = 90))).findings;
    expect(findings.map((f) => [f.rule, f.cell, f.expected, f.fix])).toEqual([['budget/product', 'G6', '5400', undefined]]);
  });

  it('leaves the amount to localisation where the total tells: a typed slip under a typed total is fixed there', () => {
    // 4,500 typed for 4,800: the parent (10,800) and the grand total (17,600) say so, and so does the product.
    const findings = checkSheet(estimate((rows) => (rows[5][6] = 4_500))).findings;
    expect(findings.filter((f) => f.fix).map((f) => f.fix)).toEqual([{ cell: 'G6', value: '4800' }]);
  });
});
