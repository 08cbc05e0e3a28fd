import { rule } from '../../../../src/engine/rules/budget/missing-number';
import { nextNumber } from '../../../../src/engine/rules/budget/numbering';
import { findingsOf, gridOf, type TestCell } from '../../grid';
import { twoYearTable } from './tables';

const check = ({ rows, merges }: { rows: TestCell[][]; merges: string[] }) => findingsOf(gridOf(rows, { merges }), [rule]);

/** Three projects, the middle one typed without its number. */
const withThirdProject = (number: string | null) => (rows: TestCell[][]) => {
  rows.splice(8, 0, [number, 'Dự án 3', 5, 5, 5, 5, 10, 10], ['III', 'Dự án 4', 1, 1, 1, 1, 2, 2]);
  rows[10] = [null, 'Tổng cộng', 116, 61, 136, 71, 252, 132];
};

describe('budget/missing-number', () => {
  it.each([
    ['every row numbered', twoYearTable()],
    ['the missing number is not between two numbered rows', twoYearTable((rows) => (rows[7][0] = null))],
  ])('valid: %s', (_name, table) => {
    expect(check(table)).toEqual([]);
  });

  it('a project with amounts but no number between II and IV', () => {
    const table = twoYearTable(withThirdProject(null));
    table.rows[9][0] = 'IV';
    const findings = check(table);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'budget/missing-number',
      severity: 'warning',
      cell: 'A9',
      cells: ['B9'],
      expected: 'III',
      messageId: 'budgetMissingNumber',
      params: { rowName: '“Dự án 3”', before: 'II', after: 'IV', number: 'III' },
      fix: { cell: 'A9', value: 'III' },
    });
  });

  it.each([
    ['II', 'III'],
    ['IX', 'X'],
    ['3', '4'],
    ['1.2', '1.3'],
    ['b)', 'c)'],
    ['iv', 'v'],
  ])('numbers follow on: %s → %s', (number, next) => {
    expect(nextNumber(number)).toBe(next);
  });
});
