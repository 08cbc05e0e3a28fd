import { rule } from '../../../../src/engine/rules/values/percent-range';
import { findingsOf, gridOf } from '../../grid';
import { enHeader, plainHeader, rendered, summary, viHeader } from './tables';

describe('values/percent-range', () => {
  describe('valid', () => {
    it('passes shares from 0 to 100, growth rates above 100, counts above 100, and rows unit-fit reports', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ xã có chuyên mục bình đẳng giới', '%', 0, 100, null],
        ['2', 'Tốc độ tăng trưởng số doanh nghiệp do nữ làm chủ', '%', 112, 115, null],
        ['3', 'Số người được tập huấn', 'người', 1200, 1500, null],
        ['4', 'Tỷ số giới tính khi sinh', '(%)', '113/100', 112, null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags a share above 100% and one below 0, each at its cell', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ phụ nữ có thai được khám 3 lần', '(%)', 72.3, 182, null],
        ['2', 'Tỷ lệ nữ thạc sỹ', '%', -4, 49, null],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map(summary)).toEqual([
        { rule: 'values/percent-range', severity: 'warning', cell: 'E2', cells: [], messageId: 'valuesPercentAbove100', expected: undefined, actual: '182' },
        { rule: 'values/percent-range', severity: 'warning', cell: 'D3', cells: [], messageId: 'valuesPercentBelow0', expected: undefined, actual: '-4' },
      ]);
      expect(rendered(findings[0]).vi).toContain('182%, vượt quá 100%');
    });

    it('flags a value written with % above 100 even where the unit column is empty (English, no diacritics)', () => {
      expect(findingsOf(gridOf([enHeader, ['1', 'Share of women trained', null, '40%', '120%', null]]), [rule]).map((f) => f.cell)).toEqual(['E2']);
      expect(findingsOf(gridOf([plainHeader, ['1', 'Ty le nu duoc vay von', '%', 47.97, 181.1, null]]), [rule]).map((f) => f.cell)).toEqual(['E2']);
    });
  });
});
