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
});
