import { rule } from '../../../../src/engine/rules/budget/typed-among-formulas';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { twoYearTable } from './tables';

const check = ({ rows, merges }: { rows: TestCell[][]; merges: string[] }) => findingsOf(gridOf(rows, { merges }), [rule]);

const formulaTotals = (rows: TestCell[][]) => {
  rows[8] = [null, 'Tổng cộng', '=C5+C8|110', '=D5+D8|55', '=E5+E8|130', '=F5+F8|65', '=G5+G8|240', '=H5+H8|120'];
};

describe('budget/typed-among-formulas', () => {
  it.each([
    ['every total typed', twoYearTable()],
    ['every total a formula', twoYearTable(formulaTotals)],
  ])('valid: %s', (_name, table) => {
    expect(check(table)).toEqual([]);
  });

  it('flags the one total typed among formulas', () => {
    const findings = check(
      twoYearTable((rows) => {
        formulaTotals(rows);
        rows[8][4] = 130;
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'budget/typed-among-formulas',
      severity: 'info',
      cell: 'E9',
      messageId: 'budgetTypedAmongFormulas',
      params: { rowName: '“Tổng cộng”', formulas: 5 },
    });
  });

  it('passes a typed whole over its `Trong đó` part (Tổng mức đầu tư) beside totals that are formulas', () => {
    // A public-investment plan: TMĐT typed from its decision, with `Trong đó: NSĐP`; the plan's totals NSTW + NSĐP by formula.
    const rows = (plan: TestCell): TestCell[][] => [
      [null, null, null, null, null, null, null, null, null, 'Đơn vị: triệu đồng'],
      ['STT', 'Danh mục dự án', 'Tổng mức đầu tư', null, 'Kế hoạch trung hạn 2026-2030', null, null, 'Kế hoạch năm 2026', null, null],
      [null, null, 'Tổng số', 'Trong đó: NSĐP', 'Tổng số', 'NSTW', 'NSĐP', 'Tổng số', 'NSTW', 'NSĐP'],
      ['1', 'Đường liên xã Diễn Lâm - Diễn Đoài', 85_000, 35_000, '=F4+G4|32700', 20_000, 12_700, plan, 15_000, 5_700],
      ['2', 'Cầu Khe Sâu', 64_500, 24_500, '=F5+G5|45900', 30_000, 15_900, '=I5+J5|18000', 12_000, 6_000],
      ['3', 'Trạm y tế xã Nam Thanh', 6_800, 6_800, '=F6+G6|6800', 0, 6_800, '=I6+J6|3500', 0, 3_500],
    ];
    const merges = ['A2:A3', 'B2:B3', 'C2:D2', 'E2:G2', 'H2:J2'];
    expect(check({ rows: rows('=I4+J4|20700'), merges })).toEqual([]);
  });
});
