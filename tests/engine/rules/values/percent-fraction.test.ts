import { rule } from '../../../../src/engine/rules/values/percent-fraction';
import { rule as percentRange } from '../../../../src/engine/rules/values/percent-range';
import { findingsOf, gridOf } from '../../grid';
import { rendered, viHeader } from './tables';

const pct = (value: number) => ({ value, numberFormat: '0%' });

describe('values/percent-fraction', () => {
  describe('valid', () => {
    it('accepts a fraction whose cell is formatted as a percentage, small shares in a row of small shares, and a % typed with its sign', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ lãnh đạo', '%', 24, pct(0.25), null],
        ['2', 'Tỷ lệ nữ đại biểu', '%', 30, 35, null],
        ['3', 'Tỷ lệ xã có mô hình', '%', 40, 60, null],
        ['4', 'Tỷ lệ hộ nghèo do nữ làm chủ', '%', 0.6, 0.5, null],
        ['5', 'Tỷ lệ nữ tiến sỹ', '%', 20, '0.5%', null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('says nothing where the column gives no scale, or the row is not a percentage', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ lãnh đạo', '%', 0.3, 0.25, null],
        ['2', 'Thời gian làm việc nhà của nữ so với nam', 'lần', 1.8, 0.9, null],
        ['3', 'Tỷ lệ xã có mô hình', '%', 40, 60, null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags 0.25 in a % row among 20–60, with 25 as the fix', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ lãnh đạo', '%', 24, 0.25, null],
        ['2', 'Tỷ lệ nữ đại biểu', '%', 30, 35, null],
        ['3', 'Tỷ lệ xã có mô hình', '%', 40, 60, null],
        ['4', 'Tỷ lệ nữ thạc sỹ', '(%)', 0.45, null, null],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.severity, f.messageId, f.expected, f.actual, f.fix?.value])).toEqual([
        ['D5', 'warning', 'valuesPercentAsFraction', '45', '0.45', '45'],
        ['E2', 'warning', 'valuesPercentAsFraction', '25', '0.25', '25'],
      ]);
      expect(rendered(findings[1]).vi).toContain('Ô E2 ghi 0,25 trong khi đơn vị là %, và các ô khác của cột “KH năm 2025” ghi từ 35 đến 60: có lẽ đây là 25% nhập dưới dạng phân số. Nên ghi 25.');
    });

    it('reads a column headed in % without a unit column, in an English grid', () => {
      const grid = gridOf([
        ['No.', 'Indicator', 'Result 2024 (%)', 'Target 2025 (%)'],
        ['1', 'Share of women in leadership', 24, 0.25],
        ['2', 'Share of women deputies', 30, 35],
        ['3', 'Share of communes with a model', 40, 60],
      ]);
      expect(findingsOf(grid, [rule]).map((f) => [f.cell, f.fix?.value])).toEqual([['D2', '25']]);
    });

    it('asks for a percentage format, with no value fix, where the column’s other cells are formatted fractions', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ lãnh đạo', '%', pct(0.24), 0.25, null],
        ['2', 'Tỷ lệ nữ đại biểu', '%', pct(0.3), pct(0.35), null],
        ['3', 'Tỷ lệ xã có mô hình', '%', pct(0.4), pct(0.6), null],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.messageId, f.fix])).toEqual([['E2', 'valuesPercentAsFractionFormat', undefined]]);
      expect(rendered(findings[0]).en).toContain('Format this cell as a percentage.');
    });
  });
});

describe('values/percent-range with percentage formats', () => {
  it('reads a formatted cell as the percentage it shows: 1.2 formatted 0% is 120%', () => {
    const grid = gridOf([viHeader, ['1', 'Tỷ lệ nữ lãnh đạo', '%', pct(0.45), pct(1.2), null]]);
    expect(findingsOf(grid, [percentRange]).map((f) => [f.cell, f.messageId, f.actual])).toEqual([['E2', 'valuesPercentAbove100', '120']]);
  });
});
