import fc from 'fast-check';
import { checkSheet, checkWorkbook } from '../../src/engine';
import type { Cell, SheetGrid } from '../../src/engine/types';
import { gridOf } from './grid';

const budgetRows = [
  ['Đơn vị tính: triệu đồng'],
  ['TT', 'Nội dung', 'Năm 2025', null, 'Năm 2026', null, 'Tổng cộng', null],
  [null, null, 'Trung ương', 'Địa phương', 'Trung ương', 'Địa phương', 'Trung ương', 'Địa phương'],
  ['I', 'Dự án 1', 10, 20, 30, 40, 40, 60],
  [null, 'Cộng', 10, 20, 30, 40, 40, 60],
];
const budgetMerges = ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2'];

describe('bad input gets a notice or findings, never a crash', () => {
  it('says an empty sheet is empty', () => {
    for (const grid of [gridOf([]), gridOf([[null, ''], [], [null]])]) {
      const report = checkSheet(grid);
      expect(report.notices).toEqual([{ messageId: 'emptySheet', sheet: 'Sheet1', params: {} }]);
      expect(report.tables).toEqual([]);
    }
  });

  it('says a sheet of prose has no table', () => {
    const report = checkSheet(gridOf([['Kế hoạch thực hiện Chương trình quốc gia về bình đẳng giới năm 2026'], ['Căn cứ Luật Bình đẳng giới.']]));
    expect(report.notices.map((n) => n.messageId)).toEqual(['noTable']);
    expect(report.findings).toEqual([]);
  });

  it('reads a table whose every header cell is merged, and a sheet merged all over', () => {
    const report = checkSheet(gridOf(budgetRows, { merges: budgetMerges }));
    expect(report.tables.map((t) => t.kind)).toEqual(['budget']);
    const merged = gridOf(
      Array.from({ length: 20 }, (_, r) => Array.from({ length: 8 }, (_, c) => (r % 2 === 0 && c % 2 === 0 ? `Ô ${r}-${c}` : null))),
      { merges: Array.from({ length: 10 }, (_, r) => Array.from({ length: 4 }, (_, c) => `${'ACEG'[c]}${2 * r + 1}:${'BDFH'[c]}${2 * r + 2}`)).flat() },
    );
    expect(() => checkSheet(merged)).not.toThrow();
  });

  it('treats #REF! and text in number columns as cells to report, not as crashes', () => {
    const rows = budgetRows.map((row) => [...row]);
    rows[3][2] = { value: { error: '#REF!' } } as unknown as string;
    rows[3][3] = 'hai mươi';
    rows[4][2] = { value: { error: '#REF!' }, formula: 'SUM(#REF!)' } as unknown as string;
    const report = checkSheet(gridOf(rows, { merges: budgetMerges }));
    expect(report.tables).toHaveLength(1);
    expect(report.findings.every((f) => /^[A-Z]+\d+$/.test(f.cell))).toBe(true);
  });

  it('checks a sheet of 20,000 rows', () => {
    const rows: (string | number | null)[][] = budgetRows.slice(0, 3).map((r) => [...r]);
    for (let i = 0; i < 20_000; i++) rows.push([String(i + 1), `Hoạt động ${i + 1}`, 1, 2, 3, 4, 4, 6]);
    const report = checkSheet(gridOf(rows, { merges: budgetMerges }));
    expect(report.tables[0].range).toBe('A2:H20003');
  });

  it('never throws on random grids, with random merges, formulas and errors', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -1e6, max: 1e9 }),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constantFrom('TT', 'Nội dung', 'Năm 2025', 'Trung ương', 'Địa phương', 'Khác', 'Tổng cộng', 'Cộng', 'KH năm 2026', 'KQ 2025', '%', 'ĐVT', 'I', 'II', '1', '1.1', 'a)', '-', '1.040', '16,21', '113/100', '<52/ 100.000', 'Trong đó:', '#REF!', '...'),
      fc.string(),
      fc.record({ value: fc.constant({ error: '#DIV/0!' }) }),
      fc.record({ value: fc.integer(), formula: fc.constantFrom('SUM(C4:C9)', 'C4+C5', 'SUM(A1:ZZ9999)', 'SUM(#REF!)', '1/0') }),
    ) as fc.Arbitrary<Cell | string | number | boolean | null>;
    const grid = fc
      .record({
        rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 }),
        merges: fc.array(fc.tuple(fc.nat(24), fc.nat(11), fc.nat(3), fc.nat(3)), { maxLength: 6 }),
      })
      .map(({ rows, merges }): SheetGrid => {
        const base = gridOf(rows.map((row) => row.map((c) => (c && typeof c === 'object' ? c : c))));
        base.merges = merges.map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
        return base;
      });
    fc.assert(
      fc.property(grid, (g) => {
        const report = checkWorkbook([g], { tolerance: 0 });
        expect(report.summary.errors + report.summary.warnings + report.summary.info).toBe(report.findings.length);
      }),
      { numRuns: 300 },
    );
  });
});
