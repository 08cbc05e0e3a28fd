import { checkSheet } from '../../../../src/engine/check';
import { detectTables } from '../../../../src/engine/detect';
import { renderFinding } from '../../../../src/engine/i18n';
import { gridOf, type TestCell } from '../../grid';
import { expectFixesResolve } from '../../locate/recheck';

/**
 * A column headed as a difference (`Tăng (+), giảm (-)`, `Chênh lệch`) with no column-number row
 * to state it: its two amounts are read from the figures (detect/difference-identities.ts), and the
 * row identity it gives is checked and located like any other (budget/row-total, columnDifference).
 */
const adjustment = (change: (rows: TestCell[][]) => void = () => undefined): TestCell[][] => {
  const items: [string, number, number][] = [
    ['Đường giao thông xã A', 12_000, 10_500],
    ['Trường THCS B', 8_500, 9_300],
    ['Trạm y tế C', 4_200, 4_200],
    ['Kênh mương D', 6_100, 7_550],
    ['Nhà văn hóa E', 3_000, 2_250],
  ];
  const given = items.reduce((n, [, a]) => n + a, 0);
  const after = items.reduce((n, [, , b]) => n + b, 0);
  const rows: TestCell[][] = [
    ['Đơn vị: triệu đồng'],
    ['STT', 'Danh mục dự án', 'Kế hoạch đã giao', 'Kế hoạch sau điều chỉnh', 'Tăng (+), giảm (-)', 'Ghi chú'],
    [null, 'Tổng cộng', given, after, after - given, null],
    ...items.map(([name, a, b], i): TestCell[] => [String(i + 1), name, a, b, b - a, null]),
  ];
  change(rows);
  return rows;
};

const errorsOf = (rows: TestCell[][], merges: string[] = []) =>
  checkSheet(gridOf(rows, { merges })).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

describe('a column of differences read from its figures', () => {
  describe('valid', () => {
    it('an adjustment table whose `Tăng (+), giảm (-)` is after minus before on every row', () => {
      expect(errorsOf(adjustment())).toEqual([]);
      const [table] = detectTables(gridOf(adjustment()));
      expect(table.columnIdentities).toEqual([expect.objectContaining({ target: 4, terms: [{ col: 2, coef: -1 }, { col: 3, coef: 1 }], origin: 'difference' })]);
    });

    it('`So sánh: Chênh lệch` written as the earlier minus the later, as some offices do', () => {
      const rows: TestCell[][] = [
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán', 'Quyết toán', 'So sánh', null],
        [null, null, null, null, 'Chênh lệch', 'Tỷ lệ (%)'],
        ['1', 'Chi sự nghiệp giáo dục', 52_300, 51_870, 430, 99.2],
        ['2', 'Chi sự nghiệp y tế', 18_400, 18_950, -550, 103],
        ['3', 'Chi quản lý hành chính', 21_050, 20_115, 935, 95.6],
      ];
      const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2'];
      expect(errorsOf(rows, merges)).toEqual([]);
      expect(detectTables(gridOf(rows, { merges }))[0].columnIdentities).toEqual([expect.objectContaining({ target: 4, terms: [{ col: 2, coef: 1 }, { col: 3, coef: -1 }] })]);
    });

    it('a difference word inside a column’s name is no difference: `Chi cấp bù chênh lệch lãi suất` is a part of its group', () => {
      // Chi đầu tư phát triển = XDCB + cấp bù chênh lệch lãi suất: on most rows the latter is the former minus XDCB, and still no difference.
      const rows: TestCell[][] = [
        ['Đơn vị: triệu đồng'],
        ['STT', 'Tên đơn vị', 'Tổng số', 'Chi đầu tư phát triển', 'Chi đầu tư XDCB', 'Chi cấp bù chênh lệch lãi suất', 'Chi thường xuyên'],
        ['1', 'Bộ A', 1_500, 1_000, 800, 200, 500],
        ['2', 'Bộ B', 2_700, 900, 700, 200, 1_800],
        ['3', 'Bộ C', 1_200, 400, 300, 100, 800],
        ['4', 'Bộ D', 3_400, 2_100, 2_000, 100, 1_300],
        ['5', 'Bộ E', 2_000, 1_250, 1_000, 250, 750],
      ];
      expect(detectTables(gridOf(rows))[0].columnIdentities?.filter((i) => i.origin === 'difference') ?? []).toEqual([]);
    });

    it('no identity where the figures do not show one pair of columns on most rows', () => {
      // Two rows after − before, two before − after, one neither: no reading is the table's.
      const rows = adjustment((r) => {
        r[3][4] = 1_500;
        r[4][4] = -800;
        r[7][4] = 100;
      });
      expect(detectTables(gridOf(rows))[0].columnIdentities).toBeUndefined();
    });
  });

  describe('invalid', () => {
    it('two digits swapped in one row’s difference: that cell, with its fix, and the total as its consequence', () => {
      const rows = adjustment((r) => (r[6][4] = 1_540));
      const report = checkSheet(gridOf(rows));
      const root = report.findings.find((f) => f.severity === 'error' && !f.causeId);
      expect(root).toMatchObject({ cell: 'E7', rule: 'budget/row-total', messageId: 'budgetRowColumnDifference', expected: '1450', fix: { cell: 'E7', value: '1450' } });
      expect(renderFinding(root!, 'vi').message).toBe(
        'Dòng 4 “Kênh mương D”: cột “Tăng (+), giảm (-)” phải bằng “Kế hoạch sau điều chỉnh” trừ “Kế hoạch đã giao”: 1.450, nhưng ô ghi 1.540.',
      );
      expect(renderFinding(root!, 'en').message).toContain('should equal “Kế hoạch sau điều chỉnh” minus “Kế hoạch đã giao”');
      // Without the row identity the column total alone left "one of 2 cells"; now no other cell gets a fix.
      expect(report.findings.filter((f) => f.fix).map((f) => f.cell)).toEqual(['E7']);
      expectFixesResolve(gridOf(rows));
    });

    it('a wrong amount, not its difference: the amount is the cell its column total and its difference both name', () => {
      // Sau điều chỉnh of row 2 typed 9.800 for 9.300: its difference (800) and the column total (43.800) say so.
      const rows = adjustment((r) => (r[4][3] = 9_800));
      const report = checkSheet(gridOf(rows));
      expect(report.findings.filter((f) => f.fix && !f.causeId).map((f) => [f.cell, f.fix!.value])).toEqual([['D5', '9300']]);
    });
  });
});

describe('a column of differences written as formulas (=D5-C5)', () => {
  it('a wrong amount is followed into its difference, as Excel recomputes it: "one of" the amounts, each with its value, not "check these cells"', () => {
    // Sau điều chỉnh of row 2 typed 9.800 for 9.300: its formula difference follows (800 → 1.300); both typed totals break.
    // Any item's amount 500 less would make both add up: one of them, told by the value each would need.
    const rows = adjustment((r) => {
      r[4][3] = 9_800;
      // Each item's difference a formula; the totals typed, as the plan was first written.
      for (let i = 3; i < r.length; i++) r[i][4] = { value: (r[i][3] as number) - (r[i][2] as number), formula: `D${i + 1}-C${i + 1}` };
    });
    const report = checkSheet(gridOf(rows));
    const [root] = report.findings.filter((f) => !f.causeId);
    expect(root).toMatchObject({ cell: 'D3', messageId: 'budgetRootOneOf' });
    expect(root.cells).toContain('D5');
    expect(root.params.candidates).toContain('D5 → 9300');
    expect(report.findings.filter((f) => f.fix)).toEqual([]);
  });
});
