import { rule, isShareLabel } from '../../../../src/engine/rules/values/unit-label';
import { findingsOf, gridOf } from '../../grid';
import { enHeader, rendered, viHeader } from './tables';

describe('values/unit-label', () => {
  describe('valid', () => {
    it('passes shares in %, counts in people, a count of places qualified by a share, and a density', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Tỷ lệ lao động nữ được đào tạo nghề', '%', 45.5, 47, 'Sở Nội vụ'],
        ['2', 'Số lao động nữ được đào tạo nghề', 'người', 4500, 4700, 'Sở Nội vụ'],
        ['3', 'Số xã có tỷ lệ hộ nghèo dưới 3%', 'xã', 12, 15, 'Sở Nông nghiệp và Môi trường'],
        ['4', 'Tỷ số giới tính khi sinh', 'Tỷ số', 112, 111, 'Sở Y tế'],
        ['5', 'Tỷ lệ bác sĩ/vạn dân', 'bác sĩ', 11.5, 12, 'Sở Y tế'],
      ]);
      expect(findingsOf(grid, [rule])).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('flags a share whose unit is a count, at the unit cell, in Vietnamese and English', () => {
      const grid = gridOf([
        viHeader,
        ['1', 'Số lao động nữ được tạo việc làm mới', 'người', 9500, 10000, 'Sở Nội vụ'],
        ['2', 'Chỉ tiêu 2: Tỷ lệ lao động nữ được đào tạo nghề', 'người', 45.5, 47, 'Sở Nội vụ'],
        ['3', 'Tỷ trọng hộ nghèo do phụ nữ làm chủ hộ', 'hộ', 28, 27, 'Sở Nông nghiệp và Môi trường'],
      ]);
      const findings = findingsOf(grid, [rule]);
      expect(findings.map((f) => [f.cell, f.severity, f.messageId])).toEqual([
        ['C3', 'warning', 'valuesUnitLabelCountForShare'],
        ['C4', 'warning', 'valuesUnitLabelCountForShare'],
      ]);
      expect(rendered(findings[0]).vi).toContain('đơn vị tính ở ô C3 là “người”');
      const en = gridOf([enHeader, ['1', 'Share of women among new vocational students', 'persons', 36, 38, null]]);
      expect(findingsOf(en, [rule]).map((f) => f.cell)).toEqual(['C2']);
    });

    it('reads a share word only where it leads the name, after its numbering', () => {
      expect(isShareLabel('a) Tỷ lệ nữ thạc sĩ')).toBe(true);
      expect(isShareLabel('1.2. Ty le nu tien si')).toBe(true);
      expect(isShareLabel('Rate of child labour')).toBe(true);
      expect(isShareLabel('Số người được tư vấn, trong đó tỷ lệ nữ')).toBe(false);
    });
  });
});
