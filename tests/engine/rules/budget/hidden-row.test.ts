import { rule } from '../../../../src/engine/rules/budget/hidden-row';
import type { SheetGrid } from '../../../../src/engine/types';
import { findingsOf, gridOf, type TestCell } from '../../grid';

const check = (grid: SheetGrid) => findingsOf(grid, [rule]).filter((f) => f.rule === rule.meta.id);

/** Two projects with their activities, a total row; `hiddenRows` are 0-based sheet rows. */
function projects(hiddenRows: number[], change: (rows: TestCell[][]) => void = () => {}): SheetGrid {
  const rows: TestCell[][] = [
    ['Đơn vị tính: triệu đồng'],
    ['TT', 'Nội dung', 'Tổng số', 'NSTW', 'NSĐP'],
    ['I', 'Dự án 1', 150, 100, 50], // row 2
    ['1', 'Tuyên truyền', 100, 60, 40], // row 3
    ['2', 'Tập huấn', 50, 40, 10], // row 4
    ['II', 'Dự án 2', 45, 45, '-'], // row 5
    ['III', 'Kiểm tra, giám sát', 30, 10, 20], // row 6
    [null, 'Tổng cộng', 225, 155, 70], // row 7
  ];
  change(rows);
  return { ...gridOf(rows), hiddenRows };
}

describe('budget/hidden-row', () => {
  describe('valid', () => {
    it.each([
      ['no hidden row', projects([])],
      // The parent shows what its hidden children add up to: the printout adds up.
      ['a collapsed outline group: every activity hidden under its project', projects([3, 4])],
      ['a hidden row with no amount', projects([5], (rows) => (rows[5] = ['II', 'Dự án 2', null, null, null]))],
    ])('%s', (_name, grid) => {
      expect(check(grid)).toEqual([]);
    });

    it('a collapsed breakdown: every source hidden beside the shown total', () => {
      expect(check({ ...projects([]), hiddenCols: [3, 4] })).toEqual([]);
    });

    it('a hidden `Trong đó` part: no total adds it', () => {
      const rows: TestCell[][] = [
        ['Đơn vị tính: triệu đồng'],
        ['TT', 'Nội dung', 'Dự toán'],
        [null, 'Tổng chi', 300],
        [null, 'Trong đó:', null],
        ['-', 'Chi đào tạo', 50],
        ['-', 'Chi khoa học', 30],
      ];
      expect(check({ ...gridOf(rows), hiddenRows: [4] })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a hidden project the visible total adds with visible projects', () => {
      const findings = check(projects([5]));
      expect(findings).toMatchObject([{ cell: 'A6', messageId: 'budgetHiddenRow', params: { rowName: 'II “Dự án 2”', cells: 'C6, D6' } }]);
    });

    it('a hidden project a SUBTOTAL(109, …) total leaves out: said so, not that the total adds it', () => {
      const findings = check(
        projects([5], (rows) => {
          rows[7] = [null, 'Tổng cộng', '=SUBTOTAL(109,C3,C6:C7)|180', '=SUBTOTAL(109,D3,D6:D7)|110', '=SUBTOTAL(109,E3,E6:E7)|70'];
        }),
      );
      expect(findings).toMatchObject([{ cell: 'A6', messageId: 'budgetHiddenRowSkipped', params: { cells: 'C6, D6' } }]);
    });

    it('one hidden activity of two under a visible project', () => {
      expect(check(projects([4])).map((f) => f.cell)).toEqual(['A5']);
    });

    it('a hidden column of amounts', () => {
      const findings = check({ ...projects([]), hiddenCols: [4] });
      expect(findings).toMatchObject([{ cell: 'E2', messageId: 'budgetHiddenColumn', params: { count: 5 } }]);
    });
  });
});
