import { checkSheet } from '../../../../src/engine/check';
import { rule } from '../../../../src/engine/rules/budget/ratio';
import { findingsOf, gridOf, type TestCell } from '../../grid';

/** Plan against outturn, with `So sánh (%)` stated `3=2/1` in the column-number row. */
function table(change: (rows: TestCell[][]) => void = () => {}, ratioHeader = 'So sánh (%)') {
  const rows: TestCell[][] = [
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Dự toán', 'Thực hiện', ratioHeader],
    ['A', 'B', '1', '2', '3=2/1'],
    ['1', 'Truyền thông', 100, 120, 120],
    ['2', 'Tập huấn', 300, 200, 66.7],
    ['3', 'Kiểm tra', 50, 50, 100],
    [null, 'Tổng cộng', 450, 370, 82.2],
  ];
  change(rows);
  return gridOf(rows);
}

const check = (grid: ReturnType<typeof gridOf>) => findingsOf(grid, [rule]).filter((f) => f.rule === rule.meta.id);

describe('budget/ratio', () => {
  describe('valid', () => {
    it('passes ratios that agree within the rounding they show (200/300 shown as 66.7)', () => {
      expect(check(table())).toEqual([]);
    });

    it('passes a plain ratio (not a percentage) and a row with nothing to divide by', () => {
      const grid = table((rows) => {
        for (const row of rows.slice(3)) if (typeof row[4] === 'number') row[4] = Number((row[4] / 100).toFixed(3));
        rows[4][4] = 0.667;
        rows.splice(6, 0, ['4', 'Hội thảo', 0, 0, '-']);
      }, 'Tỷ lệ');
      expect(check(grid)).toEqual([]);
    });

    it('passes percentages typed as fractions formatted 0.0%', () => {
      const grid = table((rows) => {
        for (const row of rows.slice(3)) row[4] = { value: Number(row[4]) / 100, numberFormat: '0.0%' };
      });
      expect(check(grid)).toEqual([]);
    });

    it('judges nothing when no row holds: the column is no such ratio', () => {
      const grid = table((rows) => {
        for (const row of rows.slice(3)) row[4] = 50;
      });
      expect(check(grid)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags a ratio its amounts do not give, with the value they give', () => {
      const [finding, ...rest] = check(table((rows) => (rows[4][4] = 76.7)));
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({
        rule: 'budget/ratio',
        severity: 'error',
        cell: 'E5',
        cells: ['D5', 'C5'],
        expected: '66.7',
        actual: '76.7',
        messageId: 'budgetRatio',
        params: expect.objectContaining({ formula: 'D5/C5×100', column: 'So sánh (%)' }),
        fix: { cell: 'E5', value: '66.7' },
      });
    });

    it('writes the fix as the fraction a cell formatted 0.0% holds', () => {
      const grid = table((rows) => {
        for (const row of rows.slice(3)) row[4] = { value: Number(row[4]) / 100, numberFormat: '0.0%' };
        rows[4][4] = { value: 0.767, numberFormat: '0.0%' };
      });
      expect(check(grid).map((f) => [f.cell, f.expected, f.fix?.value])).toEqual([['E5', '66.7', '0.667']]);
    });

    it('does not judge a ratio whose amounts are themselves wrong: the amount is located, the ratio follows it', () => {
      // D5 typed in đồng (200,000 for 200): the total says 370, so D5 is the slip; E5 (66.7) is right for 200.
      const findings = checkSheet(table((rows) => (rows[4][3] = 200_000))).findings;
      expect(findings.filter((f) => f.rule === 'budget/ratio')).toEqual([]);
      expect(findings.find((f) => f.fix)?.fix).toEqual({ cell: 'D5', value: '200' });
    });
  });

  describe('once the slips are located', () => {
    const ratios = (grid: ReturnType<typeof gridOf>) => checkSheet(grid).findings.filter((f) => f.rule === 'budget/ratio').map((f) => [f.cell, f.expected]);

    it('judges the other rows of a total a located slip breaks', () => {
      // D6 typed in đồng (50,000 for 50): located there; row 5's ratio (80.5 for 66.7) is still wrong.
      expect(ratios(table((rows) => {
        rows[5][3] = 50_000;
        rows[4][4] = 80.5;
      }))).toEqual([['E5', '66.7']]);
    });

    it('is not stopped by a total one unit off, which is rounding', () => {
      const grid = table((rows) => {
        for (const row of rows.slice(3)) for (const col of [2, 3]) row[col] = { value: row[col] as number, numberFormat: '#,##0' };
        rows[6][2] = { value: 451, numberFormat: '#,##0' };
        rows[6][4] = 82.0;
        rows[4][4] = 80.0;
      });
      // 80 shows no decimal: 66.7 rounds to 67.
      expect(ratios(grid)).toEqual([['E5', '67']]);
    });

    it('rewrites a ratio formula over the wrong row rather than typing its value', () => {
      const grid = table((rows) => {
        rows.slice(3).forEach((row, i) => (row[4] = { value: (row[3] as number) / (row[2] as number), formula: `D${i + 4}/C${i + 4}`, numberFormat: '0.0%' }));
        rows[4][4] = { value: 1, formula: 'D6/C6', numberFormat: '0.0%' };
      });
      expect(check(grid).map((f) => [f.cell, f.fix])).toEqual([['E5', { cell: 'E5', formula: 'D5/C5' }]]);
    });
  });

  describe('an amount under SUM totals that only the ratios show', () => {
    /** Land revenue by commune in tỷ đồng: Thực hiện added up by SUM, every ratio typed from the right figures. */
    const land = (typed: number, ratioDecimals = 1, format: string | undefined = '0.0') => {
      const rows: [string, number, number][] = [['Phường Bắc Lý', 45.6, 52.3], ['Phường Nam Lý', 38.2, 41.7], ['Xã Bảo Ninh', 62, 70.4], ['Xã Đức Ninh', 24.7, 26.1]];
      const pct = (a: number, b: number) => Number(((b / a) * 100).toFixed(ratioDecimals));
      return gridOf([
        [null, null, null, null, 'Đơn vị: tỷ đồng'],
        ['TT', 'Xã, phường', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ TH/KH (%)'],
        ...rows.map(([name, plan, done], i) => [i + 1, name, { value: plan, numberFormat: format }, { value: i === 2 ? typed : done, numberFormat: format }, pct(plan, done)]),
        [null, 'Cộng', { value: 170.5, formula: 'SUM(C3:C6)', numberFormat: format }, { value: Number((190.5 - 70.4 + typed).toFixed(1)), formula: 'SUM(D3:D6)', numberFormat: format }, pct(170.5, 190.5)],
      ]);
    };

    it('blames the amount, not the two ratios typed from the right figure, and gives the range the rounded ratios allow', () => {
      // 29.8 typed for 70.4: 113.5 = 70.4 / 62 and 111.7 = 190.5 / 170.5 both say about 70.4; the SUM follows 29.8.
      const findings = check(land(29.8));
      expect(findings.map((f) => [f.cell, f.messageId, f.cells, f.expected, f.params?.low, f.params?.high, f.fix])).toEqual([
        ['D5', 'budgetRatioAmountAbout', ['E5', 'E7'], '70.4', '70.3', '70.5', undefined],
      ]);
    });

    it('fixes the amount where the ratios pin one value', () => {
      // Amounts shown as held (General) and ratios to three decimals leave one value at the amount's decimal: 70.4.
      const findings = check(land(29.8, 3, 'General'));
      expect(findings.map((f) => [f.cell, f.messageId, f.fix])).toEqual([['D5', 'budgetRatioAmount', { cell: 'D5', value: '70.4' }]]);
    });

    it('still blames a ratio cell that alone disagrees (its total agrees)', () => {
      const grid = land(70.4);
      grid.cells[4]![4] = { value: 131.5 };
      expect(check(grid).map((f) => [f.cell, f.messageId, f.expected])).toEqual([['E5', 'budgetRatioImplied', '113.5']]);
    });
  });

  describe('a ratio column whose formula is not stated', () => {
    /** `Tỷ lệ thực hiện (%)` with no column-number row: the pair is what most rows show. */
    const unstated = (change: (rows: TestCell[][]) => void = () => {}) =>
      table((rows) => {
        rows.splice(2, 1);
        rows.splice(5, 0, ['4', 'Hội thảo', 40, 30, 75]);
        rows[6] = [null, 'Tổng cộng', 490, 400, 81.6];
        change(rows);
      }, 'Tỷ lệ thực hiện (%)');

    it('passes a column whose every row is the ratio of two amount columns', () => {
      expect(check(unstated())).toEqual([]);
    });

    it('flags the row that is not, by the pair of columns the other rows show', () => {
      const findings = check(unstated((rows) => (rows[3][4] = 76.7)));
      expect(findings.map((f) => [f.cell, f.messageId, f.expected, f.params.formula, f.params.holding, f.params.total])).toEqual([['E4', 'budgetRatioImplied', '66.7', 'D4/C4×100', 4, 5]]);
    });

    it('judges nothing in a column no pair of amounts explains (shares set by a decision, not computed here)', () => {
      const findings = check(unstated((rows) => rows.slice(2).forEach((row, i) => (row[4] = [100, 70, 60, 50, 30][i]))));
      expect(findings).toEqual([]);
    });
  });

  describe('a share of the total (`Tỷ trọng (%)`) with no column-number row', () => {
    /** A district's spending by item, the total 100,0 on top: each item's share of 575.140, shown with one decimal. */
    const shares = (change: (rows: TestCell[][]) => void = () => {}) => {
      const share = (value: number): TestCell => ({ value, numberFormat: '0.0' });
      const rows: TestCell[][] = [
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung chi', 'Dự toán năm 2025', 'Tỷ trọng (%)'],
        [null, 'TỔNG CHI NGÂN SÁCH HUYỆN', 575_140, share(100)],
        ['I', 'Chi đầu tư phát triển', 38_250, share(6.7)],
        ['II', 'Chi thường xuyên', 528_760, share(91.9)],
        ['1', 'Chi sự nghiệp giáo dục', 298_640, share(51.9)],
        ['2', 'Chi bảo đảm xã hội', 58_240, share(10.1)],
        ['3', 'Chi khác', 171_880, share(29.9)],
        ['III', 'Dự phòng ngân sách', 8_130, share(1.4)],
      ];
      change(rows);
      return gridOf(rows);
    };

    it('passes shares that agree with the total within the decimal they show', () => {
      expect(check(shares())).toEqual([]);
    });

    it('flags a share worked out against its parent (58.240 / 528.760 = 11,0) with its share of the total', () => {
      const findings = check(shares((rows) => (rows[6][3] = { value: 11, numberFormat: '0.0' })));
      expect(findings.map((f) => [f.cell, f.cells, f.expected, f.params.formula])).toEqual([['D7', ['C7', 'C3'], '10.1', 'C7/C$3×100']]);
    });
  });
});
