import { cellAddress } from '../../../../src/engine/address';
import { rule } from '../../../../src/engine/rules/budget/unit-outlier';
import { rule as rowTotal } from '../../../../src/engine/rules/budget/row-total';
import { rule as totalRows } from '../../../../src/engine/rules/budget/total-rows';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { twoYearTable } from './tables';

/**
 * A four-year table in triệu đồng (rows 5…, sheet row 4 onwards), each item's period total
 * `=SUM(Cn:Fn)` and a `Tổng cộng` row `=SUM(C5:C…)`, with the cached results Excel computes: the
 * totals follow whatever the items hold. `typedTotals`: the totals typed as those numbers instead.
 */
function table(items: number[][], { typedTotals = false, unit = 'Đơn vị: triệu đồng' } = {}): { rows: TestCell[][] } {
  const top = 4;
  const bottom = top + items.length - 1;
  const cell = (formula: string, value: number): TestCell => (typedTotals ? value : `=${formula}|${value}`);
  const rows: TestCell[][] = [['KINH PHÍ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2022-2025'], [null, null, null, null, null, null, unit], [], ['STT', 'Nội dung hoạt động', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Năm 2025', 'Tổng giai đoạn 2022-2025']];
  items.forEach((amounts, i) => {
    const r = top + i;
    const total = amounts.reduce((a, b) => a + b, 0);
    rows.push([i + 1, `Hoạt động ${i + 1}`, ...amounts, cell(`SUM(${cellAddress(r, 2)}:${cellAddress(r, 5)})`, total)]);
  });
  const sums = [0, 1, 2, 3, 4].map((k) => items.reduce((a, amounts) => a + (k < 4 ? amounts[k] : amounts.reduce((x, y) => x + y, 0)), 0));
  rows.push([null, 'Tổng cộng', ...sums.map((sum, k) => cell(`SUM(${cellAddress(top, 2 + k)}:${cellAddress(bottom, 2 + k)})`, sum))]);
  return { rows };
}

const check = ({ rows }: { rows: TestCell[][] }) => findingsOf(gridOf(rows), [rule]);

/** The field case: 90 typed as 90,000 (in nghìn đồng) in a triệu đồng table. */
const SLIPPED = [
  [120, 120, 150, 150],
  [80, 90, 90_000, 100],
  [30, 30, 40, 40],
];

describe('budget/unit-outlier', () => {
  it.each([
    ['no slip', table([[120, 120, 150, 150], [80, 90, 90, 100], [30, 30, 40, 40]])],
    // Its whole row is large: a large project among small ones, not one amount in another unit.
    ['a large project', table([[120, 120, 150, 150], [80_000, 90_000, 90_000, 100_000], [30, 30, 40, 40]])],
    // 500,000 ÷ 1000 = 500 is over three times every neighbour (30–150): nothing says it was 500.
    ['a large amount whose thousandth fits no neighbour', table([[120, 120, 150, 150], [80, 90, 500_000, 100], [30, 30, 40, 40]])],
    // 40× its neighbours: a big year, not a thousandfold.
    ['an amount large but not extreme', table([[120, 120, 150, 150], [80, 90, 6_000, 100], [30, 30, 40, 40]])],
    ['an amount that does not end in 000', table([[120, 120, 150, 150], [80, 90, 90_500, 100], [30, 30, 40, 40]])],
    // With no other amount in its row, nothing says what the row's amounts look like.
    ['an amount alone in its row', table([[120, 120, 150, 150], [0, 0, 90_000, 0], [30, 30, 40, 40]])],
    // The totals typed and disagreeing: localisation's case (a ×1000 slip), not this rule's.
    ['totals typed', table(SLIPPED, { typedTotals: true })],
    // A small amount in a table that shows decimals elsewhere is no sign of another unit.
    ['a small decimal among decimals', table([[120.5, 120, 150, 150], [80, 90, 0.09, 100], [30, 30, 40.25, 40]])],
  ])('valid: %s', (_name, built) => {
    expect(check(built)).toEqual([]);
  });

  it('flags an amount typed 1000 times over, whose formula totals follow it', () => {
    const findings = check(table(SLIPPED));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'budget/unit-outlier',
      severity: 'warning',
      cell: 'E6',
      messageId: 'budgetUnitOutlierThousandTimes',
      expected: '90',
      actual: '90000',
      fix: { cell: 'E6', value: '90' },
      // The row's and the column's totals, and the grand total over them, recompute once it is fixed.
      cells: ['G6', 'E8', 'G8'],
      params: { written: '90000', intended: '90', low: '40', high: '150', count: 5, unit: 'triệu đồng' },
    });
  });

  it('flags a figure typed in triệu in a tỷ đồng table written to three decimals (950 for 0,95)', () => {
    const findings = check(table([[0.85, 1.24, 0.425, 0.61], [1.32, 950, 0.095, 0.18], [0.3, 0.45, 0.5, 0.275]], { unit: 'Đơn vị: tỷ đồng' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: 'D6', messageId: 'budgetUnitOutlierThousandTimes', expected: '0.95', fix: { value: '0.95' } });
  });

  it('does not read 950 as a thousandfold among whole figures: 0,95 has decimals they never show', () => {
    expect(check(table([[1, 2, 1, 1], [1, 950, 2, 1], [2, 1, 1, 2]]))).toEqual([]);
  });

  it('flags an amount typed as a thousandth (tỷ đồng in a triệu đồng table)', () => {
    const findings = check(table([[120, 120, 150, 150], [80, 90, 0.09, 100], [30, 30, 40, 40]]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: 'E6', messageId: 'budgetUnitOutlierThousandth', fix: { value: '90' } });
  });

  it("flags a sub-project's amount in a table of sources and parents, the largest of its row and column once fixed", () => {
    // Tiểu dự án 1, 2022 NSTW: 70 typed as 70,000; project I, its period columns and the total row are formulas.
    const built = twoYearTable((rows) => {
      rows[5] = ['1', 'Tiểu dự án 1', 60, 20, 70_000, 30, '=C6+E6|70060', '=D6+F6|50'];
      rows[4] = ['I', 'Dự án 1', '=C6+C7|100', '=D6+D7|50', '=E6+E7|70050', '=F6+F7|60', '=C5+E5|70150', '=D5+F5|110'];
      rows[8] = [null, 'Tổng cộng', '=C5+C8|110', '=D5+D8|55', '=E5+E8|70060', '=F5+F8|65', '=G5+G8|70170', '=H5+H8|120'];
    });
    const findings = findingsOf(gridOf(built.rows, { merges: built.merges }), [rule]);
    expect(findings.map((f) => [f.cell, f.fix?.value, f.cells])).toEqual([['E6', '70', ['E5', 'G5', 'G6', 'E9', 'G9']]]);
  });

  describe('a table of one amount column', () => {
    /** One year's amounts, `=SUM` at the bottom. */
    const oneColumn = (amounts: number[]): { rows: TestCell[][] } => {
      const rows: TestCell[][] = [['DỰ TOÁN NĂM 2024'], [null, null, 'Đơn vị: triệu đồng'], ['STT', 'Nội dung', 'Dự toán năm 2024']];
      amounts.forEach((amount, i) => rows.push([i + 1, `Nhiệm vụ ${i + 1}`, amount]));
      rows.push([null, 'Tổng cộng', `=SUM(C4:C${3 + amounts.length})|${amounts.reduce((a, b) => a + b, 0)}`]);
      return { rows };
    };

    it('judges the amount by its column alone', () => {
      const findings = check(oneColumn([120, 80, 95_000, 150, 40, 60]));
      expect(findings.map((f) => [f.cell, f.fix?.value, f.params.count])).toEqual([['C6', '95', 5]]);
    });

    it('wants more peers there than where a row has its own', () => {
      expect(check(oneColumn([120, 80, 95_000, 150, 40]))).toEqual([]);
    });
  });

  it('says so without a unit when the table states none', () => {
    const findings = check(table(SLIPPED, { unit: '' }));
    expect(findings.map((f) => [f.cell, f.messageId])).toEqual([['E6', 'budgetUnitOutlierThousandTimesNoUnit']]);
  });

  it('scales with the table: 90,000,000 among amounts in nghìn đồng', () => {
    const findings = check(table(SLIPPED.map((row) => row.map((v) => v * 1000)), { unit: 'Đơn vị: nghìn đồng' }));
    expect(findings.map((f) => [f.cell, f.fix?.value])).toEqual([['E6', '90000']]);
  });

  it('leaves a cell whose grand total is typed: fixing it alone would break that total', () => {
    const built = table(SLIPPED);
    const totalRow = built.rows[built.rows.length - 1];
    totalRow[6] = 90_950;
    expect(check(built)).toEqual([]);
  });

  it('does not report what the arithmetic rules already report (a total that breaks)', () => {
    const built = table(SLIPPED);
    // E8 typed with the right sum: localisation's ×1000 slip, found by the identities.
    built.rows[built.rows.length - 1][4] = 280;
    const findings = findingsOf(gridOf(built.rows), [rowTotal, totalRows, rule]);
    expect(findings.some((f) => f.rule === 'budget/unit-outlier')).toBe(false);
    expect(findings.some((f) => f.cell === 'E6' && f.fix?.value === '90')).toBe(true);
  });
});
