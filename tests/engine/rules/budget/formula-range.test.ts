import { checkSheet } from '../../../../src/engine/check';
import { rule } from '../../../../src/engine/rules/budget/formula-range';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { twoYearTable } from './tables';

const check = ({ rows, merges }: { rows: TestCell[][]; merges: string[] }) => findingsOf(gridOf(rows, { merges }), [rule]);

describe('budget/formula-range', () => {
  describe('valid', () => {
    it.each([
      ['SUM over the children', (rows: TestCell[][]) => (rows[4][2] = '=SUM(C6:C7)|100')],
      ['a total adding the top-level rows one by one, with absolute references', (rows: TestCell[][]) => (rows[8][2] = '=$C$5+C8|110')],
      ['a total adding the sub-projects instead of their parent', (rows: TestCell[][]) => (rows[8][2] = '=SUM(C6:C8)|110')],
      ['a formula that is not a plain sum', (rows: TestCell[][]) => (rows[8][2] = '=ROUND(C5+C8,0)|110')],
    ])('%s', (_name, change) => {
      expect(check(twoYearTable(change))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a range that takes in a parent and its children, wrong today: located with the arithmetic, whose fix is the formula', () => {
      const table = twoYearTable((rows) => (rows[8][2] = '=SUM(C5:C8)|210'));
      expect(check(table)).toEqual([]);
      const total = checkSheet(gridOf(table.rows, { merges: table.merges })).findings.find((f) => f.cell === 'C9')!;
      expect(total).toMatchObject({
        rule: 'budget/total-rows',
        severity: 'error',
        fix: { cell: 'C9', formula: 'C5+C8' },
        explanation: { messageId: 'budgetCauseFormulaCountsTwice', params: expect.objectContaining({ written: 'SUM(C5:C8)', rows: '1 “Tiểu dự án 1”, 2 “Tiểu dự án 2”' }) },
      });
    });

    it('a range that stops short of a row that belongs, even when that row is empty today', () => {
      const findings = check(
        twoYearTable((rows) => {
          rows[7][2] = null;
          rows[8][2] = '=C5|100';
        }),
      );
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ cell: 'C9', cells: ['C8'], messageId: 'budgetFormulaLeavesOut', params: expect.objectContaining({ rows: 'II “Dự án 2”' }) });
    });

    it('a parent formula that leaves out a child, wrong today: its fix is the whole range', () => {
      const table = twoYearTable((rows) => (rows[4][3] = '=D6|20'));
      expect(check(table)).toEqual([]);
      const parent = checkSheet(gridOf(table.rows, { merges: table.merges })).findings.find((f) => f.cell === 'D5')!;
      expect([parent.rule, parent.fix?.formula, parent.explanation?.messageId]).toEqual(['budget/children-sum', 'SUM(D6:D7)', 'budgetCauseFormulaLeavesOut']);
    });
  });
});
