import { rule } from '../../../../src/engine/rules/values/words-under-numeric-unit';
import { findingsOf, gridOf } from '../../grid';
import { enHeader, plainHeader, rendered, summary, viHeader } from './tables';

describe('values/words-under-numeric-unit', () => {
  describe('valid', () => {
    it('passes numbers, bounds, dashes and “not available” under numeric units, and words under a unit that is no number', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ tiến sỹ', '%', 16.6, 'trên 20', null],
        ['2', 'Số người được tập huấn', 'người', '-', '...', null],
        ['3', 'Ban hành kế hoạch', 'Văn bản', 'Đã ban hành', 'Ban hành', null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });

    it('passes targets plans write in words that still say a number: a range, a change on last year, keeping a level', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ nữ đại biểu Hội đồng nhân dân', '%', 34.5, '36-38', null],
        ['2', 'Số vụ bạo lực gia đình', 'số vụ', 120, 'Giảm 5% so với năm 2024', null],
        ['3', 'Tỷ lệ trẻ em gái được tiêm chủng', '%', 100, 'Duy trì 100%', null],
        ['4', 'Tỷ lệ nữ làm chủ doanh nghiệp', '%', 'Chưa có số liệu', 'Từ 25 đến 30', null],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags words under % once for the row, the other cells related', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Giảm được bao nhiêu sản phẩm văn hóa mang tính định kiến giới', '%', 'Giảm thiếu tối đa', 'Giảm thiếu tối đa', 'Sở TT&TT'],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map(summary)).toEqual([
        {
          rule: 'values/words-under-numeric-unit',
          severity: 'warning',
          cell: 'D2',
          cells: ['E2'],
          messageId: 'valuesWordsUnderNumericUnit',
          expected: undefined,
          actual: undefined,
        },
      ]);
      expect(rendered(findings[0]).vi).toContain('đơn vị tính là “%”');
    });

    it('flags words under “times” and “persons”, in English and without diacritics', () => {
      const en = gridOf([enHeader, ['1', 'Housework time, times men’s', 'times', 1.8, 'as low as possible', null]]);
      expect(findingsOf(en, [rule]).map((f) => [f.cell, f.params.text])).toEqual([['E2', 'as low as possible']]);
      const plain = gridOf([plainHeader, ['1', 'So nguoi duoc tap huan', 'nguoi', 'nhieu', 1500, null]]);
      expect(findingsOf(plain, [rule]).map((f) => [f.cell, f.params.text])).toEqual([['D2', 'nhieu']]);
    });
  });
});
